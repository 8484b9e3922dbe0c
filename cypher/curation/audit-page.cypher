// Audit entries, newest first, optionally of one target; keyset-paged by (at, id).
CALL () {
  MATCH (a:AuditEntry)
  WHERE $targetId IS NULL OR a.targetId = $targetId
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:AuditEntry)
  WHERE ($targetId IS NULL OR a.targetId = $targetId) AND ($after IS NULL OR a.at + '|' + a.id < $after)
  WITH a ORDER BY a.at DESC, a.id DESC LIMIT $limit
  RETURN collect(properties(a)) AS page
}
RETURN total, page
