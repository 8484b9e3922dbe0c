import type { GraphQLResolveInfo } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from '../context';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { decodeCursor, pageSize } from '../graphql/connection';
import { loadAll } from './graph.loaders';
import type { CitationNode, EntityNode, RelationNode } from './graph.nodes';
import type { RelationFilter } from './graph.repository';
import type { ListOrder, RelationWhere } from '../graphql/list.types';
import { listOrder, orderedAfter, relationConditions } from './list-filters';

/** How many related entities a typed list field returns; `relations` pages through any number. */
export const TYPED_LIST_LIMIT = 100;

/** The relations a typed field reads: of these types, this way from the entity it is asked of. */
export interface RelatedSpec {
  /** Sorted. */
  types: RelationType[];
  direction: 'OUTGOING' | 'INCOMING';
  /** The field's "as of" argument, when it has one (Position.holders(at:)). */
  atArg: string | null;
}

/**
 * Declares, where a typed field is declared, which relations it reads: `@Related('ORGAN_OF',
 * 'INCOMING')` on Organization.organs. The declaration lives in the schema (field extensions),
 * where the resolver reads it (related(ctx, owner, info)) and the look-ahead planner reads it
 * before any resolver runs, so both ask the loader for the very same key.
 */
export function Related(
  types: RelationType | RelationType[],
  direction: RelatedSpec['direction'],
  options: { at?: string } = {},
) {
  const spec: RelatedSpec = { types: [types].flat().sort(), direction, atArg: options.at ?? null };
  return Extensions({ related: spec });
}

/** The spec a field declared with @Related. */
export function relatedSpecOf(info: GraphQLResolveInfo): RelatedSpec {
  const spec = info.parentType.getFields()[info.fieldName]?.extensions?.related as RelatedSpec | undefined;
  if (!spec) throw new Error(`${info.parentType.name}.${info.fieldName} declares no @Related relations`);
  return spec;
}

/** The loader filter of a typed field, from its spec and arguments: one key for resolver and planner. */
export function relatedFilter(spec: RelatedSpec, args: Record<string, unknown>): RelationFilter {
  const at = spec.atArg ? ((args[spec.atArg] as PartialDate | null | undefined) ?? null) : null;
  return {
    types: spec.types,
    direction: spec.direction,
    at: at ? { start: firstDay(at), end: lastDay(at) } : null,
    after: null,
    first: TYPED_LIST_LIMIT,
    where: null,
    order: null,
    // A typed field is a plain list: no totalCount to count for.
    counted: false,
  };
}

/**
 * The loader filter of Entity.relations(types, direction, at, first, after, where, orderBy),
 * checked: a bad cursor, a cursor of another order, an empty name or a range ending before it
 * starts is BAD_USER_INPUT. The types of `where` join those of `types` (both must allow a type).
 */
export function relationArgsFilter(
  args: {
    types?: RelationType[] | null;
    direction: RelationFilter['direction'];
    at?: PartialDate | null;
    first: number;
    after?: string | null;
    where?: RelationWhere | null;
    orderBy?: ListOrder | null;
  },
  maxPageSize: number,
  counted: boolean,
): RelationFilter {
  const order = listOrder(args.orderBy, false);
  const after = decodeCursor(args.after);
  if (order && after !== null) orderedAfter(order, after);
  return {
    types: allowedTypes(args.types, args.where?.type?.in),
    direction: args.direction,
    at: args.at ? { start: firstDay(args.at), end: lastDay(args.at) } : null,
    after,
    first: pageSize(args.first, maxPageSize),
    where: relationConditions(args.where),
    order,
    counted,
  };
}

/** The types both lists allow, sorted; null when neither names any, [] when they share none. */
function allowedTypes(
  types: readonly RelationType[] | null | undefined,
  whereTypes: readonly RelationType[] | null | undefined,
): RelationType[] | null {
  const a = types?.length ? new Set(types) : null;
  const b = whereTypes ? new Set(whereTypes) : null;
  if (!a && !b) return null;
  const both = a && b ? [...a].filter((type) => b.has(type)) : [...(a ?? b)!];
  return both.sort();
}

/** Which end of a fact a field of a fact type returns: its source, its target, or the other end. */
export type End = 'source' | 'target' | 'other';

/**
 * Declares that a field of a fact type (Tenure.person, Relation.other) returns the entity at one
 * end of the fact, so the planner can plan what is asked of that entity too.
 */
export function End(end: End) {
  return Extensions({ end });
}

/** The relations a field of a fact type reads of one end of the fact. */
export interface EndRelatedSpec {
  end: 'source' | 'target';
  spec: RelatedSpec;
}

/**
 * Declares that a field of a fact type reads relations of one end of the fact: Tenure.appointedBy
 * reads the holder's APPOINTED facts (`@RelatedOfEnd('source', 'APPOINTED', 'INCOMING')`). Like
 * @Related, the declaration is where the resolver and the planner both read it.
 */
export function RelatedOfEnd(
  end: EndRelatedSpec['end'],
  types: RelationType | RelationType[],
  direction: RelatedSpec['direction'],
) {
  const related: EndRelatedSpec = { end, spec: { types: [types].flat().sort(), direction, atArg: null } };
  return Extensions({ endRelated: related });
}

/** The spec a field declared with @RelatedOfEnd. */
export function endRelatedSpecOf(info: GraphQLResolveInfo): EndRelatedSpec {
  const found = info.parentType.getFields()[info.fieldName]?.extensions?.endRelated as
    EndRelatedSpec | undefined;
  if (!found)
    throw new Error(`${info.parentType.name}.${info.fieldName} declares no @RelatedOfEnd relations`);
  return found;
}

/** The relations a spec names, of one entity, through the batched loader. */
export async function relationsBySpec(
  ctx: Context,
  owner: { id: string },
  spec: RelatedSpec,
  args: Record<string, unknown> = {},
): Promise<RelationNode[]> {
  const page = await ctx.loaders.relations.load({ id: owner.id, filter: relatedFilter(spec, args) });
  return page.relations;
}

/** The relations the field being resolved declares (@Related), of the entity it is asked of. */
export function relationsOf(
  ctx: Context,
  owner: { id: string },
  info: GraphQLResolveInfo,
  args: Record<string, unknown> = {},
): Promise<RelationNode[]> {
  return relationsBySpec(ctx, owner, relatedSpecOf(info), args);
}

/** The entities at the other end of the relations a spec names, in the relations' order. */
export async function relatedBySpec(
  ctx: Context,
  owner: { id: string },
  spec: RelatedSpec,
): Promise<EntityNode[]> {
  const relations = await relationsBySpec(ctx, owner, spec);
  return loadAll(
    ctx.loaders.entity,
    relations.map((relation) => relation.otherId),
  );
}

/** The entities at the other end of the relations the field being resolved declares. */
export function related(ctx: Context, owner: EntityNode, info: GraphQLResolveInfo): Promise<EntityNode[]> {
  return relatedBySpec(ctx, owner, relatedSpecOf(info));
}

export async function relatedOne(
  ctx: Context,
  owner: EntityNode,
  info: GraphQLResolveInfo,
): Promise<EntityNode | null> {
  return (await related(ctx, owner, info))[0] ?? null;
}

/** The citations a fact lists by id, through the batched citation loader, in the fact's order. */
export async function factCitations(ctx: Context, fact: RelationNode): Promise<CitationNode[]> {
  return loadAll(ctx.loaders.citation, fact.citationIds);
}
