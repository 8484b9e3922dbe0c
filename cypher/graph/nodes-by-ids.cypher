// Anything the API can address, by id alone, for Query.node (Relay's refetch) and the direct
// lookups relation(id), citation(id), source(id): one statement answers a tick's ids whatever
// their kind. Ids are globally unique (the dataset validator and curation refuse an id another
// kind holds), so each id matches at most one branch. Every branch is an index seek: the
// :Entity, :Citation and :Source id constraints, and the id constraint of each relation type,
// which Neo4j uses only when the pattern names the type: the relation branch lists every type of
// src/domain/relation-types.ts (a test checks none is missing) and is planned as one unique
// index seek per type. Retracted facts are gone from every read: a retracted entity has lost
// :Entity, a retracted relation carries retractedAt.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})
  // The search-only properties (namesAr, namesEn, searchKeys) stay in Neo4j: no resolver reads them.
  RETURN 'ENTITY' AS kind, e {.*, namesAr: null, namesEn: null, searchKeys: null} AS props,
         null AS type, null AS from, null AS to
  UNION ALL
  MATCH (a:Entity)-[r:ORGAN_OF|SERVICE_OF|MISSION_OF|POSITION_OF|ACCREDITED_TO|ESTABLISHED|IMPLEMENTS_DECISIONS_OF|HOLDS|APPOINTED|OPENED|ACCREDITED|ADOPTED|ADOPTED_AT|FOCUSES_ON|SIGNED|SIGNED_AT|PARTY|SPONSORED_BY|RESOLUTION_OF|INSTANCE_OF|PART_OF|HELD_DURING|TOOK_PLACE_IN|PARTICIPANT|ORGANISED_BY|INITIATED_BY|FOLLOWS|CONCERNS|INVOLVES|AGREED_TO_EXPAND_COOPERATION_IN|BETWEEN {id: id}]->(b:Entity)
  WHERE r.retractedAt IS NULL
  RETURN 'RELATION' AS kind, properties(r) AS props, type(r) AS type, a.id AS from, b.id AS to
  UNION ALL
  MATCH (c:Citation {id: id})
  RETURN 'CITATION' AS kind, properties(c) AS props, null AS type, null AS from, null AS to
  UNION ALL
  MATCH (s:Source {id: id})
  RETURN 'SOURCE' AS kind, properties(s) AS props, null AS type, null AS from, null AS to
}
RETURN id, kind, props, type, from, to
