// The text around each quote, for Citation.context: the quote with up to $requests[].reach code
// points on each side (the asked reach and a few more, so that src/graph/citation.context.ts can
// tell the edge of the reach from the edge of a sentence), cut in Neo4j so that only these windows
// cross the wire, never a source's whole text. Neo4j's substring() counts Unicode code points,
// the unit of citation offsets (a test pins it with a character outside the BMP). It finds an
// offset by walking the text from its start, so a window costs time in proportion to its offset:
// one substring per citation, not three. A curator's note quotes no source: no row, no context.
UNWIND $requests AS request
MATCH (c:Citation {id: request.id})-[:QUOTES]->(s:Source)
WITH request, c, s, CASE WHEN c.start > request.reach THEN c.start - request.reach ELSE 0 END AS from
RETURN request.key AS key, from, c.start AS start, c.end AS end,
       substring(s.text, from, c.end + request.reach - from) AS text
