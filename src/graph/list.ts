import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import type { PageArgs } from '../graphql/page-args';
import type { EntityWhere, ListOrder } from '../graphql/list.types';
import type { EntityNode } from './graph.nodes';
import type { EntityPage, EntityPageKey } from './graph.loaders';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import {
  entityConditions,
  listOrder,
  orderedAfter,
  orderTag,
  testsEntity,
  type EntityConditions,
  type Order,
} from './list-filters';
import type { EntityFacets } from './list-facets';

/** What a list of entities may be asked: a page, a `where` and an order. */
export type EntityListArgs = PageArgs & { where?: Partial<EntityWhere> | null; orderBy?: ListOrder | null };

/**
 * A page of entities of the given kinds, in id order or the order asked, under the `where`
 * asked, primed into the entity loader; its facets are counted when asked. The kinds of a
 * `where` narrow the list's own.
 */
export async function listEntities(
  ctx: Context,
  kinds: EntityKind[] | null,
  args: EntityListArgs,
): Promise<Page<EntityNode> & { facets: EntityFacets }> {
  const first = pageSize(args.first, ctx.limits.maxPageSize);
  const after = decodeCursor(args.after);
  const where = entityConditions(args.where);
  const order = listOrder(args.orderBy, true);
  if (order && after !== null) orderedAfter(order, after);
  const narrowed = narrowKinds(kinds, where?.kinds ?? null);
  const conditions = where && { ...where, kinds: null };
  const listWhere = conditions && testsEntity(conditions) ? conditions : null;
  const facets = { key: { kinds: narrowed && sortedKinds(narrowed), where: listWhere } };
  if (narrowed?.length === 0) {
    return { ...toPage<EntityNode>([], (entity) => entity.id, 0, false, after), facets };
  }
  const key = entityPageKey(narrowed, after, first, listWhere, order);
  const { total, page, keys } = await ctx.loaders.entityPages.load(key);
  // An order of its own keeps each entity's sort key in its cursor (list-filters.ts).
  const sortKeys = new Map(page.map((entity, i) => [entity, keys?.[i] ?? entity.id]));
  const cursorKey = order
    ? (entity: EntityNode) => JSON.stringify([orderTag(order), sortKeys.get(entity), entity.id])
    : (entity: EntityNode) => entity.id;
  return { ...toPage(page.slice(0, first), cursorKey, total, page.length > first, after), facets };
}

function sortedKinds(kinds: readonly EntityKind[]): EntityKind[] {
  return [...new Set(kinds)].sort();
}

/** The kinds both the list and its `where` allow; null for all, [] for none. */
function narrowKinds(kinds: EntityKind[] | null, whereKinds: EntityKind[] | null): EntityKind[] | null {
  const listKinds = kinds?.length ? kinds : null;
  if (!whereKinds) return listKinds;
  return listKinds ? listKinds.filter((kind) => whereKinds.includes(kind)) : whereKinds;
}

/** The loader key of a page of `first` entities of these kinds after the cursor. */
export function entityPageKey(
  kinds: readonly EntityKind[] | null,
  after: string | null,
  first: number,
  where: EntityConditions | null = null,
  order: Order | null = null,
): EntityPageKey {
  return { kinds: kinds?.length ? sortedKinds(kinds) : null, after, limit: first + 1, where, order };
}

/** A page of an entity list as the loader holds it: the total, and the page read (one more than asked). */
export function plainPage(total: number, page: EntityNode[]): EntityPage {
  return { total, page };
}
