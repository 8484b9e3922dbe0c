// What already holds an id, for curation to refuse an id another kind of thing holds: ids are
// globally unique (Query.node finds anything by its id alone). A retracted entity or relation
// keeps its id: the audit trail names it. First it takes the one lock every curated creation
// takes, so that an entity and a relation given one new id at the same moment cannot both find
// it free: the second waits until the first commits, then sees what it made. The uniqueness
// constraint on :CurationLock(id) makes that MERGE safe under concurrency. The relation branch
// names every type of src/domain/relation-types.ts (a test checks none is missing), so that each
// type's id constraint serves it.
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
  MATCH ()-[:ORGAN_OF|SERVICE_OF|MISSION_OF|POSITION_OF|ACCREDITED_TO|ESTABLISHED|IMPLEMENTS_DECISIONS_OF|HOLDS|APPOINTED|OPENED|ACCREDITED|ADOPTED|ADOPTED_AT|FOCUSES_ON|SIGNED|SIGNED_AT|PARTY|SPONSORED_BY|RESOLUTION_OF|INSTANCE_OF|PART_OF|HELD_DURING|TOOK_PLACE_IN|PARTICIPANT|ORGANISED_BY|INITIATED_BY|FOLLOWS|CONCERNS|INVOLVES|AGREED_TO_EXPAND_COOPERATION_IN|BETWEEN {id: $id}]->()
  RETURN 'RELATION' AS kind
  UNION ALL
  MATCH (:Source {id: $id})
  RETURN 'SOURCE' AS kind
}
RETURN collect(DISTINCT kind) AS kinds
