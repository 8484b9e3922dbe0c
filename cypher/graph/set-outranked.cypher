// Marks which statements of each group do not answer (src/domain/ranks.ts decides which, in
// src/graph/ranking.ts), in the transaction that changed a rank or a group: typed fields and "as
// of" answers then read one property (outranked IS NULL) instead of comparing a statement with its
// group on every read. Setting null removes the flag.
UNWIND $groups AS g
MATCH (a:Entity {id: g.from})-[r]->(b:Entity {id: g.to})
WHERE type(r) = g.type AND r.retractedAt IS NULL
SET r.outranked = CASE WHEN r.id IN g.outranked THEN true ELSE null END
RETURN count(r) AS statements
