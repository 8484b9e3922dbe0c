// Entities whose names or aliases match, from three full-text indexes: exact normalised names
// (weighted highest), Arabic names (Arabic analyzer: hamza, taa marbuta, alef maqsura,
// diacritics, affixes) and English names (with fuzzy terms for small misspellings). Each
// entity keeps its best score. A null query skips its index.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_name_keys', coalesce($exact, '""')) YIELD node, score
  WHERE $exact IS NOT NULL
  RETURN node, score * 10 AS score, 'EXACT' AS how
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_ar', coalesce($arabic, '""')) YIELD node, score
  WHERE $arabic IS NOT NULL
  RETURN node, score, 'ARABIC' AS how
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_en', coalesce($english, '""')) YIELD node, score
  WHERE $english IS NOT NULL
  RETURN node, score, 'ENGLISH' AS how
}
WITH node, score, how
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, max(score) AS best, collect(how) AS hows
ORDER BY best DESC, node.id
LIMIT $limit
RETURN node {.*, namesAr: null, namesEn: null, searchKeys: null} AS props, best AS score, hows
