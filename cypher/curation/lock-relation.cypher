// Takes the write lock of the relation with this id, if there is one, and returns it as it was.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id
SET r.lockedBy = $requestId
REMOVE r.lockedBy
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
LIMIT 1
