import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { toEntityNode, toRelationNode } from '../graph/graph.nodes';
import { exactQuery } from '../db/lucene';

/** A dated fact, seen from its source. */
export type TimelineFact = RelationNode & { direction: 'OUTGOING' };

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
    facts: (row.facts as Row[]).map(
      (f) =>
        toRelationNode(
          { type: f.type, source: f.source as string, target: f.target as string, props: f.props as Row },
          f.source as string,
        ) as TimelineFact,
    ),
  };
}
