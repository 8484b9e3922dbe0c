// Search: one ranked list of what matches the text, from the full-text indexes; a page of it and
// its length.
//   $searches    the index queries of the words, each {index, place, lang, role, word, query}:
//                place 0 for names and aliases, 1 for descriptions, 2 for the quotes of citations;
//                role EXACT (the whole normalised name, in the keyword index of names), PHRASE (the
//                words next to each other, in order), ALL (every word), WORD (the word numbered
//                `word`)
//   $guesses     the near words each index may be asked for, {index, place, lang, clauses: [{word,
//                clause}]}: a word is guessed at only when no index holds it, in texts holding no
//                word of the query ($exclusions), so a guess is never also a match
//   $words       how many words the query has (WORD queries are numbered from 0)
//   $candidates  how many texts each index query reads at most: its best, by Lucene's score
//   $kinds       the kinds of hit kept (for a quote: of its fact's entity)
//   $after       the sort key of the last hit of the page before (for the first page, a key before
//                every hit's)
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
  RETURN count(entity) AS entities
}
CALL () {
  MATCH (citation:Citation)
  RETURN count(citation) AS citations
}
CALL () {
  UNWIND $searches AS search
  CALL (search) {
    CALL db.index.fulltext.queryNodes(search.index, search.query, {limit: $candidates}) YIELD node, score
    RETURN node, score
  }
  RETURN collect({node: node, score: score, place: search.place, lang: search.lang, role: search.role,
                  word: search.word}) AS matches
}
WITH matches, 4 * entities + citations AS corpus,
     [word IN range(0, $words - 1) |
       size([row IN matches WHERE row.role = 'WORD' AND row.word = word])] AS holding
CALL (holding) {
  UNWIND $guesses AS guess
  WITH guess, [near IN guess.clauses WHERE holding[near.word] = 0 | near.clause] AS clauses
  WHERE size(clauses) > 0
  CALL (guess, clauses) {
    CALL db.index.fulltext.queryNodes(guess.index,
      '+(' + reduce(query = '', clause IN clauses | query + ' ' + clause) + ') ' + $exclusions,
      {limit: $candidates}) YIELD node, score
    RETURN node, score
  }
  RETURN collect({node: node, score: score, place: guess.place, lang: guess.lang, role: 'FUZZY', word: null})
         AS guessed
}
WITH matches + guessed AS rows, corpus, holding
WITH rows, [count IN holding | CASE count WHEN 0 THEN 0.0 ELSE log(1.0 + toFloat(corpus) / count) END] AS weights,
     size([count IN holding WHERE count > 0]) AS wordsFound, holding
WITH rows, weights, wordsFound, [word IN range(0, $words - 1) WHERE holding[word] > 0] AS found,
     reduce(total = 0.0, weight IN weights | total + weight) AS totalWeight
UNWIND rows AS row
WITH row.node AS node, row.place AS place, row.lang AS lang, collect(row) AS matched, weights, wordsFound,
     totalWeight, found
WITH node, place, lang, weights, wordsFound, totalWeight, found,
     [row IN matched WHERE row.role = 'WORD' AND weights[row.word] > 0 | row.word] AS words,
     any(row IN matched WHERE row.role = 'EXACT') AS exact,
     any(row IN matched WHERE row.role = 'PHRASE') AS phrase,
     any(row IN matched WHERE row.role = 'ALL') AS every,
     any(row IN matched WHERE row.role = 'FUZZY') AS fuzzy,
     reduce(score = 0.0, row IN matched | score + CASE row.role WHEN 'ALL' THEN 0.0 ELSE row.score END) AS score
WITH node, place, lang, fuzzy, score, found,
     exact OR phrase OR every OR size(words) = wordsFound AS whole,
     CASE WHEN exact OR phrase OR every OR totalWeight = 0.0 THEN 1.0
          ELSE reduce(sum = 0.0, word IN words | sum + weights[word]) / totalWeight END AS coverage,
     exact, phrase
WITH node, place, lang, fuzzy, score, found, CASE WHEN whole THEN 1.0 ELSE coverage END AS coverage,
     CASE WHEN exact THEN 4 WHEN phrase THEN 3 WHEN fuzzy THEN 0 WHEN whole THEN 2 ELSE 1 END AS class
WITH found, collect({node: node, place: place, lang: lang, fuzzy: fuzzy, score: score, coverage: coverage,
                     class: class}) AS texts
CALL (texts) {
  UNWIND texts AS text
  WITH text
  WHERE text.place < 2 AND text.node.kind IN $kinds
  WITH text ORDER BY text.fuzzy, text.class DESC, text.coverage DESC, text.place, text.score DESC
  WITH text.node AS entity, head(collect(text)) AS best
  RETURN best, entity, null AS citation, null AS supports, null AS relation
  UNION ALL
  UNWIND texts AS text
  WITH text
  WHERE text.place = 2
  WITH text, text.node AS citation,
       '"' + replace(replace(text.node.id, '\\', '\\\\'), '"', '\\"') + '"' AS key
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
  WITH text, citation, entity, relation, supports
  WHERE entity.kind IN $kinds
  WITH text, citation, entity, relation, supports,
       CASE WHEN relation IS NULL THEN [entity.id, citation.id] ELSE [relation.id] END AS fact
  ORDER BY text.fuzzy, text.class DESC, text.coverage DESC, text.score DESC, citation.id
  WITH fact, head(collect({text: text, citation: citation, entity: entity, relation: relation,
                           supports: supports})) AS best
  RETURN best.text AS best, best.entity AS entity, best.citation AS citation, best.supports AS supports,
         best.relation AS relation
}
WITH found, best, entity, citation, supports, relation,
     [CASE WHEN best.fuzzy THEN 1 ELSE 0 END, -best.class, -best.coverage, best.place, -best.score,
      coalesce(citation.id, ''), entity.id, coalesce(relation.id, '')] AS key
WITH found, collect({best: best, entity: entity, citation: citation, supports: supports, relation: relation,
                     key: key}) AS hits
WITH found, size(hits) AS total, [hit IN hits WHERE hit.key > $after] AS rest
UNWIND CASE size(rest) WHEN 0 THEN [null] ELSE rest END AS hit
WITH found, total, hit
ORDER BY hit.key
LIMIT $limit
WITH found, total, hit, hit.best AS best, hit.entity AS entity, hit.citation AS citation, hit.relation AS relation,
     endNode(hit.relation) AS other
RETURN total, found, hit.key AS key, best.place AS place, best.class AS class, best.fuzzy AS fuzzy,
       best.score AS score, best.coverage AS coverage,
       CASE WHEN citation IS NULL THEN best.lang ELSE [(citation)-[:QUOTES]->(s:Source) | s.language][0] END AS lang,
       entity {.*, namesAr: null, namesEn: null, searchKeys: null} AS entity,
       citation {.id, .sourceId, .quote, .start, .end} AS citation, hit.supports AS supports,
       CASE WHEN relation IS NULL THEN null ELSE {
         type: type(relation), source: startNode(relation).id, target: other.id, props: properties(relation)
       } END AS relation,
       other {.*, namesAr: null, namesEn: null, searchKeys: null} AS other
