// A shortest path between two entities (the first by the ids along it, when several tie), walking relations either way, through entities
// only (never through citations or sources). The pattern's bound is the largest maxHops the
// API accepts; $maxHops narrows it. $types keeps only relations of those types, or all if null.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rels*..6]-(b))
WHERE length(p) <= $maxHops
  AND all(r IN rels WHERE ($types IS NULL OR type(r) IN $types) AND r.retractedAt IS NULL)
  AND all(n IN nodes(p) WHERE n:Entity)
WITH p, rels ORDER BY [n IN nodes(p) | n.id], [r IN rels | r.id] LIMIT 1
RETURN [n IN nodes(p) | n {.*, namesAr: null, namesEn: null, searchKeys: null}] AS nodes,
       [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, props: properties(r)}] AS relations
