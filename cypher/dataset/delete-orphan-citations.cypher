// Citations no entity, alias, relation or title refers to any more. The ids that aliases and
// titles cite are gathered once, so each citation is checked against a list, not a scan.
CALL () {
  OPTIONAL MATCH (e:Entity) WHERE e.aliasCitationIds IS NOT NULL
  UNWIND coalesce(e.aliasCitationIds, []) AS id
  RETURN collect(DISTINCT id) AS aliasCited
}
CALL () {
  OPTIONAL MATCH (:Entity)-[r]->(:Entity) WHERE r.titleCitationId IS NOT NULL
  RETURN collect(DISTINCT r.titleCitationId) AS titleCited
}
MATCH (c:Citation)
WHERE NOT EXISTS { (c)<-[:CITED_BY]-(:Entity) }
  AND NOT EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE c.id IN r.citationIds }
  AND NOT c.id IN aliasCited
  AND NOT c.id IN titleCited
DETACH DELETE c
