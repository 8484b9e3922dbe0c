import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import type { PageArgs } from '../graphql/page-args';
import type { EntityNode } from './graph.nodes';
import type { EntityPageKey } from './graph.loaders';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';

/** A page of entities of the given kinds in id order, primed into the entity loader. */
export async function listEntities(
  ctx: Context,
  kinds: EntityKind[] | null,
  args: PageArgs,
): Promise<Page<EntityNode>> {
  const first = pageSize(args.first, ctx.limits.maxPageSize);
  const after = decodeCursor(args.after);
  const { total, page } = await ctx.loaders.entityPages.load(entityPageKey(kinds, after, first));
  return toPage(page.slice(0, first), (entity) => entity.id, total, page.length > first, after);
}

/** The loader key of a page of `first` entities of these kinds after the cursor. */
export function entityPageKey(
  kinds: readonly EntityKind[] | null,
  after: string | null,
  first: number,
): EntityPageKey {
  return { kinds: kinds?.length ? [...new Set(kinds)].sort() : null, after, limit: first + 1 };
}
