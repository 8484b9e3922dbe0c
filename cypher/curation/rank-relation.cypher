// Sets a statement's rank (null for NORMAL, which is stored as no rank) and why, recording who
// ranked it and when; the flags of its group are set next (set-outranked).
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id = $id
SET r.rank = $rank, r.rankReason = $reason, r.rankedBy = $actor, r.rankedAt = toString(datetime()),
    r.curatedBy = $actor, r.curatedAt = toString(datetime())
RETURN properties(r) AS props
