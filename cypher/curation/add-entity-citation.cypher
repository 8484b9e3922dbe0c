// Another citation for an entity already held (another source naming it).
MATCH (e:Entity {id: $id})
MATCH (c:Citation {id: $citationId})
MERGE (e)-[cited:CITED_BY]->(c)
ON CREATE SET cited.supports = ['name'], cited.position = 1002
SET e.curatedBy = $actor, e.curatedAt = toString(datetime())
RETURN properties(e) AS props
