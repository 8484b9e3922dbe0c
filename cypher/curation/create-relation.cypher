// A curator's new relation. MERGE on its id under the type's uniqueness constraint: identical
// concurrent requests create it once.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:$($type) {id: $id}]->(b)
ON CREATE SET r += $props, r.origin = 'curator', r.addedBy = $actor, r.addedAt = toString(datetime()),
              r.citationIds = [$citationId]
RETURN properties(r) AS props
