// What already holds an id, for curation to refuse an id another kind of thing holds: ids are
// globally unique (Query.node finds anything by its id alone). A retracted entity or relation
// keeps its id: the audit trail names it. First it takes the one lock every curated creation
// takes, so that an entity and a relation given one new id at the same moment cannot both find
// it free: the second waits until the first commits, then sees what it made. The uniqueness
// constraint on :CurationLock(id) makes that MERGE safe under concurrency. Relations of any type
// are found by the relation_ids index (the id as one keyword, quoted for Lucene), a statement
// cheap to plan: every saveEntity and addRelation runs it.
MERGE (lock:CurationLock {id: 'ids'})
SET lock.lockedBy = $requestId
REMOVE lock.lockedBy
WITH lock
CALL () {
  MATCH (:Entity {id: $id})
  RETURN 'ENTITY' AS kind
  UNION ALL
  MATCH (:RetractedEntity {id: $id})
  RETURN 'ENTITY' AS kind
  UNION ALL
  WITH $id AS id WHERE id <> ''
  CALL db.index.fulltext.queryRelationships('relation_ids', 'id:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD relationship
  WITH relationship WHERE relationship.id = id
  RETURN 'RELATION' AS kind
  UNION ALL
  MATCH (:Source {id: $id})
  RETURN 'SOURCE' AS kind
}
RETURN collect(DISTINCT kind) AS kinds
