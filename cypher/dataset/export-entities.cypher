// The live entities curators added through the API, with the citations they rest on (each with
// what it supports), for npm run data:export.
MATCH (e:Entity)
WHERE e.origin = 'curator'
OPTIONAL MATCH (e)-[cited:CITED_BY]->(c:Citation)
WITH e, cited, c ORDER BY cited.position, c.id
WITH e, [x IN collect({citation: properties(c), supports: cited.supports}) WHERE x.citation IS NOT NULL] AS citations
RETURN properties(e) AS props, citations
ORDER BY props.id
