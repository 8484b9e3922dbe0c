// A reviewer's decision on a proposal: ACCEPTED or REJECTED, by whom, when, why (and, for an
// accepted statement, the rank it was given).
MATCH (p:Proposal {id: $id})
SET p.status = $status, p.reviewedBy = $actor, p.reviewedAt = toString(datetime()), p.reviewReason = $reason,
    p.acceptedRank = $rank
RETURN properties(p) AS props
