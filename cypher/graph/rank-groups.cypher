// The statements of groups, with their ranks: a group is the live relations of one type between
// the same two entities (sources that disagree on a value make two statements of one group). A
// statement stored without a rank is NORMAL.
UNWIND $groups AS g
MATCH (a:Entity {id: g.from})-[r]->(b:Entity {id: g.to})
WHERE type(r) = g.type AND r.retractedAt IS NULL
RETURN g.key AS key, r.id AS id, coalesce(r.rank, 'NORMAL') AS rank
ORDER BY key, id
