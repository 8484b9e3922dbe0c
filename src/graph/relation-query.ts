import type { CypherQuery } from '../db/queries';
import { RELATION_TYPES, type RelationType } from '../domain/relation-types';
import {
  afterTest,
  orderByText,
  orderTag,
  relationConditionsShape,
  relationConditionTests,
  sortExpression,
  type Order,
  type RelationConditions,
} from './list-filters';

/**
 * The Cypher that reads a page of an entity's relations, composed from constant fragments by the
 * shape of the request: which relation types, which way, whether "as of" a date, whether after a
 * cursor. The types go into the pattern (`[r:HOLDS|APPOINTED]`), where Neo4j expands only those
 * relationships, instead of a run-time filter that expands them all; they are identifiers from
 * the vocabulary, checked against it here, never values, and each shape is one constant text for
 * Neo4j's plan cache. Values (ids, dates, cursors, page sizes) are always parameters.
 *
 * Within one call the page is taken before anything is projected: the relations are ordered by a
 * key built from ids alone, the page is cut, and only its rows read their properties and the
 * entities at the other end. The total, when asked, is a COUNT {} of the same pattern.
 */

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** What decides the text of the statement; the values of a request are parameters. */
export interface RelationShape {
  /** Sorted, or null for every type. */
  types: readonly RelationType[] | null;
  direction: Direction;
  at: boolean;
  after: boolean;
  /**
   * The conditions of a `where` (list-filters.ts); only which tests it asks shapes the text,
   * their values are the request's.
   */
  where: RelationConditions | null;
  /** An order other than the list's own (by type, direction, then the other entity). */
  order: Order | null;
  /** Whether the total is counted (only when asked: counting reads the whole list). */
  counted: boolean;
}

export function shapeKey(shape: RelationShape): string {
  const where = shape.where ? `:where(${relationConditionsShape(shape.where)})` : '';
  const order = shape.order ? `:order(${orderTag(shape.order)})` : '';
  return `${shape.types?.join('|') ?? '*'}:${shape.direction}${shape.at ? ':at' : ''}${shape.after ? ':after' : ''}${where}${order}${shape.counted ? ':counted' : ''}`;
}

/**
 * "As of" a date ({req}.atStart, {req}.atEnd: its first and last day): the relation holds on some
 * day of it. When a relation holds was worked out when it was stored (domain/as-of.ts); a
 * relation that never holds as of a date has no asOfStart, and the comparison is not true.
 */
const AS_OF = '{r}.asOfStart <= {req}.atEnd AND {r}.asOfEnd >= {req}.atStart';

/** The properties that only search reads: never sent to the server's resolvers. */
export const ENTITY_PROJECTION =
  '{.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}';

export function pattern(node: string, rel: string, shape: RelationShape, other: string): string {
  const types = shape.types?.length ? `:${shape.types.map(checkedType).join('|')}` : '';
  const edge = `[${rel}${types}]`;
  if (shape.direction === 'OUTGOING') return `(${node})-${edge}->(${other}:Entity)`;
  if (shape.direction === 'INCOMING') return `(${node})<-${edge}-(${other}:Entity)`;
  return `(${node})-${edge}-(${other}:Entity)`;
}

function checkedType(type: string): string {
  if (!Object.hasOwn(RELATION_TYPES, type)) throw new Error(`not a relation type of the vocabulary: ${type}`);
  return type;
}

