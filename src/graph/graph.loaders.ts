import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database';
import type { EntityKind } from '../domain/kinds';
import type { CitationNode, EntityNode } from './graph.nodes';
import type { EntityConditions, Order } from './list-filters';
import {
  citationsByEntityIds,
  citationsByIds,
  entitiesByIds,
  entitiesPage,
  entityFacets,
  filteredEntitiesPage,
  relationFacetsByRequests,
  relationsByRequests,
  sourcesByIds,
  type RelationFilter,
  type RelationPage,
} from './graph.repository';
import { nodesByIds, type NodeRecord } from './node.repository';
import type { RelationFacetRow } from './store/relation-page';
import type { FacetRow } from './store/entity-page';
import { quoteWindows, type QuoteWindowRequest } from './citation.repository';
import type { QuoteWindow } from './citation.context';
import { proposedLoader } from './proposed';

/** A page of an entity list: the kinds (sorted, or null for all), the cursor, and the page size + 1. */
export interface EntityPageKey {
  kinds: readonly EntityKind[] | null;
  after: string | null;
  limit: number;
  /** A `where` and an order of its own (list-filters.ts); null for the plain list in id order. */
  where: EntityConditions | null;
  order: Order | null;
}

export interface EntityPage {
  total: number;
  page: EntityNode[];
  /** Each entity's sort key, for its cursor, when the list has an order of its own. */
  keys?: string[];
}

/** A list whose facets are counted: the kinds (sorted, or null for all) and its conditions. */
export interface EntityFacetsKey {
  kinds: readonly EntityKind[] | null;
  where: EntityConditions | null;
}

export interface RelationKey {
  id: string;
  filter: RelationFilter;
}

/**
 * Per-request loaders for the generic graph view. Each batches the keys one tick of resolvers
 * asks for into one query (UNWIND $ids) and returns results in key order, null for a missing key.
 */
export function createGraphLoaders(db: Database) {
  const byId = <T>(load: (ids: readonly string[]) => Promise<Map<string, T>>, fallback: T | null = null) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? fallback);
    });
  const entity = byId<EntityNode>((ids) => entitiesByIds(db, ids));
  return {
    entity,
    entityCitations: byId<CitationNode[]>((ids) => citationsByEntityIds(db, ids), []),
    citation: byId<CitationNode>((ids) => citationsByIds(db, ids)),
    source: byId<Row>((ids) => sourcesByIds(db, ids)),
    /**
     * Whatever an id names (entity, relation, citation or source), for Query.node and the
     * direct lookups: every id one tick asks for, of whatever kind, is one query. An entity it
     * finds primes the entity loader, which relations and typed fields read through.
     */
    node: byId<NodeRecord>(async (ids) => {
      const found = await nodesByIds(db, ids);
      for (const [id, record] of found) if (record.kind === 'ENTITY') entity.prime(id, record.entity);
      return found;
    }),
    /** Pending proposed statements of entities (Entity.relations(includeProposed: true)). */
    proposed: proposedLoader(db),
    /** The text around citations' quotes (Citation.context): every reach one tick asks for is one query. */
    quoteWindow: new DataLoader<QuoteWindowRequest, QuoteWindow | null, string>(
      (requests) => quoteWindows(db, requests),
      { cacheKeyFn: (request) => `${request.chars} ${request.id}` },
    ),
    /**
     * Relations of entities under a filter. Every key one tick asks for, whatever its filter,
     * is answered by one query; the entities at the other ends prime the entity loader, so
     * following a relation costs no further round trip.
     */
    /**
     * Pages of entity lists. Each page is its own index seek (see entity-page-query.ts); the
     * loader is where the planner leaves a page it read with what is asked of its entities.
     */
    entityPages: new DataLoader<EntityPageKey, EntityPage, string>(
      (keys) =>
        Promise.all(
          keys.map(async (key) => {
            // The plain list in id order keeps its own statement: an index seek, a count-store total.
            const page =
              key.where || key.order
                ? await filteredEntitiesPage(db, key.kinds, key.where, key.order, key.after, key.limit)
                : await entitiesPage(db, key.kinds, key.after, key.limit);
            for (const node of page.page) entity.prime(node.id, node);
            return page;
          }),
        ),
      {
        cacheKeyFn: (key) => JSON.stringify([key.kinds, key.after, key.limit, key.where, key.order]),
      },
    ),
    /** Counts of an entity list by kind and year, asked only when a selection asks for facets. */
    entityFacets: new DataLoader<EntityFacetsKey, FacetRow[], string>(
      (keys) =>
        Promise.all(
          keys.map((key) =>
            key.kinds?.length === 0 ? Promise.resolve([]) : entityFacets(db, key.kinds, key.where),
          ),
        ),
      { cacheKeyFn: (key) => JSON.stringify([key.kinds, key.where]) },
    ),
    /** Counts of relation lists by type, kind and year: every key of a tick in one query. */
    relationFacets: new DataLoader<RelationKey, RelationFacetRow[], string>(
      (keys) => relationFacetsByRequests(db, keys),
      { cacheKeyFn: relationKey },
    ),
    relations: new DataLoader<RelationKey, RelationPage, string>(
      async (keys) => {
        const pages = await relationsByRequests(db, keys);
        for (const page of pages) {
          for (const relation of page.relations)
            if (relation.other) entity.prime(relation.other.id, relation.other);
        }
        return pages;
      },
      { cacheKeyFn: relationKey },
    ),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;

/**
 * A relations key as text, its parts in a fixed order: resolvers and the planner build equal
 * filters in their own code, and equal filters must make one key.
 */
export function relationKey({ id, filter }: RelationKey): string {
  const { types, direction, at, after, first, where, order, counted } = filter;
  return JSON.stringify([
    id,
    types,
    direction,
    at?.start ?? null,
    at?.end ?? null,
    after,
    first,
    where,
    order,
    counted,
  ]);
}

/**
 * Loads many keys through a loader, in key order, leaving out keys the graph has no value for
 * (null). A key that failed makes the whole load fail: a failure is an error, never a shorter
 * or empty list.
 */
export async function loadAll<K, V, C>(loader: DataLoader<K, V | null, C>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  const failed = values.find((value) => value instanceof Error);
  if (failed) throw failed;
  return values.filter((value): value is V => value !== null);
}
