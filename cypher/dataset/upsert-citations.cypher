// A citation is one span of one source; many facts may share it. Its id is source@start-end.
UNWIND $citations AS row
MATCH (s:Source {id: row.sourceId})
MERGE (c:Citation {id: row.id})
SET c.sourceId = row.sourceId, c.quote = row.quote, c.start = row.start, c.end = row.end
MERGE (c)-[:QUOTES]->(s)
