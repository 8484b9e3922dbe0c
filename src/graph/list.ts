import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import type { PageArgs } from '../graphql/page-args';
import type { EntityNode } from './graph.nodes';
import { entitiesPage } from './graph.repository';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';

/** A page of entities of the given kinds in id order, primed into the entity loader. */
export async function listEntities(
  ctx: Context,
  kinds: EntityKind[] | null,
  args: PageArgs,
): Promise<Page<EntityNode>> {
  const first = pageSize(args.first, ctx.limits.maxPageSize);
  const after = decodeCursor(args.after);
  const { total, page } = await entitiesPage(ctx.db, kinds, after, first + 1);
  for (const entity of page) ctx.loaders.entity.prime(entity.id, entity);
  return toPage(page.slice(0, first), (entity) => entity.id, total, page.length > first, after);
}
