import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { toEntityNode } from '../graph/graph.nodes';

export interface FoundPath {
  nodes: EntityNode[];
  relations: Array<{ id: string; type: RelationNode['type']; source: string; props: Row }>;
}

export async function shortestPath(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  types: string[] | null,
): Promise<FoundPath | null> {
  const [row] = await db.read(cypher('traversal/shortest-path'), { from, to, maxHops, types });
  if (!row) return null;
  return {
    nodes: (row.nodes as Row[]).map(toEntityNode),
    relations: row.relations as FoundPath['relations'],
  };
}
