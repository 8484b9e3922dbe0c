import type { Row } from '../db/database';
import type { EntityKind } from '../domain/kinds';
import { firstDay, lastDay } from '../domain/partial-date';
import { nameSortKey } from '../domain/sort-keys';
import { BadUserInputError } from '../errors';
import { encodeCursor } from '../graphql/connection';
import { Language } from '../graphql/enums';
import type { DateRange } from '../graphql/date-range.input';
import type { EntityWhere, ListOrder, NameFilter, RelationWhere } from '../graphql/list.types';

/**
 * The `where` and `orderBy` of lists, checked and normalised into conditions, and the Cypher
 * fragments that test them. A condition's text depends only on which tests are asked (its
 * shape), so one shape is one constant text for Neo4j's plan cache; the values the tests compare
 * with are always parameters. Names compare by their sort keys (domain/sort-keys.ts), dates by
 * their first and last days, both stored when the graph is written.
 */

/** The conditions on an entity, with the values they compare with. */
export interface EntityConditions {
  ids: string[] | null;
  /** Only on the entity at the other end of a relation: entity lists read kinds as labels. */
  kinds: EntityKind[] | null;
  nameContains: string | null;
  nameStartsWith: string | null;
  nameLang: 'AR' | 'EN' | null;
  /** First and last day of the range. */
  date: { from: string; to: string } | null;
  citedIn: string | null;
}

export interface RelationConditions {
  other: EntityConditions | null;
  date: { from: string; to: string } | null;
  citedIn: string | null;
}

/** START is a tenure's start, for the tenure order of typed fields (not offered to clients). */
export type OrderFieldName = 'ID' | 'NAME_EN' | 'NAME_AR' | 'DATE' | 'START';

export interface Order {
  field: OrderFieldName;
  direction: 'ASC' | 'DESC';
}

const MAX_IDS = 1000;
const OPEN_START = '0001-01-01';
const OPEN_END = '9999-12-31';

function nameText(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const key = nameSortKey(value);
  if (key === '') {
    throw new BadUserInputError(
      `${argument}: expected a name with a letter or digit, received "${value}"`,
      argument,
    );
  }
  return key;
}

function dateRange(
  range: DateRange | null | undefined,
  argument: string,
): { from: string; to: string } | null {
  if (!range) return null;
  const from = range.from ? firstDay(range.from) : OPEN_START;
  const to = range.to ? lastDay(range.to) : OPEN_END;
  if (from > to) {
    throw new BadUserInputError(
      `${argument}: expected from no later than to, received from "${range.from!.text}" to "${range.to!.text}"`,
      argument,
    );
  }
  return { from, to };
}

function names(name: NameFilter | null | undefined, argument: string) {
  return {
    nameContains: nameText(name?.contains, `${argument}.name.contains`),
    nameStartsWith: nameText(name?.startsWith, `${argument}.name.startsWith`),
    nameLang:
      name?.lang === Language.AR ? ('AR' as const) : name?.lang === Language.EN ? ('EN' as const) : null,
  };
}

/**
 * An entity `where`, checked (a name with nothing to compare, a range that ends before it
 * starts, too many ids are BAD_USER_INPUT), or null when it asks nothing: `where: {}` is no
 * filter, and reads as fast.
 */
export function entityConditions(
  where: Partial<EntityWhere> | null | undefined,
  argument = 'where',
): EntityConditions | null {
  if (!where) return null;
  const ids = where.id?.in ?? null;
  if (ids && ids.length > MAX_IDS) {
    throw new BadUserInputError(
      `${argument}.id.in: expected at most ${MAX_IDS} ids, received ${ids.length}`,
      argument,
    );
  }
  const conditions: EntityConditions = {
    ids: ids ? [...new Set(ids)].sort() : null,
    kinds: where.kind?.in ? [...new Set(where.kind.in)].sort() : null,
    ...names(where.name, argument),
    date: dateRange(where.date, `${argument}.date`),
    citedIn: where.citedIn ?? null,
  };
  if (!conditions.nameContains && !conditions.nameStartsWith) conditions.nameLang = null;
  return conditions.kinds || testsEntity(conditions) ? conditions : null;
}

