import type { Database, Row } from '../db/database';
import { allWordsQuery, exactQuery, nearWordClause, noneOfQuery, phraseQuery, wordQuery } from '../db/lucene';
import { cypher } from '../db/queries';
import type { EntityKind } from '../domain/kinds';
import {
  toEntityNode,
  toRelationNode,
  type CitationNode,
  type EntityNode,
  type RelationNode,
} from '../graph/graph.nodes';
import { SEARCH_CANDIDATES, type QueryWord } from './query';

/** Where a hit matched, as cypher/search/hits.cypher numbers it. */
export type SearchPlace = 'NAME' | 'DESCRIPTION' | 'QUOTE';
const PLACES: readonly SearchPlace[] = ['NAME', 'DESCRIPTION', 'QUOTE'];

export interface SearchScopes {
  names: boolean;
  descriptions: boolean;
  quotes: boolean;
}

/** What a page of search asks cypher/search/hits.cypher. */
export interface SearchRequest {
  /** The whole text normalised, for the exact-name keys; null for none. */
  exact: string | null;
  words: readonly QueryWord[];
  scopes: SearchScopes;
  kinds: readonly EntityKind[];
  /** The sort key of the last hit of the page before (from its cursor), or null. */
  after: SortKey | null;
  first: number;
}

/** A hit's place in the ranking (cypher/search/hits.cypher): compared in order, as Cypher compares lists. */
export type SortKey = [number, number, number, number, number, string, string, string];

export interface SearchRow {
  place: SearchPlace;
  /** 4 exact name, 3 phrase, 2 every word, 1 some words, 0 a guess (cypher/search/hits.cypher). */
  class: number;
  fuzzy: boolean;
  score: number;
  key: SortKey;
  /** Language of the index (names, descriptions) or source (quotes) that matched; null for exact names. */
  lang: string | null;
  entity: EntityNode;
  citation: CitationNode | null;
  /** The relation a quote states, seen from its source (`entity`). */
  relation: RelationNode | null;
  /** The relation's target, to prime the entity loader with. */
  other: EntityNode | null;
}

export interface SearchResult {
  /** Hits of the page, and one more when another page follows. */
  rows: SearchRow[];
  /** How many hits the whole list holds. */
  total: number;
  /** The numbers of the query words some index holds (as typed or in another form). */
  found: number[];
}

interface IndexSearch {
  index: string;
  place: number;
  lang: string | null;
  role: 'EXACT' | 'PHRASE' | 'ALL' | 'WORD';
  word: number | null;
  query: string;
}

interface IndexGuesses {
  index: string;
  place: number;
  lang: string;
  /** Each word guessed at in this index, with its fuzzy clause (`solanna~1`). */
  clauses: Array<{ word: number; clause: string }>;
}

const ANALYSED: ReadonlyArray<{ index: string; place: number; lang: string; scope: keyof SearchScopes }> = [
  { index: 'entity_names_ar', place: 0, lang: 'ar', scope: 'names' },
  { index: 'entity_names_en', place: 0, lang: 'en', scope: 'names' },
  { index: 'entity_descriptions_ar', place: 1, lang: 'ar', scope: 'descriptions' },
  { index: 'entity_descriptions_en', place: 1, lang: 'en', scope: 'descriptions' },
  { index: 'citation_quotes', place: 2, lang: 'ar', scope: 'quotes' },
];

const ARABIC_LETTER = /[\u0600-\u06FF]/u;
const scriptOf = (word: string) => (ARABIC_LETTER.test(word) ? 'ar' : 'en');

/**
 * The index queries of a search, as the statement takes them: the exact-name keys, then for each
 * analysed index of the scopes asked, each word alone, and every word and the phrase when there
 * are two words or more and the index is asked for all of them (an English index is asked for the
 * Latin words only): at most 1 + 5 x (MAX_SEARCH_WORDS + 2) queries. And the near words each
 * index may be asked for: the words guessed at (MAX_FUZZY_WORDS at most) in the indexes of their
 * script (near words of a Latin word are Latin), since each guess builds an automaton in every
 * index it is asked of, the dearest part of a search. Every query reads at most SEARCH_CANDIDATES
 * texts.
 */
