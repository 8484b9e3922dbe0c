// A proposal: a fact or an entity an editor offers, with the citation located in its source, kept
// apart from the graph's facts until a reviewer accepts it. A node of its own, holding the ids of
// the entities it is about as properties and linked to nothing: reads of accepted facts never
// expand or filter it, however many are pending. MERGE on its id (a hash of what it proposes)
// under the uniqueness constraint: identical concurrent proposals make one, and `created` says
// whether this statement made it, so that only that one writes an audit entry.
MERGE (p:Proposal {id: $id})
ON CREATE SET p += $props, p.status = 'PENDING', p.proposedBy = $actor, p.proposedAt = toString(datetime()),
              p.justCreated = true
WITH p, coalesce(p.justCreated, false) AS created
REMOVE p.justCreated
RETURN created, properties(p) AS props
