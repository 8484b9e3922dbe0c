// Sets a statement's rank (null for NORMAL, which is stored as no rank) and why, recording who
// ranked it and when; the flags of its group are set next (graph/set-outranked). Found by the
// relation_ids index.
CALL db.index.fulltext.queryRelationships('relation_ids', 'id:"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
YIELD relationship AS r
WITH r WHERE r.id = $id AND startNode(r):Entity AND endNode(r):Entity
SET r.rank = $rank, r.rankReason = $reason, r.rankedBy = $actor, r.rankedAt = toString(datetime()),
    r.curatedBy = $actor, r.curatedAt = toString(datetime())
RETURN properties(r) AS props
