// Citations no entity and no relation refers to any more.
MATCH (c:Citation)
WHERE NOT EXISTS { (c)<-[:CITED_BY]-(:Entity) }
  AND NOT EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE c.id IN r.citationIds }
DETACH DELETE c