export interface PageCalls {
  /** The entity variable whose relations are read. */
  node: string;
  /** An expression of the request map: {atStart, atEnd, after, limit}. */
  req: string;
  shape: RelationShape;
  /** Keeps the subqueries' variables apart from their neighbours' ('' when alone). */
  suffix?: string;
  /** A condition on `node` checked before anything is read (the kinds a typed field applies to). */
  guard?: string;
  /**
   * What else each row of the page carries: subqueries run per row after the page is cut (for
   * the entity at the other end, bound to `other`, or the relation, bound to `rel`), and the
   * fields they add to the row's map.
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
 * Two CALL subqueries that read a page of relations of the entity bound to `node` and their
 * total (null unless the shape is counted). The page is cut on an order built from ids alone; only its rows then read the
 * relation's properties, the entity at the other end, and whatever perRow adds. A request given
 * as a parameter cuts with LIMIT (Neo4j keeps only the top rows while sorting); LIMIT takes no
 * variable, so a request bound to one is cut from the ordered references instead. Both return
 * exactly one row, whatever matches.
 */
export function pageCalls(call: PageCalls): string {
  const x = call.suffix ?? '';
  const [r, o, d, k, s] = [`r${x}`, `o${x}`, `d${x}`, `k${x}`, `s${x}`];
  const { node, req, shape } = call;
  const where = relationTests(r, o, req, shape);
  const direction =
    shape.direction === 'BOTH'
      ? `CASE WHEN startNode(${r}) = ${node} THEN 'OUTGOING' ELSE 'INCOMING' END`
      : `'${shape.direction}'`;
  const guard = call.guard ? `\n    WITH ${node} WHERE ${call.guard}` : '';
  const extra = call.perRow?.(o, r);
  // A request bound to a variable is imported and carried along; a parameter is always in scope.
  const parameter = req.startsWith('$');
  const imported = parameter ? node : `${node}, ${req}`;
  // LIMIT takes a parameter but no variable: a page size bound to a variable cuts a list.
  // An order of its own sorts by its key (s), then by the list's own (k), which breaks ties;
  // without one the text is the list's own, unchanged.
  const { order } = shape;
  const carried = order ? [r, o, d, k, s] : [r, o, d, k];
  const cut = parameter
    ? `ORDER BY ${order ? orderByText(order, s, k) : k} LIMIT ${req}.limit`
    : `ORDER BY ${order ? orderByText(order, s, k) : k}
    WITH ${req}, collect([${carried.join(', ')}]) AS ordered
    UNWIND ordered[0..${req}.limit] AS row
    WITH ${carried.map((name, i) => `row[${i}] AS ${name}`).join(', ')}`;
  const keyed = order
    ? `\n    WITH ${r}, ${o}, ${d}, ${k}, ${sortExpression(order, o, r)} AS ${s}${
        shape.after ? `\n    WHERE ${afterTest(order, s, k, `${req}.afterSort`, `${req}.after`)}` : ''
      }`
    : shape.after
      ? `\n    WHERE ${k} > ${req}.after`
      : '';
  return `CALL (${imported}) {${guard}
    MATCH ${pattern(node, r, shape, o)}
    WHERE ${where.join(' AND ')}
    WITH ${r}, ${o}, ${direction} AS ${d}
    WITH ${r}, ${o}, ${d}, type(${r}) + '|' + ${d} + '|' + ${o}.id + '|' + ${r}.id AS ${k}${keyed}
    ${cut}${extra?.calls ? `\n    ${extra.calls}` : ''}
    RETURN collect({type: type(${r}), direction: ${d}, sortKey: ${k},${order ? ` orderKey: ${s},` : ''} props: ${call.relationProperties?.(r) ?? `properties(${r})`},
                    other: ${o} ${call.entityProjection ?? ENTITY_PROJECTION}${extra ? `, ${extra.fields}` : ''}}) AS ${call.page ?? 'page'}
  }
  ${
    shape.counted
      ? `CALL (${imported}) {${guard}
    RETURN sum(COUNT { MATCH ${pattern(node, r, shape, o)} WHERE ${where.join(' AND ')} }) AS ${call.total ?? 'total'}
  }`
      : `CALL () { RETURN null AS ${call.total ?? 'total'} }`
  }`;
}

/**
 * The tests a relation of the pattern must pass: not retracted, "as of" the date, the `where`
 * conditions (on it and on the entity at its other end); none when the types allowed are none.
 */
export function relationTests(r: string, o: string, req: string, shape: RelationShape): string[] {
  const where = [`${r}.retractedAt IS NULL`];
  if (shape.types?.length === 0) where.push('false');
  if (shape.at) where.push(AS_OF.replaceAll('{r}', r).replaceAll('{req}', req));
  where.push(...relationConditionTests(r, o, shape.where, (name) => `${req}.${name}`));
  return where;
}

/**
 * One statement for many requests of many shapes: each shape's requests are unwound in a branch
 * of a UNION, so a tick of resolvers costs one round trip whatever their filters.
 */
export function relationsStatement(shapes: RelationShape[]): CypherQuery {
  const branches = shapes.map(
    (shape, i) => `UNWIND $groups[${i}] AS req
  MATCH (e:Entity {id: req.id})
  ${pageCalls({ node: 'e', req: 'req', shape })}
  RETURN req.key AS key, total, page`,
  );
  return {
    name: `graph/relations[${shapes.map(shapeKey).join(',')}]`,
    text: `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}\nRETURN key, total, page`,
  };
}

/**
 * The counts of many requests' relations (a page's filter without its cursor and size) by type,
 * by the kind of the entity at the other end and by year (the first four characters of the
 * relation's date), as grouped rows, in one round trip as relationsStatement.
 */
export function relationFacetsStatement(shapes: RelationShape[]): CypherQuery {
  const branches = shapes.map(
    (shape, i) => `UNWIND $groups[${i}] AS req
  MATCH (e:Entity {id: req.id})
  MATCH ${pattern('e', 'r', shape, 'o')}
  WHERE ${relationTests('r', 'o', 'req', shape).join(' AND ')}
  RETURN req.key AS key, type(r) AS type, o.kind AS kind, left(r.factDate, 4) AS year, count(*) AS n`,
  );
  return {
    name: `graph/relation-facets[${shapes.map(shapeKey).join(',')}]`,
    text: `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}\nRETURN key, type, kind, year, n`,
  };
}
