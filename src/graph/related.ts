import type { GraphQLResolveInfo } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from '../context';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { decodeCursor, pageSize } from '../graphql/connection';
import { loadAll } from './graph.loaders';
import type { CitationNode, RelationNode } from './graph.nodes';
import type { RelationFilter } from './graph.repository';
import type { ListOrder, RelationWhere } from '../graphql/list.types';
import { listOrder, orderedAfter, relationConditions } from './list-filters';

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

/**
 * What a computed field reads: relations of one entity, of these types, this way. `self` is the
 * entity the field is asked of (Mission.openedOn: its OPENED fact), `source` and `target` an end
 * of the fact it is asked of (Tenure.appointedBy: the holder's APPOINTED facts).
 */
export interface RelationsRead {
  of: 'self' | 'source' | 'target';
  /** Sorted. */
  types: RelationType[];
  direction: 'OUTGOING' | 'INCOMING';
}

/** The most relations a computed field reads of one entity (the page limit's default). */
export const MAX_READ = 100;

/**
 * Declares, where a computed field is declared, what it reads (@ReadsRelations('source',
 * 'APPOINTED', 'INCOMING')): the resolver reads it through readRelations, and the planner reads
 * the declaration to read the same relations ahead, under the same loader key.
 */
export function ReadsRelations(
  of: RelationsRead['of'],
  types: RelationType | RelationType[],
  direction: RelationsRead['direction'],
) {
  const reads: RelationsRead = { of, types: [types].flat().sort(), direction };
  return Extensions({ reads });
}

/** The loader filter of what a computed field reads: the one key its resolver and the planner build. */
export function readsFilter(reads: RelationsRead): RelationFilter {
  return {
    types: reads.types,
    direction: reads.direction,
    at: null,
    after: null,
    first: MAX_READ,
    where: null,
    order: null,
    counted: false,
  };
}

/** The declaration of the computed field being resolved. */
export function readsOf(info: GraphQLResolveInfo): RelationsRead {
  const reads = info.parentType.getFields()[info.fieldName]?.extensions?.reads as RelationsRead | undefined;
  if (!reads) throw new Error(`${info.parentType.name}.${info.fieldName} declares no @ReadsRelations`);
  return reads;
}

/** The relations the computed field being resolved declares, of the entity `ownerId`. */
export async function readRelations(
  ctx: Context,
  ownerId: string,
  info: GraphQLResolveInfo,
): Promise<RelationNode[]> {
  const page = await ctx.loaders.relations.load({ id: ownerId, filter: readsFilter(readsOf(info)) });
  return page.relations;
}

/** The citations a fact lists by id, through the batched citation loader, in the fact's order. */
export async function factCitations(ctx: Context, fact: RelationNode): Promise<CitationNode[]> {
  return loadAll(ctx.loaders.citation, fact.citationIds);
}
