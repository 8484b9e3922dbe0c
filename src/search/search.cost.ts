import type { ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_SEARCH_WORDS, queryWordsOf } from './query';

/**
 * What a word of a query costs on its own, whatever the page size: the index queries it adds (one
 * in each of five indexes, each reading up to SEARCH_CANDIDATES texts whose facts are looked up,
 * and a guess at it in up to three). A search of eight words, four of them guessed at, costs Neo4j
 * about 40-60 ms of CPU on two cores (the dearest measured); at 400 a word, a request at the cost
 * limit holds about fifteen such searches, about a second of Neo4j's CPU, where thirty aliased
 * searches of twenty misspelt words cost it seven.
 */
export const SEARCH_COST_PER_WORD = 400;

/** What a hit costs for each word of the query: its snippet and name are read for each word. */
export const SEARCH_COST_PER_HIT_WORD = 2;

/**
 * The cost of a search: its words, then per hit (as any list, its page size times what a hit
 * selects) each word again. So the estimate grows with what the server and Neo4j do for it: a
 * search of eight words costs about eight of one word, and a page of 100 hits ten of 10.
 */
export const searchCost: ComplexityEstimator = ({ args, childComplexity }) => {
  const words =
    typeof args.text === 'string' ? Math.max(1, queryWordsOf(args.text).length) : MAX_SEARCH_WORDS;
  const first = typeof args.first === 'number' ? args.first : 1;
  return words * SEARCH_COST_PER_WORD + first * (1 + childComplexity + words * SEARCH_COST_PER_HIT_WORD);
};
