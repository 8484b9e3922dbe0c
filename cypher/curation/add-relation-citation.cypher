// Another citation for a relation already held: a fact several sources state holds all their
// citations (the relation_citations index then leads search from each quote to it). Found by the
// relation_ids index.
CALL db.index.fulltext.queryRelationships('relation_ids', 'id:"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
YIELD relationship AS r
WITH r WHERE r.id = $id AND startNode(r):Entity AND endNode(r):Entity AND r.retractedAt IS NULL
SET r.citationIds = CASE WHEN $citationId IN r.citationIds THEN r.citationIds ELSE r.citationIds + $citationId END,
    r.curatedBy = $actor, r.curatedAt = toString(datetime())
RETURN properties(r) AS props
