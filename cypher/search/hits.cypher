// Search: one ranked list of what matches the text, from the full-text indexes.
//   $entitySearches  the index queries that find entities, each {index, query, tier, fuzzy, lang,
//                    weight}: exact normalised names (tier 0, weight 10), names and aliases
//                    (tier 1), descriptions (tier 2), in Arabic and English
//   $quoteSearches   the queries of the quotes of citations (tier 3), each {query, fuzzy}: one hit
//                    per citation and fact it supports, the fact being the entity citing it (its
//                    attributes, or an alias it gives) or a relation listing it (as a citation, or
//                    as the quote of its title)
// An analyzed index is asked twice: for the words as typed, and (fuzzy) for near words in texts
// holding none of them, so Lucene itself tells a guess from a match. An entity found several ways
// keeps its best, and the list is ordered the same way: words as typed before guesses (a fuzzy
// name must not outrank, or hide, a description holding the very word), then by tier, then score.
// Each entity index query stops at $limit after the kinds filter ($kinds empty: all kinds), which
// that one order makes exact. A quote query stops at its best $quoteCandidates quotes before their
// facts are looked up, so the work stays bounded however many quotes a common word matches. The
// queries come as a list, so the statement is one small plan whatever is asked.
CALL () {
  UNWIND $entitySearches AS search
  CALL (search) {
    CALL db.index.fulltext.queryNodes(search.index, search.query) YIELD node, score
    WHERE size($kinds) = 0 OR node.kind IN $kinds
    RETURN node, score * search.weight AS score
    ORDER BY score DESC LIMIT $limit
  }
  WITH node, score, search.tier AS tier, search.fuzzy AS fuzzy, search.lang AS lang
  ORDER BY fuzzy, tier, score DESC
  WITH node, head(collect({score: score, tier: tier, fuzzy: fuzzy, lang: lang})) AS best
  RETURN best.tier AS tier, best.fuzzy AS fuzzy, best.score AS score, best.lang AS lang, node AS entity,
         null AS citation, null AS supports, null AS relation
  UNION ALL
  UNWIND $quoteSearches AS search
  CALL (search) {
    CALL db.index.fulltext.queryNodes('citation_quotes', search.query) YIELD node, score
    RETURN node, score
    ORDER BY score DESC LIMIT $quoteCandidates
  }
  WITH node AS citation, score, search.fuzzy AS fuzzy,
       '"' + replace(replace(node.id, '\\', '\\\\'), '"', '\\"') + '"' AS key
  ORDER BY fuzzy, score DESC, citation.id
  CALL (citation, key) {
    MATCH (entity:Entity)-[cited:CITED_BY]->(citation)
    RETURN entity, null AS relation,
           cited.supports + CASE WHEN citation.id IN entity.aliasCitationIds THEN ['alias'] ELSE [] END AS supports
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_alias_citations', key) YIELD node AS entity
    WHERE NOT EXISTS { (entity)-[:CITED_BY]->(citation) }
    RETURN entity, null AS relation, ['alias'] AS supports
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relation_citations', key) YIELD relationship
    WITH relationship, startNode(relationship) AS entity
    WHERE relationship.retractedAt IS NULL AND entity:Entity AND endNode(relationship):Entity
    RETURN entity, relationship AS relation, null AS supports
  }
  WITH citation, score, fuzzy, entity, relation, supports
  WHERE size($kinds) = 0 OR entity.kind IN $kinds
  RETURN 3 AS tier, fuzzy, score, [(citation)-[:QUOTES]->(s:Source) | s.language][0] AS lang, entity,
         citation, supports, relation
  ORDER BY fuzzy, score DESC, citation.id, entity.id, relation.id LIMIT $limit
}
WITH tier, fuzzy, score, lang, entity, citation, supports, relation
ORDER BY fuzzy, tier, score DESC, entity.id, citation.id, relation.id
LIMIT $limit
WITH tier, fuzzy, score, lang, entity, citation, supports, relation, endNode(relation) AS other
RETURN tier, fuzzy, score, lang, entity {.*, namesAr: null, namesEn: null, searchKeys: null} AS entity,
       citation {.id, .sourceId, .quote, .start, .end} AS citation, supports,
       CASE WHEN relation IS NULL THEN null ELSE {
         type: type(relation), source: startNode(relation).id, target: other.id, props: properties(relation)
       } END AS relation,
       other {.*, namesAr: null, namesEn: null, searchKeys: null} AS other
