import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { toEntityNode } from '../graph/graph.repository';
import { exactQuery } from '../db/lucene';

export interface TimelineFact {
  id: string;
  type: RelationNode['type'];
  source: EntityNode;
  target: EntityNode;
  props: Row;
}

export interface TimelineItems {
  things: EntityNode[];
  follows: Array<{ thing: string; other: EntityNode; thingCameAfter: boolean }>;
  facts: TimelineFact[];
}

export async function timelineItems(db: Database, id: string): Promise<TimelineItems> {
  const [row] = await db.read(cypher('timeline/items'), { id, contextQuery: exactQuery(id) });
  if (!row) return { things: [], follows: [], facts: [] };
  return {
    things: (row.things as Row[]).map(toEntityNode),
    follows: (row.follows as Row[]).map((f) => ({
      thing: f.thing as string,
      other: toEntityNode(f.other as Row),
      thingCameAfter: f.thingCameAfter as boolean,
    })),
    facts: (row.facts as Row[]).map((f) => ({
      id: f.id as string,
      type: f.type as RelationNode['type'],
      source: toEntityNode(f.source as Row),
      target: toEntityNode(f.target as Row),
      props: f.props as Row,
    })),
  };
}