export function searchesOf(exact: string | null, words: readonly QueryWord[], scopes: SearchScopes) {
  const searches: IndexSearch[] = [];
  const guesses: IndexGuesses[] = [];
  if (scopes.names && exact !== null) {
    searches.push({
      index: 'entity_name_keys',
      place: 0,
      lang: null,
      role: 'EXACT',
      word: null,
      query: exact,
    });
  }
  if (words.length === 0) return { searches, guesses, exclusions: '' };
  for (const { index, place, lang, scope } of ANALYSED) {
    if (!scopes[scope]) continue;
    const search = (role: IndexSearch['role'], query: string, word: number | null = null) =>
      searches.push({ index, place, lang, role, word, query });
    // An English index is asked for Latin words only: its analyzer neither folds Arabic spellings
    // nor knows Arabic stop words (a «في» in an English description must not make في a rare word).
    const asked = words.filter((word) => lang === 'ar' || scriptOf(word.typed) === 'en');
    words.forEach((word, i) => {
      if (asked.includes(word)) search('WORD', wordQuery(word), i);
    });
    if (words.length > 1 && asked.length === words.length) {
      search('ALL', allWordsQuery(words));
      search('PHRASE', phraseQuery(words));
    }
    const clauses = words.flatMap((word, i) =>
      word.edits > 0 && scriptOf(word.typed) === lang ? [{ word: i, clause: nearWordClause(word) }] : [],
    );
    if (clauses.length > 0) guesses.push({ index, place, lang, clauses });
  }
  return { searches, guesses, exclusions: noneOfQuery(words) };
}

/** The parameters of cypher/search/hits.cypher for a page of search. */
export function searchParameters(request: SearchRequest) {
  const { searches, guesses, exclusions } = searchesOf(
    exactQuery(request.exact ?? ''),
    request.words,
    request.scopes,
  );
  // The lists and strings that vary go in one map: Neo4j plans a statement once per set of
  // parameter types, and for a list or string at the top a size class counts (one entry, ten,
  // a hundred), so six keystrokes of search-as-you-type each planned it anew (about a second of
  // its CPU each); inside a map they do not count, and every search shares one plan.
  return {
    query: { searches, guesses, exclusions, kinds: request.kinds, after: request.after },
    words: request.words.length,
    candidates: SEARCH_CANDIDATES,
    limit: request.first + 1,
  };
}

/**
 * The first search of each database, while it runs. Neo4j plans the statement on its first run,
 * which takes about a second of its CPU, and plans it again for every run that starts before
 * that plan is cached: a page of search-as-you-type sends six at once. So the searches that come
 * while the first is under way wait for it. Weakly keyed: one entry per open Database, at most.
 */
const firstRuns = new WeakMap<Database, Promise<unknown>>();

/** A page of the one ranked list of hits, its length, and the words found: one round trip. */
export async function searchHits(db: Database, request: SearchRequest): Promise<SearchResult> {
  const first = firstRuns.get(db);
  if (first) await first;
  const running = db.read(cypher('search/hits'), searchParameters(request));
  if (!first) {
    // Settled either way: a first run that failed has still planned, or will be retried.
    firstRuns.set(
      db,
      running.then(
        () => undefined,
        () => undefined,
      ),
    );
  }
  const rows = await running;
  const total = rows.length > 0 ? (rows[0].total as number) : 0;
  const found = rows.length > 0 ? (rows[0].found as number[]) : [];
  return {
    total,
    found,
    rows: rows
      .filter((row) => row.entity !== null)
      .map((row) => {
        const citation = row.citation as Row | null;
        const relation = row.relation as { type: unknown; source: string; target: string; props: Row } | null;
        return {
          place: PLACES[row.place as number],
          class: row.class as number,
          fuzzy: row.fuzzy === true,
          score: row.score as number,
          key: row.key as SortKey,
          lang: (row.lang as string | null) ?? null,
          entity: toEntityNode(row.entity as Row),
          citation: citation && {
            id: String(citation.id),
            sourceId: (citation.sourceId as string | null) ?? null,
            quote: (citation.quote as string | null) ?? null,
            start: (citation.start as number | null) ?? null,
            end: (citation.end as number | null) ?? null,
            ...(Array.isArray(row.supports) ? { supports: row.supports as string[] } : {}),
          },
          relation: relation && toRelationNode(relation, relation.source),
          other: row.other ? toEntityNode(row.other as Row) : null,
        };
      }),
  };
}
