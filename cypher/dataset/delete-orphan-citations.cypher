// Citations nothing refers to any more: no entity, alias, relation or title, live or retracted
// (a retracted fact stays for the audit trail, with what it rested on), and no audit entry (the
// trail shows what each change rested on, whatever became of the fact since). The ids that
// aliases and titles cite are gathered once, so each citation is checked against a list.
CALL () {
  OPTIONAL MATCH (e:Entity|RetractedEntity) WHERE e.aliasCitationIds IS NOT NULL
  UNWIND coalesce(e.aliasCitationIds, []) AS id
  RETURN collect(DISTINCT id) AS aliasCited
}
CALL () {
  OPTIONAL MATCH (:Entity|RetractedEntity)-[r]->(:Entity|RetractedEntity) WHERE r.titleCitationId IS NOT NULL
  RETURN collect(DISTINCT r.titleCitationId) AS titleCited
}
MATCH (c:Citation)
WHERE NOT EXISTS { (c)<-[:CITED_BY]-(:Entity|RetractedEntity) }
  AND NOT EXISTS { MATCH (:Entity|RetractedEntity)-[r]->(:Entity|RetractedEntity) WHERE c.id IN r.citationIds }
  AND NOT EXISTS { MATCH (a:AuditEntry) WHERE a.citationId = c.id }
  AND NOT c.id IN aliasCited
  AND NOT c.id IN titleCited
DETACH DELETE c
