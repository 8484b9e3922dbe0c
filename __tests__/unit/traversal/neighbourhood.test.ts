import type { RelationNode } from '../../../src/graph/graph.nodes';
import type { RelationPage } from '../../../src/graph/graph.repository';
import { walkNeighbourhood } from '../../../src/traversal/neighbourhood';

/** A small graph: a - b - c - d, and a - c; each edge stored once, from its source. */
const EDGES: Array<[string, string, string]> = [
  ['ab', 'a', 'b'],
  ['bc', 'b', 'c'],
  ['cd', 'c', 'd'],
  ['ac', 'a', 'c'],
];

function pagesOf(ids: string[], pageSize = 10): RelationPage[] {
  return ids.map((owner) => {
    const relations = EDGES.filter(([, s, t]) => s === owner || t === owner).map(
      ([id, source, target]): RelationNode => ({
        id,
        type: 'PART_OF',
        direction: source === owner ? 'OUTGOING' : 'INCOMING',
        ownerId: owner,
        otherId: source === owner ? target : source,
        sortKey: id,
        rank: 'NORMAL',
        rankReason: null,
        qualifiers: {
          former: false,
          roleId: null,
          recurrence: null,
          note: null,
          contextIds: [],
          attestation: 'SOURCE',
          curatorNote: null,
          title: null,
        },
        citationIds: [],
        provenance: { origin: 'DATASET', addedBy: null, addedAt: null, curatedBy: null, curatedAt: null },
      }),
    );
    return {
      total: relations.length,
      relations: relations.slice(0, pageSize),
      hasNextPage: relations.length > pageSize,
    };
  });
}

describe('the neighbourhood walk', () => {
  it('reaches each entity at the hop that first finds it, asking once per hop', async () => {
    const asked: string[][] = [];
    const walk = await walkNeighbourhood('a', 2, async (ids) => {
      asked.push(ids);
      return pagesOf(ids);
    });
    expect(asked).toEqual([['a'], ['b', 'c']]);
    expect([...walk.distance]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['d', 2],
    ]);
    expect(walk.truncated).toBe(false);
  });

  it('keeps each relation once, turned to face its source', async () => {
    const walk = await walkNeighbourhood('c', 1, async (ids) => pagesOf(ids));
    expect(walk.relations.map((r) => [r.id, r.ownerId, r.otherId, r.direction]).sort()).toEqual([
      ['ac', 'a', 'c', 'OUTGOING'],
      ['bc', 'b', 'c', 'OUTGOING'],
      ['cd', 'c', 'd', 'OUTGOING'],
    ]);
  });

  it('says it is truncated when an entity has more relations than a page', async () => {
    const walk = await walkNeighbourhood('a', 1, async (ids) => pagesOf(ids, 1));
    expect(walk.truncated).toBe(true);
    expect([...walk.distance.keys()]).toEqual(['a', 'b']);
  });

  it('stops early when the frontier empties', async () => {
    let calls = 0;
    await walkNeighbourhood('d', 3, async (ids) => {
      calls += 1;
      return ids.map(() => ({ total: 0, relations: [], hasNextPage: false }));
    });
    expect(calls).toBe(1);
  });
});
