// Sets qualifiers on an existing relation (an end date, a retraction), adds the citation the
// change rests on, and records who changed it and when.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id = $id
SET r += $changes, r.curatedBy = $actor, r.curatedAt = toString(datetime()),
    r.citationIds = CASE WHEN $citationId IN r.citationIds THEN r.citationIds ELSE r.citationIds + $citationId END
RETURN properties(r) AS props
