// One page of entities in id order (the stable order of every entity list), with the total.
// $after is the last id of the previous page; $limit is one more than the page, to see if
// another page follows.
CALL () {
  MATCH (e:Entity)
  WHERE $kinds IS NULL OR e.kind IN $kinds
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entity)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ($after IS NULL OR e.id > $after)
  WITH e ORDER BY e.id LIMIT $limit
  RETURN collect(e {.*, namesAr: null, namesEn: null, searchKeys: null}) AS page
}
RETURN total, page
