// The live relations curators added through the API, and the dataset's relations a curator has
// changed since (ranked, ended, cited again) or retracted, with their ends, for npm run data:export.
MATCH (a)-[r]->(b)
WHERE (r.origin = 'curator' AND r.retractedAt IS NULL AND a:Entity AND b:Entity)
   OR (r.origin = 'dataset' AND r.curatedAt IS NOT NULL)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY props.id
