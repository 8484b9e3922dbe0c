// A page of the sources, in id order from the cursor (an index seek on the source_id
// constraint), and how many there are (from the count store).
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Source)
  WHERE s.id > $after
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(properties(s)) AS page
}
RETURN total, page
