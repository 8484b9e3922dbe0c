// Takes the write lock of the entity a new relation starts from, before anyone looks for the
// relation: the relation does not exist yet, so its own lock (lock-relation) locks nothing, and
// concurrent identical requests would all find it missing. Here the second waits until the first
// commits, then finds the relation it made. Returns the entity's id, or nothing if it is unknown.
MATCH (e:Entity {id: $id})
SET e.lockedBy = $requestId
REMOVE e.lockedBy
RETURN e.id AS id
