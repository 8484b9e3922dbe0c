// The citations of each entity, in the order the dataset gives them.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[c:CITED_BY]->(x:Citation)
WITH id, c, x ORDER BY c.position
RETURN id, collect(x {.*, supports: c.supports}) AS citations
