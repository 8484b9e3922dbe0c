// Takes the entity's write lock (creating it if it is new) and returns it as it was: a
// concurrent curator's write on the same id waits here until this transaction commits, so
// each sees the other's result and identical retries change nothing.
MERGE (e:Entity {id: $id})
ON CREATE SET e.origin = 'curator', e.kind = $kind, e.addedBy = $actor, e.addedAt = toString(datetime()),
              e.justCreated = true
SET e.lockedBy = $requestId
WITH e, coalesce(e.justCreated, false) AS created
REMOVE e.justCreated, e.lockedBy
RETURN created, properties(e) AS props
