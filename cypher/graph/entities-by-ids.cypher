// Entities by id, for the per-request entity loader.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, properties(e) AS props
