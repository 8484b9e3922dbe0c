import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { selects } from '../../graphql/selection';
import { KIND_LABELS, type EntityKind } from '../../domain/kinds';
import type { RelationFilter } from '../graph.repository';
import { readsFilter, relationArgsFilter, type End, type RelationsRead } from '../related';
import { typedFieldFilter, type RelationFieldExtension } from '../schema/relation-fields.resolver';

/**
 * The plan of one root field: what the operation will ask of the entities it reaches, read from
 * the selection before any resolver runs. Each level is a set of entities; each relation field
 * asked of them (a typed field declared with @Related, or Entity.relations) is a FieldPlan with
 * the very filter its resolver will give the relations loader, and, when the query goes on to
 * the entities at the other end, the level of those.
 */
export interface EntityLevel {
  fields: FieldPlan[];
  /** Entity.citations is asked of these entities. */
  citations: boolean;
}

export interface FieldPlan {
  /** Unique within the plan: it names the statement's variables and parameters. */
  id: number;
  filter: RelationFilter;
  /** The kinds of entity the field is asked of (a typed field's type); null for any. */
  kinds: EntityKind[] | null;
  /** What is asked of the entities at the other end, if anything. */
  next: EntityLevel | null;
  /** The relations' citations are asked. */
  citations: boolean;
}

/**
 * How much of each entity and relation a plan's statement reads (projection.ts decides it for
 * a whole operation).
 */
export interface Projection {
  /** Entities read as id, kind and names only. */
  slimEntities: boolean;
  /** Relations read as their id only (type, direction and ends come from the pattern). */
  slimRelations: boolean;
}

export interface PlanContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  maxPageSize: number;
  /**
   * The fragments already merged into each level or fact field: a second spread of one fragment
   * there adds nothing, and following it again would cost 2^n for n fragments that each spread
   * the one before twice (a 1 KB document).
   */
  spread: WeakMap<object, Set<string>>;
  /** How much of each entity and relation the statements read (projection.ts). */
  projection: Projection;
}

/** Whether the fragment is spread into `into` for the first time (and records that it is). */
function firstSpread(ctx: PlanContext, into: object, fragment: string): boolean {
  const seen = ctx.spread.get(into) ?? new Set<string>();
  ctx.spread.set(into, seen);
  if (seen.has(fragment)) return false;
  seen.add(fragment);
  return true;
}

const KIND_OF_TYPE = new Map(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as EntityKind]));
const ENTITY_INTERFACE = 'Entity';

/** The kind of an entity type (Person: PERSON); null for the Entity interface. */
export function kindOf(type: GraphQLNamedType): EntityKind | null {
  return KIND_OF_TYPE.get(type.name) ?? null;
}

export function emptyLevel(): EntityLevel {
  return { fields: [], citations: false };
}

/** Whether a level asks nothing of its entities' relations or citations. */
export function isEmptyLevel(level: EntityLevel): boolean {
  return level.fields.length === 0 && !level.citations;
}

/** Whether the type is an entity type: the Entity interface or a type implementing it. */
export function isEntityType(type: GraphQLNamedType): boolean {
  if (type.name === ENTITY_INTERFACE) return true;
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === ENTITY_INTERFACE);
}

/**
 * What a selection on entities of `type` asks, following inline fragments and fragment spreads
 * (each fragment at most once per level: validation has refused cycles). Fields the planner does
 * not know are left to their resolvers, which batch through the loaders as without a plan.
 */
export function entityLevel(
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  ctx: PlanContext,
  ids: { next: number },
  level: EntityLevel = emptyLevel(),
): EntityLevel {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition
        ? ctx.schema.getType(selection.typeCondition.name.value)
        : type;
      if (narrowed) entityLevel(selection.selectionSet, narrowed, ctx, ids, level);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      if (!firstSpread(ctx, level, selection.name.value)) continue;
      const fragment = ctx.fragments.get(selection.name.value);
      const narrowed = fragment && ctx.schema.getType(fragment.typeCondition.name.value);
      if (fragment && narrowed) entityLevel(fragment.selectionSet, narrowed, ctx, ids, level);
    } else {
      entityField(selection, type, ctx, ids, level);
    }
  }
  return level;
}

