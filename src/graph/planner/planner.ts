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
import { getArgumentValues } from 'graphql/execution/values';
import { LRUCache } from 'lru-cache';
import type { Context } from '../../context';
import type { Row } from '../../db/database';
import { toEntityNode, type CitationNode, type EntityNode } from '../graph.nodes';
import type { EntityKind } from '../../domain/kinds';
import type { PartialDate } from '../../domain/partial-date';
import type { RelationType } from '../../domain/relation-types';
import { decodeCursor, pageSize } from '../../graphql/connection';
import { documentWeight } from '../../graphql/document-weight';
import { coerceVariables } from '../../graphql/variables';
import {
  MAX_NEIGHBOURHOOD_HOPS,
  neighbourhoodFilter,
  toRelationPage,
  type RelationFilter,
  type RelationPage,
} from '../graph.repository';
import { entityPageKey, plainPage } from '../list';
import { relationsConnectionValue } from '../related';
import { relationFieldValue } from '../schema/relation-fields.resolver';
import type { PageItemRow } from '../store/relation-page';
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
import { setPlanned } from './planned';
import { projectionOf } from './projection';
import {
  entityListPlanStatement,
  entityPlanStatement,
  neighbourhoodPlanStatement,
  type PlanStatement,
} from './statement';

/**
 * The look-ahead planner. Before any resolver runs, it reads what an operation asks (plan.ts),
 * compiles each root field it can plan into one Cypher statement (statement.ts), runs them, and
 * assembles the answer: every planned field's value, made by the very functions its resolver
 * makes it with, set on the entity or fact it is asked of (planned.ts). The resolvers of planned
 * fields read it there: a nested question costs one round trip per root field and no loader
 * lookups; anything the plan does not cover still batches per tick through the loaders, as
 * without it.
 */

/** One root field, compiled: the statement to run with its parameters, and how to take in its answer. */
export interface CompiledRoot {
  statement: PlanStatement;
  params: Row;
  /** What the plan reads of the root's entities, level by level: the answer's shape (none for a walk). */
  level: EntityLevel | null;
  assemble(ctx: Context, row: Row | undefined): void;
}

/** A compiled operation, with the parsed document it was compiled from. */
interface CompiledOperation {
  document: DocumentNode;
  roots: CompiledRoot[];
}

/**
 * Compiled plans, keyed on what the request declares: the hash of its query text, the operation
 * and the values of its declared variables, coerced (an undeclared variable changes nothing a
 * plan holds). Bounded by entries and by the size of what a plan holds, counted in characters:
 * its statements' text and parameters, and the document it was compiled for (its parsed form and
 * its text, comments and all, which the plan keeps alive). Whatever the requests, the cache stays
 * under PLAN_CACHE_MAX_SIZE. A key longer than PLAN_CACHE_MAX_KEY is not cached: such a plan is
 * compiled for its request alone. A plan holds the field nodes it was compiled for, so it serves
 * only the parsed document it came from (Apollo keeps one per query text).
 */
export const PLAN_CACHE_MAX_SIZE = 16_000_000;
export const PLAN_CACHE_MAX_KEY = 4_096;
const compiled = new LRUCache<string, CompiledOperation>({
  max: 2_000,
  maxSize: PLAN_CACHE_MAX_SIZE,
  sizeCalculation: (plan, key) =>
    key.length +
    documentWeight(plan.document) +
    plan.roots.reduce(
      (size, root) => size + root.statement.query.text.length + JSON.stringify(root.params).length,
      0,
    ) +
    1,
});

/** The cache's entries and counted size, for the tests that hold it to its bound. */
export function planCacheSize(): { entries: number; size: number } {
  return { entries: compiled.size, size: compiled.calculatedSize };
}

/** The arguments a list root may carry to be planned; others (filters) are left to it. */
const PLANNED_LIST_ARGS = new Set(['kinds', 'first', 'after']);

/**
 * Plans the operation, runs its statements and assembles their answers into the request's
 * context. A root whose statement fails is left to its resolvers, which read through the
 * loaders and report any error with its code; the failure is logged as a warning and counted
 * (extensions.db.planFailures).
 */
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
      let row: Row | undefined;
      try {
        [row] = await ctx.db.read(root.statement.query, { ...root.statement.params, ...root.params });
      } catch (error) {
        ctx.stats.planFailures += 1;
        ctx.logger.warn({ err: error, statement: root.statement.query.name }, 'a planned statement failed');
        return;
      }
      root.assemble(ctx, row);
    }),
  );
}

