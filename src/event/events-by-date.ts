import type { Context } from '../context';
import type { Row } from '../db/database';
import { cypher } from '../db/queries';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import type { DateRange } from '../graphql/date-range.input';
import { dateWindow } from '../graphql/date-window';
import type { PageArgs } from '../graphql/page-args';
import { toEntityNode, type EntityNode } from '../graph/graph.nodes';

/** A page of the events dated within a range, in date order, primed into the entity loader. */
export async function eventsByDate(
  ctx: Context,
  range: DateRange,
  args: PageArgs,
): Promise<Page<EntityNode>> {
  const first = pageSize(args.first, ctx.limits.maxPageSize);
  const after = decodeCursor(args.after);
  const { fromDay, toDay, fromFloor } = dateWindow(range.from, range.to, 'where.date.from');
  const [row] = await ctx.db.read(cypher('event/events-by-date'), {
    fromDay,
    toDay,
    fromFloor,
    after: after ?? '',
    limit: first + 1,
  });
  const found = (row.page as Row[]).map((item) => ({
    key: item.key as string,
    event: toEntityNode(item.entity as Row),
  }));
  const page = found.slice(0, first);
  for (const { event } of page) ctx.loaders.entity.prime(event.id, event);
  const keys = new Map(page.map(({ key, event }) => [event, key]));
  return toPage(
    page.map(({ event }) => event),
    (event) => keys.get(event)!,
    Number(row.total),
    found.length > first,
    after,
  );
}
