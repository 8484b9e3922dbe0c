// Entities the dataset no longer holds, with the relations that touch them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e
