// Search: one ranked list of what matches the text, from the full-text indexes; a page of it and
// its length.
//   $query       what varies from search to search, in one map (Neo4j keys a plan on the size
//                class of a list or string given at the top, not inside a map, so every search
//                shares one plan):
//     searches   the index queries of the words, each {index, place, lang, role, word, query}:
//                place 0 for names and aliases, 1 for descriptions, 2 for the quotes of
//                citations; role EXACT (the whole normalised name, in the keyword index of
//                names), PHRASE (the words next to each other, in order), ALL (every word), WORD
//                (the word numbered `word`)
//     guesses    the near words each index may be asked for, {index, place, lang, clauses:
//                [{word, clause}]}: a word is guessed at only when no index holds it, in texts
//                holding no word of the query (exclusions), so a guess is never also a match
//     exclusions the query's words, each excluded (`-word`)
//     kinds      the kinds of hit kept (for a quote: of its fact's entity); empty for all
//     after      the sort key of the last hit of the page before, or null for the first page
//   $words       how many words the query has (WORD queries are numbered from 0)
//   $candidates  how many texts each index query reads at most: its best, by Lucene's score
//   $limit       how many hits the page takes, plus one (to tell whether another page follows)
// A text's class says how much of the query it holds: 4 the exact name, 3 the phrase, 2 every
// word, 1 some words, 0 only near words (a guess). Within a class, a text holding rarer words
// ranks first: each word weighs log(1 + texts / texts holding it), as Lucene's idf does, counted
// over every index, so a common word («عام», "year" and "general") weighs little and a stop word,
// which no index keeps, nothing. Then names, descriptions, quotes (names win ties); then Lucene's
// score. An entity found several ways is one hit, by its best text; a quote gives one hit per fact
// it supports (the entity it cites, or a relation stating it), and a fact found in several quotes
// is one hit, by its best quote. The sort key ends with the hit's ids (the citation's first, so the
// facts of one quote come together), so the order is total and a page starts strictly after the
// key of the last hit of the page before.
CALL () {
  MATCH (entity:Entity)
  WITH count(entity) AS entities
  MATCH (citation:Citation)
  RETURN entities, count(citation) AS citations
}
CALL () {
  UNWIND $query.searches AS search
  CALL (search) {
    CALL db.index.fulltext.queryNodes(search.index, search.query, {limit: $candidates}) YIELD node, score
    RETURN node, score
  }
  RETURN collect({node: node, score: score, place: search.place, lang: search.lang, role: search.role,
                  word: search.word}) AS matches
}
WITH 4 * entities + citations AS corpus, matches,
     [word IN range(0, $words - 1) | size([row IN matches WHERE row.word = word])] AS holding
CALL (holding) {
  UNWIND $query.guesses AS guess
  WITH guess, [near IN guess.clauses WHERE holding[near.word] = 0 | near.clause] AS clauses
  WHERE size(clauses) > 0
  CALL (guess, clauses) {
    CALL db.index.fulltext.queryNodes(guess.index,
      '+(' + reduce(query = '', clause IN clauses | query + ' ' + clause) + ') ' + $query.exclusions,
      {limit: $candidates}) YIELD node, score
    RETURN node, score
  }
  RETURN collect({node: node, score: score, place: guess.place, lang: guess.lang, role: 'FUZZY'}) AS guessed
}
WITH matches + guessed AS rows, holding,
     [count IN holding | CASE count WHEN 0 THEN 0.0 ELSE log(1.0 + toFloat(corpus) / count) END] AS weights
UNWIND rows AS row
// One row per text (a node found in one index), streamed from here on: an eager step (a sort, an
// aggregation) keeps its rows, and a row that still held the lists above would make it keep them
// once per row.
WITH row.node AS node, row.place AS place, row.lang AS lang, holding, weights,
     reduce(total = 0.0, weight IN weights | total + weight) AS total,
     collect(row.role) AS roles, collect(row.word) AS words, sum(row.score) AS score