/**
 * The plan of an operation: one statement per root field it plans. Compiled once per parsed
 * document and declared variables; exported for the unit tests, which read the statements.
 */
export function compile(
  schema: GraphQLSchema,
  document: { hash: string; node: DocumentNode },
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): CompiledRoot[] {
  const coerced = coerceVariables(schema, operation, variables);
  if (coerced.errors) return [];
  const cacheKey = `${document.hash}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(coerced.coerced)}`;
  const cacheable = cacheKey.length <= PLAN_CACHE_MAX_KEY;
  const cached = cacheable ? compiled.get(cacheKey) : undefined;
  if (cached?.document === document.node) return cached.roots;

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
  if (cacheable) compiled.set(cacheKey, { document: document.node, roots });
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
      level,
      assemble: (context, row) => {
        const entity = row ? assembled(context, row.entity as Row, level, row.fields as Row) : null;
        context.loaders.entity.prime(args.id as string, entity);
      },
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
      level: null,
      // The walk (traversal/neighbourhood.ts) reads its pages through the relations loader.
      assemble: (context, row) => {
        if (!row) return context.loaders.entity.prime(args.id as string, null);
        const center = toEntityNode(row.entity as Row);
        context.loaders.entity.prime(center.id, center);
        for (const read of row.pages as Array<Row & { total: number | null; page: PageItemRow[] }>) {
          primePage(context, read.id as string, filter, toRelationPage(read.id as string, filter, read));
        }
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
    level,
    assemble: (context, row) => {
      if (!row) return;
      const entries = row.rows as Row[];
      const page = entries.map((entry) =>
        assembled(context, entry.entity as Row, level, entry.fields as Row),
      );
      context.loaders.entityPages.prime(key, plainPage(Number(row.total), page));
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

/** An entity of the answer, decoded, with what its level asked of it set on it. */
function assembled(ctx: Context, props: Row, level: EntityLevel, fields: Row): EntityNode {
  const entity = toEntityNode(props);
  assemble(ctx, entity, level, fields);
  return entity;
}

/**
 * Takes in what one entity's level answered: for each of its field plans, the page (each
 * relation with the entity at its other end, that entity assembled with the next level), and
 * the value each field of the operation makes of it, set on the entity for its resolver; the
 * citations asked, and the pages computed fields read, go to the loaders they read through.
 */
function assemble(ctx: Context, owner: EntityNode, level: EntityLevel, fields: Row): void {
  if (level.citations) ctx.loaders.entityCitations.prime(owner.id, fields.citations as CitationNode[]);
  for (const field of level.fields) {
    if (field.kinds && !field.kinds.includes(owner.kind)) continue;
    const answer = fields[`f${field.id}`] as { total: number | null; page: PageItemRow[] };
    const page = toRelationPage(owner.id, field.filter, answer);
    page.relations.forEach((relation, i) => {
      const item = answer.page[i];
      if (field.next && relation.other) assemble(ctx, relation.other, field.next, item.f as Row);
      if (field.citations) {
        for (const citation of item.c as CitationNode[]) ctx.loaders.citation.prime(citation.id, citation);
      }
    });
    for (const use of field.uses) {
      if (use.kind === 'reads') {
        primePage(ctx, owner.id, field.filter, page);
      } else {
        setPlanned(owner, use.key, { node: use.node, ...valueOf(use, owner.id, field.filter, page) });
      }
    }
  }
}

/**
 * Leaves a page where the loaders find it, for the resolvers that read through them (the
 * neighbourhood's walk, computed fields): the page under its key, the entities at its other
 * ends under theirs.
 */
function primePage(ctx: Context, ownerId: string, filter: RelationFilter, page: RelationPage): void {
  ctx.loaders.relations.prime({ id: ownerId, filter }, page);
  for (const relation of page.relations) {
    if (relation.other) ctx.loaders.entity.prime(relation.other.id, relation.other);
  }
}

function valueOf(
  use: Exclude<EntityLevel['fields'][number]['uses'][number], { kind: 'reads' }>,
  ownerId: string,
  filter: RelationFilter,
  page: RelationPage,
): { value: unknown; cut: boolean } {
  if (use.kind === 'field') {
    return relationFieldValue(use.field.spec, use.field.shape, page, filter, use.args);
  }
  return { value: relationsConnectionValue(ownerId, filter, page, use.at), cut: false };
}
