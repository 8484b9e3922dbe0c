// Entities by id, for the per-request entity loader.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// The search-only properties (namesAr, namesEn, searchKeys) stay in Neo4j: no resolver reads them.
RETURN id, e {.*, namesAr: null, namesEn: null, searchKeys: null} AS props
