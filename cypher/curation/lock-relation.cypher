// Takes the write lock of the relation with this id, if there is one, and returns it as it was.
// The relation is found by the relation_ids index (the id as one keyword, quoted for Lucene), not
// by scanning every relationship: every curated change of a relation starts here.
CALL db.index.fulltext.queryRelationships('relation_ids', 'id:"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
YIELD relationship AS r
WITH r WHERE r.id = $id AND startNode(r):Entity AND endNode(r):Entity
SET r.lockedBy = $requestId
REMOVE r.lockedBy
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
LIMIT 1