/** Whether conditions test anything of an entity beyond its kind (which a list reads as labels). */
export function testsEntity(c: EntityConditions): boolean {
  return Boolean(c.ids || c.nameContains || c.nameStartsWith || c.date || c.citedIn);
}

/** A relation `where` without its types (they join the pattern), or null when it asks nothing. */
export function relationConditions(where: RelationWhere | null | undefined): RelationConditions | null {
  if (!where) return null;
  const conditions = {
    other: entityConditions(where.other, 'where.other'),
    date: dateRange(where.date, 'where.date'),
    citedIn: where.citedIn ?? null,
  };
  return conditions.other || conditions.date || conditions.citedIn ? conditions : null;
}

/** An order, or null for the list's own order (by id, ascending, for entities). */
export function listOrder(order: ListOrder | null | undefined, idIsDefault: boolean): Order | null {
  if (!order) return null;
  const normalised: Order = { field: order.field, direction: order.direction ?? 'ASC' };
  return idIsDefault && normalised.field === 'ID' && normalised.direction === 'ASC' ? null : normalised;
}

/** What a param of a condition is called in the text: `$name`, or a field of a request map. */
export type ParamRef = (name: string) => string;

/** The shape of entity conditions: which tests, not their values. */
export function entityConditionsShape(c: EntityConditions | null): string {
  if (!c) return '';
  const parts = [
    c.ids && 'id',
    c.kinds && 'kind',
    c.nameContains && `contains${c.nameLang ?? ''}`,
    c.nameStartsWith && `starts${c.nameLang ?? ''}`,
    c.date && 'date',
    c.citedIn && 'cited',
  ];
  return parts.filter(Boolean).join('+');
}

function nameTest(node: string, c: EntityConditions, operator: string, param: string): string {
  const props =
    c.nameLang === 'AR'
      ? ['nameArSort']
      : c.nameLang === 'EN'
        ? ['nameEnSort']
        : ['nameEnSort', 'nameArSort'];
  const tests = props.map((prop) => `${node}.${prop} ${operator} ${param}`);
  return tests.length === 1 ? tests[0] : `(${tests.join(' OR ')})`;
}

/** The tests of entity conditions on `node`, to be joined with AND. */
export function entityConditionTests(node: string, c: EntityConditions | null, ref: ParamRef): string[] {
  if (!c) return [];
  const tests: string[] = [];
  if (c.ids) tests.push(`${node}.id IN ${ref('ids')}`);
  if (c.kinds) tests.push(`${node}.kind IN ${ref('kinds')}`);
  if (c.nameStartsWith) tests.push(nameTest(node, c, 'STARTS WITH', ref('nameStartsWith')));
  if (c.nameContains) tests.push(nameTest(node, c, 'CONTAINS', ref('nameContains')));
  if (c.date) tests.push(`${node}.dateEnd >= ${ref('dateFrom')} AND ${node}.dateStart <= ${ref('dateTo')}`);
  if (c.citedIn)
    tests.push(`EXISTS { MATCH (${node})-[:CITED_BY]->(:Citation {sourceId: ${ref('citedIn')}}) }`);
  return tests;
}

/** The values entity conditions compare with, named as entityConditionTests refers to them. */
export function entityConditionParams(c: EntityConditions | null, prefix = ''): Row {
  if (!c) return {};
  return {
    [`${prefix}ids`]: c.ids,
    [`${prefix}kinds`]: c.kinds,
    [`${prefix}nameContains`]: c.nameContains,
    [`${prefix}nameStartsWith`]: c.nameStartsWith,
    [`${prefix}dateFrom`]: c.date?.from ?? null,
    [`${prefix}dateTo`]: c.date?.to ?? null,
    [`${prefix}citedIn`]: c.citedIn,
  };
}

export function relationConditionsShape(c: RelationConditions | null): string {
  if (!c) return '';
  const parts = [
    c.other && `other(${entityConditionsShape(c.other)})`,
    c.date && 'date',
    c.citedIn && 'cited',
  ];
  return parts.filter(Boolean).join('+');
}

