import type { RelationNode } from '../graph/graph.nodes';
import type { RelationPage } from '../graph/graph.repository';

export interface Neighbourhood {
  /** Every entity reached, with its distance in hops from the centre (0 for the centre). */
  distance: Map<string, number>;
  /** Every relation walked, once, seen from its source (direction OUTGOING). */
  relations: RelationNode[];
  /** True when some entity had more relations than one page, so some were left out. */
  truncated: boolean;
}

/**
 * A breadth-first walk out from one entity, `hops` deep. Each hop asks for the relations of the
 * whole frontier at once (one batch: one round trip per hop, whatever the frontier's size), and
 * an entity is reached at the hop that first finds it. Relations come back seen from the entity
 * they were listed for; they are turned to face their source so that each is kept once.
 */
export async function walkNeighbourhood(
  centerId: string,
  hops: number,
  relationsOf: (ids: string[]) => Promise<RelationPage[]>,
): Promise<Neighbourhood> {
  const distance = new Map<string, number>([[centerId, 0]]);
  const relations = new Map<string, RelationNode>();
  let frontier = [centerId];
  let truncated = false;
  for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
    const pages = await relationsOf(frontier);
    const next: string[] = [];
    for (const page of pages) {
      truncated ||= page.hasNextPage;
      for (const relation of page.relations) {
        if (!relations.has(relation.id)) relations.set(relation.id, fromSource(relation));
        if (!distance.has(relation.otherId)) {
          distance.set(relation.otherId, hop);
          next.push(relation.otherId);
        }
      }
    }
    frontier = next;
  }
  return { distance, relations: [...relations.values()], truncated };
}

function fromSource(relation: RelationNode): RelationNode {
  if (relation.direction === 'OUTGOING') return relation;
  return { ...relation, ownerId: relation.otherId, otherId: relation.ownerId, direction: 'OUTGOING' };
}
