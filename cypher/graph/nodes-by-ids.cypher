// Anything the API can address, by id alone, for Query.node (Relay's refetch) and the direct
// lookups relation(id), citation(id), source(id): one statement answers a tick's ids whatever
// their kind. Ids are globally unique (the dataset validator and curation refuse an id another
// kind holds), so each id matches at most one branch. Every branch is an index lookup: the
// :Entity, :Citation and :Source id constraints, and for relations of any type the relation_ids
// index (the id as one keyword, quoted for Lucene). Retracted facts are gone from every read: a
// retracted entity has lost :Entity, a retracted relation carries retractedAt.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})
  // The search-only properties (namesAr, namesEn, searchKeys) stay in Neo4j: no resolver reads them.
  RETURN 'ENTITY' AS kind, e {.*, namesAr: null, namesEn: null, searchKeys: null} AS props,
         null AS type, null AS from, null AS to
  UNION ALL
  // An empty id is no Lucene query: it finds nothing.
  WITH id WHERE id <> ''
  CALL db.index.fulltext.queryRelationships('relation_ids', 'id:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD relationship AS r
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE r.id = id AND r.retractedAt IS NULL AND a:Entity AND b:Entity
  RETURN 'RELATION' AS kind, properties(r) AS props, type(r) AS type, a.id AS from, b.id AS to
  UNION ALL
  MATCH (c:Citation {id: id})
  RETURN 'CITATION' AS kind, properties(c) AS props, null AS type, null AS from, null AS to
  UNION ALL
  MATCH (s:Source {id: id})
  RETURN 'SOURCE' AS kind, properties(s) AS props, null AS type, null AS from, null AS to
}
RETURN id, kind, props, type, from, to
