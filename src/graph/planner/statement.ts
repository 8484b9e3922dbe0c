import type { Row } from '../../db/database';
import type { CypherQuery } from '../../db/queries';
import { entityPageCalls, kindsParams, shapeName, type KindsShape } from '../store/entity-page';
import type { RelationFilter } from '../graph.repository';
import { pageCalls, requestParams, shapeKey, shapeOf } from '../store/relation-page';
import { isEmptyLevel, type EntityLevel, type FieldPlan, type Projection } from './plan';
import { entityProjection, relationProjection } from './projection';

/**
 * A plan as one Cypher statement: each level's relation fields are CALL subqueries on the
 * level's entity variable (pageCalls: the page cut before anything is projected), and the
 * entities at the other end of each page carry, per row, the subqueries of the next level. The
 * text depends only on the plan's shape (types, directions, what is asked where), so equal
 * questions reuse Neo4j's cached plan; every value is a parameter: $p.r<id> holds a field's
 * request ({atStart, atEnd, after, limit}), $p.k<id> the kinds it is asked of.
 */
export interface PlanStatement {
  query: CypherQuery;
  params: Row;
}

/**
 * The text as it is sent: without the indentation that makes it readable in the tests. A
 * statement is sent whole with every request, and the driver writes anything past 1,400 bytes
 * (text and parameters) to the socket in pieces.
 */
const compact = (text: string): string => text.replace(/\n\s+/g, '\n');

const CITATIONS_OF_ENTITY = (node: string, into: string) => `CALL (${node}) {
    MATCH (${node})-[cited:CITED_BY]->(x:Citation)
    WITH cited, x ORDER BY cited.position
    RETURN collect(x {.*, supports: cited.supports}) AS ${into}
  }`;

const CITATIONS_OF_RELATION = (rel: string, into: string) => `CALL (${rel}) {
    UNWIND coalesce(${rel}.citationIds, []) + coalesce(${rel}.titleCitationId, []) AS cid
    MATCH (x:Citation {id: cid})
    RETURN collect(properties(x)) AS ${into}
  }`;

/** The subqueries of a level on the entity variable `node`, and the map of what they return. */
function level(
  node: string,
  plan: EntityLevel,
  params: Row,
  shapes: string[],
  projection: Projection,
): { calls: string; map: string } {
  const calls: string[] = [];
  const entries: string[] = [];
  for (const field of plan.fields) {
    const read = fieldCalls(node, field, params, shapes, projection);
    calls.push(read.calls);
    entries.push(`f${field.id}: {page: page${field.id}, total: ${read.total}}`);
  }
  if (plan.citations) {
    calls.push(CITATIONS_OF_ENTITY(node, `cited_${node}`));
    entries.push(`citations: cited_${node}`);
  }
  return { calls: calls.join('\n  '), map: `{${entries.join(', ')}}` };
}

function fieldCalls(
  node: string,
  field: FieldPlan,
  params: Row,
  shapes: string[],
  projection: Projection,
): { calls: string; total: string } {
  const shape = shapeOf(field.filter);
  shapes.push(`${field.id}:${shapeKey(shape)}${field.kinds ? `@${field.kinds.join('|')}` : ''}`);
  params[`r${field.id}`] = requestParams('', field.filter);
  if (field.kinds) params[`k${field.id}`] = field.kinds;
  return pageCalls({
    node,
    req: `$p.r${field.id}`,
    shape,
    suffix: String(field.id),
    guard: field.kinds ? `${node}.kind IN $p.k${field.id}` : undefined,
    page: `page${field.id}`,
    total: `total${field.id}`,
    entityProjection: entityProjection(projection),
    relationProperties: (rel) => relationProjection(projection, rel),
    perRow:
      (field.next && !isEmptyLevel(field.next)) || field.citations
        ? (other, rel) => {
            const calls: string[] = [];
            const fields: string[] = [];
            if (field.next && !isEmptyLevel(field.next)) {
              const next = level(other, field.next, params, shapes, projection);
              calls.push(next.calls);
              fields.push(`f: ${next.map}`);
            }
            if (field.citations) {
              calls.push(CITATIONS_OF_RELATION(rel, `cites${field.id}`));
              fields.push(`c: cites${field.id}`);
            }
            return { calls: calls.filter(Boolean).join('\n    '), fields: fields.join(', ') };
          }
        : undefined,
  });
}

