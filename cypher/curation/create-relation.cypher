// A curator's new relation. MERGE on its id under the type's uniqueness constraint: identical
// concurrent requests create it once. `created` says whether this statement made it, so that
// only the one that did writes an audit entry.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:$($type) {id: $id}]->(b)
ON CREATE SET r += $props, r.origin = 'curator', r.addedBy = $actor, r.addedAt = toString(datetime()),
              r.citationIds = [$citationId], r.justCreated = true
WITH r, coalesce(r.justCreated, false) AS created
REMOVE r.justCreated
RETURN created, properties(r) AS props
