// Every source document, in id order.
MATCH (s:Source)
RETURN properties(s) AS props
ORDER BY s.id