/** The tests of relation conditions on the relation `r` and the entity `o` at its other end. */
export function relationConditionTests(
  r: string,
  o: string,
  c: RelationConditions | null,
  ref: ParamRef,
): string[] {
  if (!c) return [];
  const tests = entityConditionTests(o, c.other, (name) => ref(`o_${name}`));
  if (c.date) tests.push(`${r}.factDateEnd >= ${ref('dateFrom')} AND ${r}.factDateStart <= ${ref('dateTo')}`);
  if (c.citedIn)
    tests.push(`any(cid IN coalesce(${r}.citationIds, []) WHERE cid STARTS WITH ${ref('citedPrefix')})`);
  return tests;
}

export function relationConditionParams(c: RelationConditions | null): Row {
  if (!c) return {};
  return {
    ...entityConditionParams(c.other, 'o_'),
    dateFrom: c.date?.from ?? null,
    dateTo: c.date?.to ?? null,
    // A citation's id is `<source>@<start>-<end>` (graph/records.ts citationId).
    citedPrefix: c.citedIn === null ? null : `${c.citedIn}@`,
  };
}

/** Sorts after every stored date key, so that undated items come last in ascending order. */
export const UNDATED = '~';

/** The expression an order sorts entities (`node`) or relations (`rel`, `other`) by. */
export function sortExpression(order: Order, node: string, rel?: string): string {
  switch (order.field) {
    case 'ID':
      return `${rel ?? node}.id`;
    case 'NAME_EN':
      return `${node}.nameEnSort`;
    case 'NAME_AR':
      return `${node}.nameArSort`;
    case 'DATE':
      return `coalesce(${rel ?? node}.dateSort, '${UNDATED}')`;
    case 'START':
      return tenureStart(rel ?? node);
  }
}

/**
 * A tenure's place in the order tenures began (Position.holders, Person.tenures): its start (in
 * office from, else appointed on, else attested on) as a date sort key (domain/sort-keys.ts:
 * first day | precision rank | text; the rank from the text's length, 4, 7 or 10 characters),
 * undated last, then its id. Worked out from the stored dates (each with its first day), so the
 * order is applied in Cypher before a page is cut.
 */
function tenureStart(r: string): string {
  const key = (q: string) => `${r}.${q}Start + '|' + toString((size(${r}.${q}) - 1) / 3) + '|' + ${r}.${q}`;
  return (
    `CASE WHEN ${r}.inOfficeFrom IS NOT NULL THEN ${key('inOfficeFrom')} ` +
    `WHEN ${r}.appointedOn IS NOT NULL THEN ${key('appointedOn')} ` +
    `WHEN ${r}.attestedOn IS NOT NULL THEN ${key('attestedOn')} ELSE '${UNDATED}' END + '|' + ${r}.id`
  );
}

/** The order of the tenures of a typed field: as they began. */
export const TENURE_ORDER: Order = { field: 'START', direction: 'ASC' };

export function orderTag(order: Order): string {
  return `${order.field}:${order.direction}`;
}

/**
 * The cursor of an item of an ordered list: the order, the item's sort key and its tie-breaker
 * (an id, or a relation's own order key), so the next page starts right after it.
 */
export function orderedCursor(order: Order, sortKey: string, tie: string): string {
  return encodeCursor(JSON.stringify([orderTag(order), sortKey, tie]));
}

/**
 * The sort key and tie-breaker in a decoded cursor of an ordered list; a cursor of another order
 * (or of the list's own order) is refused, since it would not mark a place in this one.
 */
export function orderedAfter(
  order: Order,
  key: string,
  argument = 'after',
): { sortKey: string; tie: string } {
  try {
    const parsed = JSON.parse(key) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === orderTag(order) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string'
    ) {
      return { sortKey: parsed[1], tie: parsed[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw new BadUserInputError(
    `${argument}: expected a cursor of this list in the order ${orderTag(order)} (an endCursor of it)`,
    argument,
  );
}

/** The keyset test: what sorts after the cursor, in the order's direction. */
export function afterTest(
  order: Order,
  sort: string,
  tie: string,
  afterSort: string,
  afterTie: string,
): string {
  const op = order.direction === 'ASC' ? '>' : '<';
  return `(${sort} ${op} ${afterSort} OR (${sort} = ${afterSort} AND ${tie} ${op} ${afterTie}))`;
}

export function orderByText(order: Order, sort: string, tie: string): string {
  return `${sort} ${order.direction}, ${tie} ${order.direction}`;
}
