// The sources curators added through the API, for npm run data:export.
MATCH (s:Source)
WHERE s.origin = 'curator'
RETURN properties(s) AS props
ORDER BY s.id
