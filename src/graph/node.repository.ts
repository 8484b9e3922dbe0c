import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import {
  toEntityNode,
  toRelationNode,
  type CitationNode,
  type EntityNode,
  type RelationNode,
} from './graph.nodes';

/** What an id names, as cypher/graph/nodes-by-ids.cypher finds it. */
export type NodeRecord =
  | { kind: 'ENTITY'; entity: EntityNode }
  | { kind: 'RELATION'; relation: RelationNode }
  | { kind: 'CITATION'; citation: CitationNode }
  | { kind: 'SOURCE'; source: Row };

const KINDS: Array<NodeRecord['kind']> = ['ENTITY', 'RELATION', 'CITATION', 'SOURCE'];

/**
 * Whatever each id names, in one round trip. Ids are globally unique; should a graph loaded
 * before that rule hold one id twice, the entity wins over the relation, the citation and the
 * source, so that the answer is the same every time.
 */
export async function nodesByIds(db: Database, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const rows = await db.read(cypher('graph/nodes-by-ids'), { ids });
  const found = new Map<string, NodeRecord>();
  const rank = (row: Row) => KINDS.indexOf(row.kind as NodeRecord['kind']);
  // Lowest rank last, so that it is the one kept.
  for (const row of [...rows].sort((a, b) => rank(b) - rank(a)))
    found.set(row.id as string, toNodeRecord(row));
  return found;
}

function toNodeRecord(row: Row): NodeRecord {
  const props = row.props as Row;
  switch (row.kind) {
    case 'ENTITY':
      return { kind: 'ENTITY', entity: toEntityNode(props) };
    case 'RELATION': {
      // Seen from its source: the one reading of a relation that no entity page chose.
      const from = row.from as string;
      const stored = { type: row.type, source: from, target: row.to as string, props };
      return { kind: 'RELATION', relation: toRelationNode(stored, from) };
    }
    case 'CITATION':
      return { kind: 'CITATION', citation: props as unknown as CitationNode };
    default:
      return { kind: 'SOURCE', source: props };
  }
}
