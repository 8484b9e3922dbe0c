// The statements of a group, with their ranks: the live relations of one type between the same two
// entities (sources that disagree on a value make two statements of one group). A statement
// stored without a rank is NORMAL.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND r.retractedAt IS NULL
RETURN r.id AS id, coalesce(r.rank, 'NORMAL') AS rank
ORDER BY id
