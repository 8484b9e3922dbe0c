import type { Row } from '../../db/database';
import type { CypherQuery } from '../../db/queries';
import { RELATION_TYPES, type RelationType } from '../../domain/relation-types';
import {
  afterTest,
  orderByText,
  orderTag,
  orderedAfter,
  sortExpression,
  type Order,
  type RelationConditions,
} from '../list-filters';
import { relationConditionParams, relationConditionTests } from './conditions';

/**
 * The Cypher that reads a page of an entity's relations. Its text depends only on the shape of
 * the request: which way, whether a `where` is asked, its order, and the relation types when a
 * typed field declares them (they go into the pattern, `[r:HOLDS]`, where Neo4j expands only
 * those relationships). Everything a request gives is a parameter: relation types it names
 * (`type(r) IN req.types`), the "as of" day, the cursor, the page size, whether to count, the
 * `where` values; each test is guarded by its parameter being null (store/conditions.ts). So
 * the texts are few (a direction, an order, a `where` or not, per declared field) and Neo4j
 * plans each once, whatever the requests (issue 19: types written into the text made 2^31).
 *
 * Within one call the page is taken before anything is projected: the relations are ordered by a
 * key built from ids alone (or the order's key, then that one), the page is cut, and only its rows
 * read their properties and the entities at the other end.
 */

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** A request for a page of relations of one entity, as resolvers, loaders and the planner make it. */
export interface RelationFilter {
  /** Sorted, so that equal filters make equal loader keys; null for every type. */
  types: RelationType[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** First and last day of the "as of" date. */
  at: { start: string; end: string } | null;
  after: string | null;
  /** Page size; one more is read to tell whether another page follows. */
  first: number;
  /** The conditions of a `where`, its types aside (they are in types); null for none. */
  where: RelationConditions | null;
  /** An order of its own; null for the list's own (type, direction, other entity). */
  order: Order | null;
  /**
   * Whether the whole list is counted: only when `totalCount` is asked, since counting reads
   * every relation of the list (a hub's thousands for a page of five).
   */
  counted: boolean;
  /**
   * The types are a typed field's declaration (relation-fields.ts), not a request's: written into
   * the statement's pattern, where Neo4j expands only them. A request's types are a parameter.
   */
  declaredTypes?: boolean;
  /**
   * False for a typed list or single field: no cursors and no total (a connection's page, and
   * Entity.relations, are paged).
   */
  paged?: boolean;
  /** False for a typed field that takes no `at`: its statement has no "as of" test. */
  asOfCapable?: boolean;
}

/** What decides the text of a statement; the values of a request are parameters. */
export interface RelationShape {
  /** A typed field's declared types (sorted), written into the pattern; 'param': $types; null: any. */
  types: readonly RelationType[] | 'param' | null;
  direction: Direction;
  /** Whether a `where` is asked (its tests are then written, each guarded). */
  where: boolean;
  /** An order other than the list's own (by type, direction, then the other entity). */
  order: Order | null;
  /**
   * A page of a connection: its items carry their cursors, and a total is counted when the
   * request asks. A typed list or single field needs neither.
   */
  paged: boolean;
  /** Whether the request may ask "as of" a date (a typed field that takes no `at` never does). */
  at: boolean;
}

export function shapeKey(shape: RelationShape): string {
  const types = shape.types === 'param' ? '$types' : (shape.types?.join('|') ?? '*');
  return `${types}:${shape.direction}${shape.at ? ':at' : ''}${shape.where ? ':where' : ''}${shape.order ? `:order(${orderTag(shape.order)})` : ''}${shape.paged ? '' : ':list'}`;
}

/** The shape of a filter: what decides the text of its statement. */
export function shapeOf(filter: RelationFilter): RelationShape {
  return {
    types: filter.types === null ? null : filter.declaredTypes ? filter.types : 'param',
    direction: filter.direction,
    where: filter.where !== null,
    order: filter.order,
    paged: filter.paged !== false,
    at: filter.asOfCapable !== false,
  };
}

/**
 * A request's values, as the statement's parameters: the request map its text reads (`req.*`),
 * with nulls for what the request does not ask.
 */
export function requestParams(id: string, filter: RelationFilter): Row {
  const shape = shapeOf(filter);
  const position = filter.order && filter.after !== null ? orderedAfter(filter.order, filter.after) : null;
  // Only what the shape's text reads: every parameter is sent with every request.
  return {
    ...(id ? { id } : {}),
    ...(shape.types === 'param' ? { types: filter.types } : {}),
    ...(shape.at ? { atStart: filter.at?.start ?? null, atEnd: filter.at?.end ?? null } : {}),
    ...(shape.paged
      ? {
          after: position ? position.tie : filter.after,
          afterSort: position?.sortKey ?? null,
          counted: filter.counted,
        }
      : {}),
    // One more than the page, to tell whether another page follows.
    limit: filter.first + 1,
    ...(filter.where ? relationConditionParams(filter.where) : {}),
  };
}

/** Every property of an entity but those only search reads (its name keys): what resolvers decode. */
export const ENTITY_PROJECTION =
  '{.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}';

export function pattern(node: string, rel: string, shape: RelationShape, other: string): string {
  const types =
    Array.isArray(shape.types) && shape.types.length ? `:${shape.types.map(checkedType).join('|')}` : '';
  const edge = `[${rel}${types}]`;
  if (shape.direction === 'OUTGOING') return `(${node})-${edge}->(${other}:Entity)`;
  if (shape.direction === 'INCOMING') return `(${node})<-${edge}-(${other}:Entity)`;
  return `(${node})-${edge}-(${other}:Entity)`;
}

/** A declared type is checked against the vocabulary before it is written: it is never a request value. */
function checkedType(type: string): string {
  if (!Object.hasOwn(RELATION_TYPES, type)) throw new Error(`not a relation type of the vocabulary: ${type}`);
  return type;
}

/**
 * The tests a relation of the pattern must pass: not retracted, of the types asked, as of the
 * date ("as of" was worked out when the relation was stored, domain/as-of.ts: a relation that
 * never holds as of a date has no asOfStart, and the comparison is not true), and the `where`.
 * Typed fields (their types declared) and every "as of" answer use the best-ranked statements
 * only: a statement outranked in its group (domain/ranks.ts; the flag is set when a rank or the
 * group changes) is left out; the generic view without a date lists every statement, ranked.
 */
export function relationTests(r: string, o: string, req: string, shape: RelationShape): string {
  const tests = [`${r}.retractedAt IS NULL`];
  const answers = Array.isArray(shape.types);
  if (answers) tests.push(`${r}.outranked IS NULL`);
  if (shape.at) {
    const ranked = answers ? '' : `${r}.outranked IS NULL AND `;
    tests.push(
      `(${req}.atStart IS NULL OR (${ranked}${r}.asOfStart <= ${req}.atEnd AND ${r}.asOfEnd >= ${req}.atStart))`,
    );
  }
  if (Array.isArray(shape.types) && shape.types.length === 0) tests.push('false');
  if (shape.types === 'param') tests.push(`type(${r}) IN ${req}.types`);
  if (shape.where) tests.push(relationConditionTests(r, o, (name) => `${req}.${name}`));
  return tests.join('\n      AND ');
}

export interface PageCalls {
  /** The entity variable whose relations are read. */
  node: string;
  /** The request map: a parameter (`$p.r0`) or a variable (`req`). */
  req: string;
  shape: RelationShape;
  /** Keeps the subqueries' variables apart from their neighbours' ('' when alone). */
  suffix?: string;
  /** A condition on `node` checked before anything is read (the kinds a typed field applies to). */
  guard?: string;
  /**
   * What else each row of the page carries: subqueries run per row after the page is cut (on the
   * entity at the other end, bound to `other`, or the relation, bound to `rel`), and the entries
   * they add to the row's map.
   */
  perRow?: (other: string, rel: string) => { calls: string; fields: string };
  /** The names the two subqueries return. */
  page?: string;
  total?: string;
  /** How the entity at the other end is projected (ENTITY_PROJECTION unless told). */
  entityProjection?: string;
  /** How the relation's properties are read (all unless told). */
  relationProperties?: (rel: string) => string;
}

/**
 * A page item as a statement returns it: the relation's type (unless the shape has but one),
 * which way it is read (when the shape reads both), for a connection its place in the list's own
 * order and in the list's order when it has one of its own (its cursor), its properties, the
 * entity at its other end, and what perRow added. Short keys, and only what the shape does not
 * say: every map key is sent with every item.
 */
export interface PageItemRow {
  t?: string;
  d?: 'OUTGOING' | 'INCOMING';
  k?: string;
  s?: string;
  p: Row;
  o: Row;
  [more: string]: unknown;
}

/**
 * The CALL subqueries that read a page of relations of the entity bound to `node`, and, for a
 * paged shape, their total (null unless the request counts); with the expression of the total
 * (`null` for a shape that never counts). A request given as a parameter cuts with LIMIT (Neo4j
 * keeps only the top rows while sorting); LIMIT takes no variable, so a request bound to one is
 * cut from the ordered rows instead. Each returns exactly one row, whatever matches.
 */
export function pageCalls(call: PageCalls): { calls: string; total: string } {
  const x = call.suffix ?? '';
  const [r, o, d, k, s] = [`r${x}`, `o${x}`, `d${x}`, `k${x}`, `s${x}`];
  const { node, req, shape } = call;
  const tests = relationTests(r, o, req, shape);
  const direction =
    shape.direction === 'BOTH'
      ? `CASE WHEN startNode(${r}) = ${node} THEN 'OUTGOING' ELSE 'INCOMING' END`
      : `'${shape.direction}'`;
  const guard = call.guard ? `\n    WITH ${node} WHERE ${call.guard}` : '';
  const extra = call.perRow?.(o, r);
  const parameter = req.startsWith('$');
  const imported = parameter ? node : `${node}, ${req}`;
  const { order } = shape;
  const typeKnown = Array.isArray(shape.types) && shape.types.length === 1;
  // A paged list keys each item with the list's own order as text (its cursor); a plain list
  // orders by the same parts, without making the text: no cursor reads it.
  const listOrder = shape.paged
    ? k
    : [
        ...(typeKnown ? [] : [`type(${r})`]),
        ...(shape.direction === 'BOTH' ? [d] : []),
        `${o}.id`,
        `${r}.id`,
      ].join(', ');
  const keyed = shape.paged ? [k] : [];
  const carried = [r, o, d, ...keyed, ...(order ? [s] : [])];
  const listKey = shape.paged
    ? `,\n         type(${r}) + '|' + ${d} + '|' + ${o}.id + '|' + ${r}.id AS ${k}`
    : '';
  const sortKey = order ? `,\n         ${sortExpression(order, o, r)} AS ${s}` : '';
  // A cursor is a paged list's: a plain list starts at its beginning.
  const after = !shape.paged
    ? ''
    : order
      ? `\n    WHERE (${req}.after IS NULL OR ${afterTest(order, s, k, `${req}.afterSort`, `${req}.after`)})`
      : `\n    WHERE (${req}.after IS NULL OR ${k} > ${req}.after)`;
  const by = order ? orderByText(order, s, listOrder) : listOrder;
  // LIMIT takes a parameter but no variable: a page size bound to a variable cuts a list.
  const cut = parameter
    ? `ORDER BY ${by} LIMIT ${req}.limit`
    : `ORDER BY ${by}
    WITH ${req}, collect([${carried.join(', ')}]) AS ordered
    UNWIND ordered[0..${req}.limit] AS row
    WITH ${carried.map((name, i) => `row[${i}] AS ${name}`).join(', ')}`;
  const entries = [
    ...(typeKnown ? [] : [`t: type(${r})`]),
    ...(shape.direction === 'BOTH' ? [`d: ${d}`] : []),
    ...(shape.paged ? [`k: ${k}`, ...(order ? [`s: ${s}`] : [])] : []),
    `p: ${call.relationProperties?.(r) ?? `properties(${r})`}`,
    `o: ${o} ${call.entityProjection ?? ENTITY_PROJECTION}`,
    ...(extra ? [extra.fields] : []),
  ];
  const page = `CALL (${imported}) {${guard}
    MATCH ${pattern(node, r, shape, o)}
    WHERE ${tests}
    WITH ${r}, ${o}, ${direction} AS ${d}${listKey || sortKey ? `\n    WITH ${r}, ${o}, ${d}${listKey}${sortKey}` : ''}${after}
    ${cut}${extra?.calls ? `\n    ${extra.calls}` : ''}
    RETURN collect({${entries.join(', ')}}) AS ${call.page ?? 'page'}
  }`;
  if (!shape.paged) return { calls: page, total: 'null' };
  return {
    calls: `${page}
  CALL (${imported}) {${guard}
    RETURN collect(CASE WHEN ${req}.counted THEN COUNT { MATCH ${pattern(node, r, shape, o)} WHERE ${tests} } END)[0] AS ${call.total ?? 'total'}
  }`,
    total: call.total ?? 'total',
  };
}

/** The row of one request of the loader's statement: its position among the requests, the total and the page. */
export interface RelationPageRow {
  key: number;
  total: number | null;
  page: PageItemRow[];
}

/**
 * The statement of one shape's requests ($requests: one map each, requestParams with its key):
 * a tick of resolvers sends one statement per shape it asks, side by side (never a union of
 * shapes, whose combinations would be statements without end).
 */
export function relationsStatement(shape: RelationShape): CypherQuery<RelationPageRow> {
  return {
    name: `graph/relations[${shapeKey(shape)}]`,
    text: (() => {
      const { calls, total } = pageCalls({ node: 'e', req: 'req', shape });
      return `UNWIND $requests AS req
MATCH (e:Entity {id: req.id})
${calls}
RETURN req.key AS key, ${total} AS total, page`;
    })(),
  };
}

/** The row of one request's facets: its key, and a count per type, kind at the other end and year. */
export interface RelationFacetRow {
  key: number;
  type: string;
  kind: string;
  year: string | null;
  n: number;
}

/**
 * The counts of one shape's requests (their filters without cursor or page size) by type, by the
 * kind of the entity at the other end and by year (the first four characters of the relation's
 * date), as grouped rows.
 */
export function relationFacetsStatement(shape: RelationShape): CypherQuery<RelationFacetRow> {
  return {
    name: `graph/relation-facets[${shapeKey(shape)}]`,
    text: `UNWIND $requests AS req
MATCH (e:Entity {id: req.id})
MATCH ${pattern('e', 'r', shape, 'o')}
WHERE ${relationTests('r', 'o', 'req', shape)}
RETURN req.key AS key, type(r) AS type, o.kind AS kind, left(r.factDate, 4) AS year, count(*) AS n`,
  };
}
