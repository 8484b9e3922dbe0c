import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type { EntityKind } from '../domain/kinds';
import {
  toEntityNode,
  toRelationNode,
  type CitationNode,
  type EntityNode,
  type RelationNode,
} from '../graph/graph.nodes';

/** Where a row of cypher/search/hits.cypher matched: its tier, best first. */
export type SearchTier = 'EXACT_NAME' | 'NAME' | 'DESCRIPTION' | 'QUOTE';
const TIERS: readonly SearchTier[] = ['EXACT_NAME', 'NAME', 'DESCRIPTION', 'QUOTE'];

/** How many quotes are looked at per hit wanted when the kinds are restricted. */
export const QUOTE_CANDIDATES_PER_HIT_OF_SOME_KINDS = 10;

export interface SearchQueries {
  /** The whole normalised text, for the exact-name keys. */
  exact: string | null;
  /** The words as typed. */
  strict: string | null;
  /** The near words, in texts holding no word as typed. */
  fuzzy: string | null;
}

export interface SearchScopes {
  names: boolean;
  descriptions: boolean;
  quotes: boolean;
}

export interface SearchRow {
  tier: SearchTier;
  fuzzy: boolean;
  score: number;
  /** Language of the index (names, descriptions) or source (quotes) that matched; null for exact names. */
  lang: string | null;
  entity: EntityNode;
  citation: CitationNode | null;
  /** The relation a quote states, seen from its source (`entity`). */
  relation: RelationNode | null;
  /** The relation's target, to prime the entity loader with. */
  other: EntityNode | null;
}

interface EntitySearch {
  index: string;
  query: string;
  tier: number;
  fuzzy: boolean;
  lang: string | null;
  weight: number;
}

/**
 * The index queries a search asks, as the statement takes them: the exact-name keys first (their
 * scores x10, as exact names rank first), then each analyzed index of the scopes asked for, with
 * the words as typed and the near words. A query that is null (no word long enough to guess at)
 * is left out.
 */
export function searchesOf(queries: SearchQueries, scopes: SearchScopes) {
  const entitySearches: EntitySearch[] = [];
  const analysed = (index: string, tier: number, lang: string) => {
    for (const [query, fuzzy] of [
      [queries.strict, false],
      [queries.fuzzy, true],
    ] as const) {
      if (query !== null) entitySearches.push({ index, query, tier, fuzzy, lang, weight: 1 });
    }
  };
  if (scopes.names) {
    if (queries.exact !== null) {
      entitySearches.push({
        index: 'entity_name_keys',
        query: queries.exact,
        tier: 0,
        fuzzy: false,
        lang: null,
        weight: 10,
      });
    }
    analysed('entity_names_ar', 1, 'ar');
    analysed('entity_names_en', 1, 'en');
  }
  if (scopes.descriptions) {
    analysed('entity_descriptions_ar', 2, 'ar');
    analysed('entity_descriptions_en', 2, 'en');
  }
  const quoteSearches = !scopes.quotes
    ? []
    : [
        { query: queries.strict, fuzzy: false },
        { query: queries.fuzzy, fuzzy: true },
      ].filter((search) => search.query !== null);
  return { entitySearches, quoteSearches };
}

/** One ranked list of hits in one round trip: names, descriptions and quotes, best first. */
export async function searchHits(
  db: Database,
  queries: SearchQueries,
  scopes: SearchScopes,
  kinds: EntityKind[],
  limit: number,
): Promise<SearchRow[]> {
  const rows = await db.read(cypher('search/hits'), {
    ...searchesOf(queries, scopes),
    kinds,
    limit,
    // A quote supports at least one fact (unless every one was retracted), so `limit` quotes give
    // `limit` hits; when only some kinds are wanted, more are looked at, as many may not fit.
    quoteCandidates: kinds.length === 0 ? limit : limit * QUOTE_CANDIDATES_PER_HIT_OF_SOME_KINDS,
  });
  return rows.map((row) => {
    const entity = toEntityNode(row.entity as Row);
    const citation = row.citation as Row | null;
    const relation = row.relation as { type: unknown; source: string; target: string; props: Row } | null;
    return {
      tier: TIERS[row.tier as number],
      fuzzy: row.fuzzy === true,
      score: row.score as number,
      lang: (row.lang as string | null) ?? null,
      entity,
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
  });
}
