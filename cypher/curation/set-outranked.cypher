// Marks which statements of a group do not answer (src/domain/ranks.ts decides which), in the
// transaction that changed a rank or the group: typed fields and "as of" answers then read one
// property (outranked IS NULL) instead of comparing a statement with its group on every read.
// Setting null removes the flag.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND r.retractedAt IS NULL
SET r.outranked = CASE WHEN r.id IN $outranked THEN true ELSE null END
RETURN count(r) AS statements
