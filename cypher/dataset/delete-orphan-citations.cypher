// Citations nothing refers to any more. A retracted entity or relation keeps its citations (it
// stays for the audit trail), and so does every audit entry: the trail shows what each change
// rested on, whatever became of the fact since.
MATCH (c:Citation)
WHERE NOT EXISTS { (c)<-[:CITED_BY]-(:Entity|RetractedEntity) }
  AND NOT EXISTS { MATCH (:Entity|RetractedEntity)-[r]->(:Entity|RetractedEntity) WHERE c.id IN r.citationIds }
  AND NOT EXISTS { MATCH (a:AuditEntry) WHERE a.citationId = c.id }
DETACH DELETE c
