// Takes the write lock of a proposal and returns it as it is once the lock is held: concurrent
// reviews of one proposal wait here until the first commits, then see its status, so that a
// proposal is accepted (or rejected) once, with one audit entry.
MATCH (p:Proposal {id: $id})
SET p.lockedBy = $requestId
REMOVE p.lockedBy
RETURN properties(p) AS props
