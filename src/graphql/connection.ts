import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../errors';
import { PER_PAGE_ITEM } from '../graphql/cost';

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when another page follows; ask for it with after: endCursor.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page: pass it as after.',
  })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay connection type for items of one type. Lists are in a stable order (documented on
 * each field), so a cursor keeps its place across requests.
 */
export function Connection<T extends object>(itemType: ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item in the list; pass it as after to read on.' })
    cursor!: string;

    @Field(() => itemType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge], {
      description: 'The items of the page with their cursors.',
      complexity: PER_PAGE_ITEM,
    })
    edges!: Edge[];

    @Field(() => [itemType], {
      description: 'The items of the page, without cursors.',
      complexity: PER_PAGE_ITEM,
    })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function toPage<T>(
  items: T[],
  keyOf: (item: T) => string,
  total: number,
  hasNextPage: boolean,
  after: string | null,
): Page<T> {
  const edges = items.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

/** The sort key inside a cursor; anything else is refused as BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    if (typeof decoded.k === 'string' && decoded.k.length <= 1000) return decoded.k;
  } catch {
    // falls through to the error below
  }
  throw new BadUserInputError(
    `${argument}: expected a cursor returned by this API (an endCursor), received "${cursor.slice(0, 60)}"`,
    argument,
  );
}

/** Checks a page size against its bounds. */
export function pageSize(first: number, max: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(
      `${argument}: expected a page size from 1 to ${max}, received ${first}`,
      argument,
    );
  }
  return first;
}