/** The statement of a plan rooted at one entity, by id ($root). */
export function entityPlanStatement(root: EntityLevel, projection: Projection): PlanStatement {
  const params: Row = {};
  const shapes: string[] = [];
  const { calls, map } = level('n', root, params, shapes, projection);
  return {
    query: {
      name: `planner/entity[${shapes.join(',')}]${projectionTag(projection)}`,
      text: compact(`MATCH (n:Entity {id: $root})
  ${calls}
RETURN n ${entityProjection(projection)} AS entity, ${map} AS fields`),
    },
    params: { p: params },
  };
}

/**
 * The statement of a plan rooted at a page of entities ($after, $limit): the page read as the
 * lists read it (entity-page-query.ts), then each entity of it with its level's subqueries.
 */
export function entityListPlanStatement(
  kinds: KindsShape,
  root: EntityLevel,
  projection: Projection,
): PlanStatement {
  const params: Row = {};
  const shapes: string[] = [];
  const { calls, map } = level('n', root, params, shapes, projection);
  return {
    query: {
      name: `planner/entities[${shapeName(kinds)};${shapes.join(',')}]${projectionTag(projection)}`,
      text: compact(`${entityPageCalls(kinds)}
CALL (page) {
  UNWIND page AS n
  ${calls}
  RETURN collect({entity: n ${entityProjection(projection)}, fields: ${map}}) AS rows
}
RETURN total, rows`),
    },
    params: { p: params, ...kindsParams(kinds) },
  };
}

/**
 * The statement of a neighbourhood walk ($root, `hops` deep): the breadth-first walk of
 * traversal/neighbourhood.ts, hop by hop in one statement. Each hop reads a page of relations
 * (the filter's, $p.r) of every entity first reached at the hop before, and the next frontier is
 * the entities at their other ends not reached yet; every page comes back with the entity it
 * was read for, for the planner to prime the relations loader with.
 */
export function neighbourhoodPlanStatement(
  filter: RelationFilter,
  hops: number,
  projection: Projection,
): PlanStatement {
  const shape = shapeOf(filter);
  const parts = [
    `MATCH (c:Entity {id: $root})
WITH c, [c.id] AS seen0, [c.id] AS frontier1`,
  ];
  const read = pageCalls({
    node: 'n',
    req: '$p.r',
    shape,
    entityProjection: entityProjection(projection),
    relationProperties: (rel) => relationProjection(projection, rel),
  });
  for (let hop = 1; hop <= hops; hop++) {
    parts.push(`CALL (frontier${hop}) {
  UNWIND frontier${hop} AS fid
  MATCH (n:Entity {id: fid})
  ${read.calls}
  RETURN collect({id: fid, page: page, total: ${read.total}}) AS pages${hop}
}`);
    if (hop < hops) {
      parts.push(`CALL (pages${hop}, seen${hop - 1}, frontier${hop}) {
  UNWIND pages${hop} AS read
  UNWIND read.page AS row
  WITH DISTINCT row.o.id AS reached, seen${hop - 1} + frontier${hop} AS seen
  WHERE NOT reached IN seen
  RETURN collect(reached) AS frontier${hop + 1}
}
WITH *, seen${hop - 1} + frontier${hop} AS seen${hop}`);
    }
  }
  const pages = Array.from({ length: hops }, (_, i) => `pages${i + 1}`).join(' + ');
  parts.push(`RETURN c ${entityProjection(projection)} AS entity, ${pages} AS pages`);
  return {
    query: {
      name: `planner/neighbourhood[${hops}:${shapeKey(shape)}]${projectionTag(projection)}`,
      text: compact(parts.join('\n')),
    },
    params: { p: { r: requestParams('', filter) } },
  };
}

/** The projection in a statement's name: slim entities (e), relations read in part (r(...)). */
function projectionTag(projection: Projection): string {
  const props = projection.relationProps;
  const tag = `${projection.slimEntities ? 'e' : ''}${props ? (props.size ? `r(${[...props].sort().join(',')})` : 'r') : ''}`;
  return tag ? `;slim:${tag}` : '';
}