WITH node, place, lang, holding, score, 'FUZZY' IN roles AS fuzzy,
     CASE WHEN 'EXACT' IN roles THEN 4 WHEN 'PHRASE' IN roles THEN 3 WHEN 'FUZZY' IN roles THEN 0
          WHEN 'ALL' IN roles OR all(word IN range(0, $words - 1) WHERE holding[word] = 0 OR word IN words)
          THEN 2 ELSE 1 END AS class,
     CASE WHEN total = 0.0 THEN 0.0 ELSE reduce(sum = 0.0, word IN words | sum + weights[word]) / total END AS coverage
WITH node, place, lang, holding, score, fuzzy, class, CASE WHEN class >= 2 THEN 1.0 ELSE coverage END AS coverage
CALL (node, place) {
  WITH node, place
  WHERE place < 2
  RETURN node AS entity, null AS citation, null AS relation, null AS supports
  UNION ALL
  WITH node, place, '"' + replace(replace(node.id, '\\', '\\\\'), '"', '\\"') + '"' AS key
  WHERE place = 2
  CALL (node, key) {
    MATCH (entity:Entity)-[cited:CITED_BY]->(node)
    RETURN entity, null AS relation,
           cited.supports + CASE WHEN node.id IN entity.aliasCitationIds THEN ['alias'] ELSE [] END AS supports
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_alias_citations', key) YIELD node AS entity
    WHERE NOT EXISTS { (entity)-[:CITED_BY]->(node) }
    RETURN entity, null AS relation, ['alias'] AS supports
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relation_citations', key) YIELD relationship
    WITH relationship, startNode(relationship) AS entity
    WHERE relationship.retractedAt IS NULL AND entity:Entity AND endNode(relationship):Entity
    RETURN entity, relationship AS relation, null AS supports
  }
  RETURN entity, node AS citation, relation, supports
}
WITH holding, place, lang, score, fuzzy, class, coverage, entity, citation, relation, supports
WHERE size($query.kinds) = 0 OR entity.kind IN $query.kinds
// One hit per entity (by its best name or description) and per fact a quote supports (by its best
// quote): the best comes first, and the first of each is kept.
ORDER BY fuzzy, class DESC, coverage DESC, place, score DESC, citation.id
WITH holding, CASE WHEN citation IS NULL THEN [entity.id] WHEN relation IS NULL THEN [entity.id, citation.id]
                   ELSE [relation.id] END AS fact,
     head(collect({place: place, lang: lang, score: score, fuzzy: fuzzy, class: class, entity: entity,
                   citation: citation, relation: relation, supports: supports,
                   key: [CASE WHEN fuzzy THEN 1 ELSE 0 END, -class, -coverage, place, -score,
                         coalesce(citation.id, ''), entity.id, coalesce(relation.id, '')]})) AS hit
WITH holding, hit
ORDER BY hit.key
// Collected in order, the whole list is one sorted list: its length is the total, and the page
// is a slice of it after the cursor.
WITH holding, collect(hit) AS hits
WITH holding, size(hits) AS total,
     [hit IN hits WHERE $query.after IS NULL OR hit.key > $query.after][0..$limit] AS page
UNWIND CASE size(page) WHEN 0 THEN [null] ELSE page END AS hit
WITH holding, total, hit, hit.entity AS entity, hit.citation AS citation, hit.relation AS relation,
     endNode(hit.relation) AS other
RETURN total, [word IN range(0, $words - 1) WHERE holding[word] > 0] AS found, hit.key AS key, hit.place AS place,
       hit.class AS class, hit.fuzzy AS fuzzy, hit.score AS score,
       CASE WHEN citation IS NULL THEN hit.lang ELSE [(citation)-[:QUOTES]->(s:Source) | s.language][0] END AS lang,
       entity {.*, namesAr: null, namesEn: null, searchKeys: null} AS entity,
       citation {.id, .sourceId, .quote, .start, .end} AS citation, hit.supports AS supports,
       CASE WHEN relation IS NULL THEN null ELSE {
         type: type(relation), source: startNode(relation).id, target: other.id, props: properties(relation)
       } END AS relation,
       other {.*, namesAr: null, namesEn: null, searchKeys: null} AS other
