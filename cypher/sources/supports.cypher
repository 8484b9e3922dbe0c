// What a source supports: its citations in the order of the text (by start offset, then id,
// keyset-paged from the cursor through the citation_source_start index), each with the live
// entities it cites (a mention, an alias) and the live relations it states; a citation that
// supports nothing live (a retracted fact's) is left out. Counted only when asked.
CALL () {
  MATCH (c:Citation)
  WHERE c.sourceId = $id AND $counted
    AND (EXISTS { (:Entity)-[:CITED_BY]->(c) } OR EXISTS {
      CALL db.index.fulltext.queryRelationships('relation_citations', '"' + replace(replace(c.id, '\\', '\\\\'), '"', '\\"') + '"')
      YIELD relationship
      WHERE relationship.retractedAt IS NULL AND startNode(relationship):Entity AND endNode(relationship):Entity
      RETURN relationship
    })
  RETURN CASE WHEN $counted THEN count(c) END AS total
}
CALL () {
  MATCH (c:Citation)
  WHERE c.sourceId = $id AND c.start >= coalesce($afterStart, 0)
    AND ($afterStart IS NULL OR c.start > $afterStart OR c.id > $afterId)
  WITH c ORDER BY c.start, c.id
  CALL (c) {
    OPTIONAL MATCH (e:Entity)-[:CITED_BY]->(c)
    RETURN collect(DISTINCT e {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}) AS entities
  }
  CALL (c) {
    CALL db.index.fulltext.queryRelationships('relation_citations', '"' + replace(replace(c.id, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD relationship AS r
    WITH r, startNode(r) AS a, endNode(r) AS b
    WHERE r.retractedAt IS NULL AND a:Entity AND b:Entity
    RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r),
                    other: b {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}}) AS relations
  }
  WITH c, entities, relations WHERE size(entities) + size(relations) > 0
  WITH c, entities, relations LIMIT $limit
  RETURN collect({citation: properties(c), entities: entities, relations: relations}) AS page
}
RETURN total, page
