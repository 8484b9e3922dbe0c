import {
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { LRUCache } from 'lru-cache';
import type { Context } from '../../context';
import type { Row } from '../../db/database';
import { toEntityNode, type CitationNode, type EntityNode } from '../graph.nodes';
import type { EntityKind } from '../../domain/kinds';
import type { PartialDate } from '../../domain/partial-date';
import type { RelationType } from '../../domain/relation-types';
import { decodeCursor, pageSize } from '../../graphql/connection';
import {
  MAX_NEIGHBOURHOOD_HOPS,
  neighbourhoodFilter,
  toRelationPage,
  type RelationFilter,
} from '../graph.repository';
import { entityPageKey } from '../list';
import {
  connectionItems,
  emptyLevel,
  entityLevel,
  isEmptyLevel,
  isEntityType,
  kindOf,
  type EntityLevel,
  type PlanContext,
} from './plan';
import {
  entityListPlanStatement,
  entityPlanStatement,
  neighbourhoodPlanStatement,
  type PlanStatement,
} from './statement';
import { projectionOf } from './projection';

/**
 * The look-ahead planner. Before any resolver runs, it reads what an operation asks (plan.ts),
 * compiles each root field it can plan into one Cypher statement (statement.ts) and primes the
 * per-request loaders with the answers, under the very keys the resolvers will ask for. The
 * resolvers do not change: they find their data in the loaders, so a nested question costs one
 * round trip per root field; anything the plan does not cover still batches per tick, as
 * without it.
 */

/**
 * One root field, compiled: the statement to run with its parameters, and what to prime with
 * the answer.
 */
export interface CompiledRoot {
  statement: PlanStatement;
  params: Row;
  prime(ctx: Context, row: Row | undefined): void;
}

/**
 * Compiled plans, keyed on what the request declares: the hash of its query text, the operation
 * and the values of its declared variables, coerced (an undeclared variable changes nothing a
 * plan holds, so it is not part of the key). Bounded by entries and by the size of what a plan
 * holds (its statements' text and parameters, counted in characters): whatever the requests, the
 * cache stays under PLAN_CACHE_MAX_SIZE. A key longer than PLAN_CACHE_MAX_KEY is not cached: such
 * a plan is compiled for its request alone.
 */
export const PLAN_CACHE_MAX_SIZE = 8_000_000;
export const PLAN_CACHE_MAX_KEY = 4_096;
const compiled = new LRUCache<string, CompiledRoot[]>({
  max: 2_000,
  maxSize: PLAN_CACHE_MAX_SIZE,
  sizeCalculation: (roots, key) =>
    key.length +
    roots.reduce(
      (size, root) => size + root.statement.query.text.length + JSON.stringify(root.params).length,
      0,
    ) +
    1,
});

/** The cache's entries and counted size, for the tests that hold it to its bound. */
export function planCacheSize(): { entries: number; size: number } {
  return { entries: compiled.size, size: compiled.calculatedSize };
}

/** The arguments a list root may carry to be planned; others (filters to come) are left to it. */
const PLANNED_LIST_ARGS = new Set(['kinds', 'first', 'after']);

export async function runPlan(
  ctx: Context,
  schema: GraphQLSchema,
  document: { hash: string; node: DocumentNode },
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Promise<void> {
  const roots = compile(schema, document, operation, variables, ctx.limits.maxPageSize);
  await Promise.all(
    roots.map(async (root) => {
      const [row] = await ctx.db.read(root.statement.query, { ...root.statement.params, ...root.params });
      root.prime(ctx, row);
    }),
  );
}

/**
 * The plan of an operation: one statement per root field it plans. Compiled once per parsed
 * document and variables; exported for the tests, which read the statements' text.
 */
export function compile(
  schema: GraphQLSchema,
  document: { hash: string; node: DocumentNode },
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): CompiledRoot[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return [];
  const cacheKey = `${document.hash}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(coerced.coerced)}`;
  const cacheable = cacheKey.length <= PLAN_CACHE_MAX_KEY;
  const cached = cacheable ? compiled.get(cacheKey) : undefined;
  if (cached) return cached;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.node.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const ctx: PlanContext = {
    schema,
    fragments,
    variables: coerced.coerced,
    maxPageSize,
    spread: new WeakMap(),
    projection: projectionOf(schema, operation.selectionSet, fragments),
  };
  const roots: CompiledRoot[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    try {
      const root = compileRoot(selection, ctx);
      if (root) roots.push(root);
    } catch {
      // Arguments the resolver will refuse (a page too large, a bad cursor): it says so, with
      // its code; there is nothing to plan.
    }
  }
  if (cacheable) compiled.set(cacheKey, roots);
  return roots;
}

/** The plan of one root field, or null when the planner does not know it or it needs none. */
function compileRoot(selection: FieldNode, ctx: PlanContext): CompiledRoot | null {
  const field = ctx.schema.getQueryType()!.getFields()[selection.name.value];
  if (!field) return null;
  const args = getArgumentValues(field, selection, ctx.variables);
  const returned = getNamedType(field.type);

  if (field.name === 'entity') {
    const level = entityLevel(selection.selectionSet, returned, ctx, { next: 0 });
    // A question of the entity alone is one round trip already: the loader answers it, unless
    // the plan reads less of it (names only).
    if (isEmptyLevel(level) && !ctx.projection.slimEntities) return null;
    return {
      statement: entityPlanStatement(level, ctx.projection),
      params: { root: args.id },
      prime: (context, row) => primeRoot(context, args.id as string, level, row),
    };
  }

  if (field.name === 'neighbourhood') {
    const hops = args.hops as number;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_NEIGHBOURHOOD_HOPS) return null;
    const filter = neighbourhoodFilter(
      args.types as RelationType[] | null,
      (args.at as PartialDate | null) ?? null,
    );
    return {
      statement: neighbourhoodPlanStatement(filter, hops, ctx.projection),
      params: { root: args.id },
      prime: (context, row) => {
        if (!row) return context.loaders.entity.prime(args.id as string, null);
        const center = toEntityNode(row.entity as Row);
        context.loaders.entity.prime(center.id, center);
        for (const read of row.pages as Row[]) primePage(context, read.id as string, filter, read);
      },
    };
  }

  // A connection of entities: Query.entities, or a kind's own list (people, organizations...).
  const nodes = isObjectType(returned) ? returned.getFields().nodes : undefined;
  const nodeType = nodes && getNamedType(nodes.type);
  if (!nodeType || !isEntityType(nodeType)) return null;
  if (Object.keys(args).some((name) => !PLANNED_LIST_ARGS.has(name) && args[name] != null)) return null;
  const kindOfType = kindOf(nodeType);
  const kinds = kindOfType ? [kindOfType] : ((args.kinds as EntityKind[] | null) ?? null);
  const first = pageSize(args.first as number, ctx.maxPageSize);
  const after = decodeCursor(args.after as string | null | undefined);
  const level = connectionLevel(selection, nodeType, ctx);
  if (isEmptyLevel(level) && !ctx.projection.slimEntities) return null;
  const key = entityPageKey(kinds, after, first);
  return {
    statement: entityListPlanStatement(key.kinds, level, ctx.projection),
    params: { after: after ?? '', limit: key.limit },
    prime: (context, row) => {
      if (!row) return;
      const entries = row.rows as Row[];
      const page = entries.map((entry) => toEntityNode(entry.entity as Row));
      context.loaders.entityPages.prime(key, { total: Number(row.total), page });
      page.forEach((entity, i) => primeRoot(context, entity.id, level, entries[i]));
    },
  };
}

/** What a connection's selection asks of its entities: under nodes, or edges { node }. */
function connectionLevel(selection: FieldNode, nodeType: GraphQLNamedType, ctx: PlanContext): EntityLevel {
  const ids = { next: 0 };
  const level = emptyLevel();
  for (const items of connectionItems(selection.selectionSet)) entityLevel(items, nodeType, ctx, ids, level);
  return level;
}

/** Primes the loaders with a planned root entity's row: the entity, then what its level asked. */
function primeRoot(ctx: Context, id: string, level: EntityLevel, row: Row | undefined): void {
  if (!row) {
    ctx.loaders.entity.prime(id, null);
    return;
  }
  const entity = toEntityNode(row.entity as Row);
  ctx.loaders.entity.prime(entity.id, entity);
  prime(ctx, entity, level, row.fields as Row);
}

/** Primes the relations loader with one page read for `ownerId`, and the entity loader with its other ends. */
function primePage(ctx: Context, ownerId: string, filter: RelationFilter, answer: Row): Row[] {
  const { others, ...value } = toRelationPage(ownerId, filter, answer);
  ctx.loaders.relations.prime({ id: ownerId, filter }, value);
  for (const other of others) ctx.loaders.entity.prime(other.id, other);
  return (answer.page as Row[]).slice(0, filter.first);
}

/** Primes the loaders with what one entity's level answered: its relation pages, recursively. */
function prime(ctx: Context, owner: EntityNode, level: EntityLevel, fields: Row): void {
  if (level.citations) ctx.loaders.entityCitations.prime(owner.id, fields.citations as CitationNode[]);
  for (const field of level.fields) {
    if (field.kinds && !field.kinds.includes(owner.kind)) continue;
    const rows = primePage(ctx, owner.id, field.filter, fields[`f${field.id}`] as Row);
    for (const row of rows) {
      if (field.next) prime(ctx, toEntityNode(row.other as Row), field.next, row.fields as Row);
      if (field.citations) {
        for (const citation of row.citations as CitationNode[])
          ctx.loaders.citation.prime(citation.id, citation);
      }
    }
  }
}