function entityField(
  node: FieldNode,
  type: GraphQLNamedType,
  ctx: PlanContext,
  ids: { next: number },
  level: EntityLevel,
): void {
  if (!isObjectType(type) && !isAbstractType(type)) return;
  const field = (type as GraphQLObjectType).getFields()[node.name.value] as GraphQLField<unknown, unknown>;
  if (!field) return;
  if (node.name.value === 'citations') {
    level.citations = true;
    return;
  }
  const declared = field.extensions?.relationField as RelationFieldExtension | undefined;
  const reads = field.extensions?.reads as RelationsRead | undefined;
  const isRelations = field.extensions?.relations === true;
  const kind = KIND_OF_TYPE.get(type.name);
  if (reads?.of === 'self') {
    addField(level, readsFilter(reads), kind ? [kind] : null, ids);
    return;
  }
  if (!declared && !isRelations) return;
  const args = getArgumentValues(field, node, ctx.variables);
  const counted = selects([node.selectionSet], 'totalCount', (name) => ctx.fragments.get(name));
  const filter = declared
    ? typedFieldFilter(declared.spec, declared.shape, args, ctx.maxPageSize, counted)
    : relationArgsFilter(args as Parameters<typeof relationArgsFilter>[0], ctx.maxPageSize, counted);
  const plan = addField(level, filter, kind ? [kind] : null, ids);
  if (declared) {
    const itemType = getNamedType(ctx.schema.getType(declared.spec.returns.type.name) ?? field.type);
    const items = declared.shape === 'connection' ? connectionItems(node.selectionSet) : [node.selectionSet];
    for (const selection of items) {
      if (declared.spec.returns.kind === 'entity') {
        plan.next = entityLevel(selection, itemType, ctx, ids, plan.next ?? emptyLevel());
      } else {
        factSelection(selection, itemType, filter, plan, level, ctx, ids);
      }
    }
  } else {
    // A RelationConnection: the relations are its nodes, or its edges' node.
    const relationType = ctx.schema.getType('Relation')!;
    for (const items of connectionItems(node.selectionSet)) {
      factSelection(items, relationType, filter, plan, level, ctx, ids);
    }
  }
}

/**
 * What a selection on facts (a Relation, a Tenure, ...) asks of the entity at the other end:
 * the fields declared with @End that return it.
 */
function factSelection(
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  filter: RelationFilter,
  plan: FieldPlan,
  owner: EntityLevel,
  ctx: PlanContext,
  ids: { next: number },
): void {
  if (!isObjectType(type)) return;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      factSelection(selection.selectionSet, type, filter, plan, owner, ctx, ids);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      if (!firstSpread(ctx, plan, selection.name.value)) continue;
      const fragment = ctx.fragments.get(selection.name.value);
      if (fragment) factSelection(fragment.selectionSet, type, filter, plan, owner, ctx, ids);
      continue;
    }
    const field = type.getFields()[selection.name.value];
    if (!field) continue;
    if (selection.name.value === 'citations') plan.citations = true;
    // An office title's citation is one of the fact's citations to the planner (titleCitationId).
    if (selection.name.value === 'title' && asks(selection.selectionSet, 'citation')) plan.citations = true;
    if (selection.name.value === 'relation') {
      factSelection(selection.selectionSet, getNamedType(field.type), filter, plan, owner, ctx, ids);
    }
    const reads = field.extensions?.reads as RelationsRead | undefined;
    if (reads && reads.of !== 'self' && filter.direction !== 'BOTH') {
      // Relations of one end of the fact: the entity it was listed for, or the one at the other end.
      const level = reachesOther(reads.of, filter.direction) ? (plan.next ??= emptyLevel()) : owner;
      const read = addField(level, readsFilter(reads), null, ids);
      const returned = getNamedType(field.type);
      if (isEntityType(returned)) {
        read.next = entityLevel(selection.selectionSet, returned, ctx, ids, read.next ?? emptyLevel());
      }
    }
    const end = field.extensions?.end as End | undefined;
    if (end && reachesOther(end, filter.direction)) {
      plan.next = entityLevel(
        selection.selectionSet,
        getNamedType(field.type),
        ctx,
        ids,
        plan.next ?? emptyLevel(),
      );
    }
  }
}

/** The selection sets a connection's selection asks of its items: under nodes, or edges { node }. */
export function connectionItems(
  selectionSet: SelectionSetNode | undefined,
): Array<SelectionSetNode | undefined> {
  const items: Array<SelectionSetNode | undefined> = [];
  for (const part of selectionSet?.selections ?? []) {
    if (part.kind !== Kind.FIELD) continue;
    if (part.name.value === 'nodes') items.push(part.selectionSet);
    if (part.name.value === 'edges') {
      for (const edge of part.selectionSet?.selections ?? []) {
        if (edge.kind === Kind.FIELD && edge.name.value === 'node') items.push(edge.selectionSet);
      }
    }
  }
  return items;
}

/** Whether a selection set asks for the field, directly. */
function asks(selectionSet: SelectionSetNode | undefined, name: string): boolean {
  return (selectionSet?.selections ?? []).some(
    (part) => part.kind === Kind.FIELD && part.name.value === name,
  );
}

/**
 * Whether a field returning one end of a fact returns the entity at the other end from the one
 * the fact was listed for: the source is the other end of an INCOMING relation. Either way may
 * hold for relations listed BOTH ways; those are planned for the other end, and the rest falls
 * to the loaders.
 */
function reachesOther(end: End, direction: RelationFilter['direction']): boolean {
  if (end === 'other' || direction === 'BOTH') return true;
  return end === 'source' ? direction === 'INCOMING' : direction === 'OUTGOING';
}

/** A field plan for this filter at this level: one per filter, the kinds it is asked of joined. */
function addField(
  level: EntityLevel,
  filter: RelationFilter,
  kinds: EntityKind[] | null,
  ids: { next: number },
): FieldPlan {
  const key = JSON.stringify(filter);
  const found = level.fields.find((field) => JSON.stringify(field.filter) === key);
  if (found) {
    found.kinds = found.kinds && kinds ? [...new Set([...found.kinds, ...kinds])].sort() : null;
    return found;
  }
  const plan: FieldPlan = { id: ids.next++, filter, kinds, next: null, citations: false };
  level.fields.push(plan);
  return plan;
}
