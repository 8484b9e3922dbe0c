// Sets qualifiers on an existing relation (an end date, a retraction), adds the citation the
// change rests on, and records who changed it and when. Found by the relation_ids index.
CALL db.index.fulltext.queryRelationships('relation_ids', 'id:"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
YIELD relationship AS r
WITH r WHERE r.id = $id AND startNode(r):Entity AND endNode(r):Entity
SET r += $changes, r.curatedBy = $actor, r.curatedAt = toString(datetime()),
    r.citationIds = CASE WHEN $citationId IN r.citationIds THEN r.citationIds ELSE r.citationIds + $citationId END
RETURN properties(r) AS props
