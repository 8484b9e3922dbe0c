// The review queue: proposals of one status, oldest first, optionally only those about one entity
// (the entity proposed, or an end of the statement proposed), keyset-paged by (proposedAt, id);
// counted only when asked. Or one proposal by its id ($id; then $status is null). Each comes with the entities at the ends of the statement it proposes
// (null when an end is not, or no longer, an entity of the graph) and the text around its quote,
// cut here ($reach code points on each side) so that the page never moves a source's whole text.
CALL () {
  MATCH (p:Proposal {status: $status}) WHERE $entity IS NULL AND $id IS NULL RETURN p
  UNION
  MATCH (p:Proposal {id: $id}) RETURN p
  UNION
  MATCH (p:Proposal {targetId: $entity}) WHERE p.status = $status RETURN p
  UNION
  MATCH (p:Proposal {fromId: $entity}) WHERE p.status = $status RETURN p
  UNION
  MATCH (p:Proposal {toId: $entity}) WHERE p.status = $status RETURN p
}
WITH collect(p) AS found
CALL (found) {
  UNWIND found AS p
  WITH p WHERE $after IS NULL OR p.proposedAt + '|' + p.id > $after
  WITH p ORDER BY p.proposedAt, p.id LIMIT $limit
  OPTIONAL MATCH (a:Entity {id: p.fromId})
  OPTIONAL MATCH (b:Entity {id: p.toId})
  OPTIONAL MATCH (s:Source {id: p.sourceId})
  WITH p, a, b, s, CASE WHEN p.quoteStart > $reach THEN p.quoteStart - $reach ELSE 0 END AS from
  RETURN collect({
    props: properties(p),
    from: a {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null},
    to: b {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null},
    window: CASE WHEN s IS NULL THEN null
                 ELSE {from: from, text: substring(s.text, from, p.quoteEnd + $reach - from)} END
  }) AS page
}
RETURN CASE WHEN $counted THEN size(found) END AS total, page
