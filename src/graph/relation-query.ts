import type { CypherQuery } from '../db/queries';
import { RELATION_TYPES, type RelationType } from '../domain/relation-types';

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
 * entities at the other end. The total is a COUNT {} of the same pattern.
 */

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** What decides the text of the statement; the values of a request are parameters. */
export interface RelationShape {
  /** Sorted, or null for every type. */
  types: readonly RelationType[] | null;
  direction: Direction;
  at: boolean;
  after: boolean;
}

export function shapeKey(shape: RelationShape): string {
  return `${shape.types?.join('|') ?? '*'}:${shape.direction}${shape.at ? ':at' : ''}${shape.after ? ':after' : ''}`;
}

/**
 * "As of" a date ($atStart, $atEnd: its first and last day): a relation without time qualifiers is
 * timeless and kept, except a tenure, whose period is then unknown; one with only a date (an
 * appointment, a signing) is kept once that date may have come; a tenure is kept while in office:
 * from its start (in office from, or the appointment when the source gives no separate start)
 * until its end, or when the source attests it at that date. A tenure the source only calls
 * "former" has no known period and is not kept.
 */
const AS_OF = `(
      (r.inOfficeFromStart IS NULL AND r.appointedOnStart IS NULL AND r.attestedOnStart IS NULL
        AND r.inOfficeUntilStart IS NULL AND r.former IS NULL AND type(r) <> 'HOLDS'
        AND (r.dateStart IS NULL OR r.dateStart <= {req}.atEnd))
      OR (coalesce(r.inOfficeFromStart, r.appointedOnStart) <= {req}.atEnd
        AND (r.inOfficeUntilEnd IS NULL OR r.inOfficeUntilEnd >= {req}.atStart))
      OR (r.attestedOnStart <= {req}.atEnd AND r.attestedOnEnd >= {req}.atStart))`;

/** The properties that only search reads: never sent to the server's resolvers. */
export const ENTITY_PROJECTION =
  '{.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}';

function pattern(node: string, shape: RelationShape, other: string): string {
  const types = shape.types === null ? '' : `:${shape.types.map(checkedType).join('|')}`;
  const rel = `[r${types}]`;
  if (shape.direction === 'OUTGOING') return `(${node})-${rel}->(${other}:Entity)`;
  if (shape.direction === 'INCOMING') return `(${node})<-${rel}-(${other}:Entity)`;
  return `(${node})-${rel}-(${other}:Entity)`;
}

function checkedType(type: string): string {
  if (!Object.hasOwn(RELATION_TYPES, type)) throw new Error(`not a relation type of the vocabulary: ${type}`);
  return type;
}

/**
 * CALL subqueries that, for the entity bound to `node` and the request map bound to `req`
 * ({id, atStart, atEnd, after, limit}), return `page` and `total`. The page is cut on ids alone;
 * only its rows then read the relation's properties and the entity at the other end.
 */
export function relationsCall(node: string, req: string, shape: RelationShape): string {
  const where = ['r.retractedAt IS NULL'];
  if (shape.at) where.push(AS_OF.replaceAll('{req}', req));
  const direction =
    shape.direction === 'BOTH'
      ? `CASE WHEN startNode(r) = ${node} THEN 'OUTGOING' ELSE 'INCOMING' END`
      : `'${shape.direction}'`;
  return `CALL (${node}, ${req}) {
    MATCH ${pattern(node, shape, 'other')}
    WHERE ${where.join(' AND ')}
    WITH r, other, ${direction} AS direction
    WITH r, other, direction, type(r) + '|' + direction + '|' + other.id + '|' + r.id AS sortKey${
      shape.after ? `\n    WHERE sortKey > ${req}.after` : ''
    }
    ORDER BY sortKey
    // LIMIT takes no variable: the page is cut from the ordered references instead.
    WITH ${req}, collect([r, other, direction, sortKey]) AS ordered
    UNWIND ordered[0..${req}.limit] AS row
    WITH row[0] AS r, row[1] AS other, row[2] AS direction, row[3] AS sortKey
    RETURN collect({type: type(r), direction: direction, sortKey: sortKey, props: properties(r),
                    other: other ${ENTITY_PROJECTION}}) AS page
  }
  CALL (${node}, ${req}) {
    RETURN COUNT { MATCH ${pattern(node, shape, 'other')} WHERE ${where.join(' AND ')} } AS total
  }`;
}

/**
 * One statement for many requests of many shapes: each shape's requests are unwound in a branch
 * of a UNION, so a tick of resolvers costs one round trip whatever their filters.
 */
export function relationsStatement(shapes: RelationShape[]): CypherQuery {
  const branches = shapes.map(
    (shape, i) => `UNWIND $groups[${i}] AS req
  MATCH (e:Entity {id: req.id})
  ${relationsCall('e', 'req', shape)}
  RETURN req.key AS key, total, page`,
  );
  return {
    name: `graph/relations[${shapes.map(shapeKey).join(',')}]`,
    text: `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}\nRETURN key, total, page`,
  };
}
