import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import { dayRangeQuery, exactQuery } from '../db/lucene';
import { parsePartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import type { EntityNode } from '../graph/graph.nodes';
import { toEntityNode, toRelationNode } from '../graph/graph.nodes';
import type { Entry, EntryKind } from './build-timeline';
import type { DateWindow } from '../graphql/date-window';

export interface TimelineQuery {
  /** The entity whose timeline it is; null for the whole graph's. */
  id: string | null;
  window: DateWindow;
  kinds: readonly EntryKind[] | null;
  types: readonly RelationType[] | null;
  /** The key of the entry to read after ('' from the start). */
  after: string;
  limit: number;
}

export interface TimelinePage {
  /** The timeline's entity; null for the whole graph's. */
  entity: EntityNode | null;
  /** Entries in the window, across all pages. */
  total: number;
  /** Dated entries in the window by the year of their own date. */
  years: Array<{ year: number; count: number }>;
  entries: Entry[];
  recurring: EntityNode[];
  undated: EntityNode[];
}

const dateOf = (text: unknown) => (typeof text === 'string' ? parsePartialDate(text) : null);

/** The first days of a relation's dates, as the relation_dates index holds them. */
const RELATION_DATE_STARTS = [
  'dateStart',
  'appointedOnStart',
  'inOfficeFromStart',
  'inOfficeUntilStart',
  'attestedOnStart',
] as const;

/**
 * One page of a timeline: one statement, which windows, orders and pages in Neo4j; null for an
 * unknown id. An entity's timeline and the whole graph's are two statements, each cheap to plan.
 */
export async function timelinePage(db: Database, query: TimelineQuery): Promise<TimelinePage | null> {
  const { id, window, kinds, types, after, limit } = query;
  // Parameters keep one type whatever is asked ([] for no filter): Neo4j keys its plan cache on them.
  const common = { ...window, kinds: kinds ?? [], types: types ?? [], after, limit };
  const [row] =
    id === null
      ? await db.read(cypher('timeline/graph-items'), {
          ...common,
          // A dated relation may fall in the window only if one of its dates starts in this range.
          dateQuery: dayRangeQuery(RELATION_DATE_STARTS, window.fromFloor, window.toDay),
        })
      : await db.read(cypher('timeline/entity-items'), { ...common, id, contextQuery: exactQuery(id) });
  if (!row) return null;
  return {
    entity: row.entity ? toEntityNode(row.entity as Row) : null,
    total: Number(row.total),
    years: (row.years as Row[]).map((y) => ({ year: Number(y.year), count: Number(y.count) })),
    entries: (row.page as Row[]).map((e) => {
      const fact = e.fact as Row | null;
      const relation = fact
        ? toRelationNode(
            {
              type: fact.type,
              source: fact.source as string,
              target: fact.target as string,
              props: fact.props as Row,
            },
            // Seen from the timeline's entity when it is the target, from its source otherwise.
            fact.target === id ? (fact.target as string) : (fact.source as string),
          )
        : null;
      return {
        key: e.key as string,
        kind: e.kind as EntryKind,
        date: dateOf(e.date),
        notBefore: dateOf(e.notBefore),
        notAfter: dateOf(e.notAfter),
        entity: e.thing ? toEntityNode(e.thing as Row) : null,
        relation,
      };
    }),
    recurring: (row.recurring as Row[]).map(toEntityNode),
    undated: (row.undated as Row[]).map(toEntityNode),
  };
}
