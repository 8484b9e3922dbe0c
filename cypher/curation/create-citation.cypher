// A curator's citation: a quote of a stored source at its offsets, or a curator's note.
MERGE (c:Citation {id: $id})
ON CREATE SET c += $props
WITH c
OPTIONAL MATCH (s:Source {id: $sourceId})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (c)-[:QUOTES]->(s))
RETURN c.id AS id
