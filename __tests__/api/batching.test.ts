import { startApi, type Api } from '../helpers/api';

/**
 * Resolvers never query once per item: a page of 20 entities with their relations, typed fields
 * and citations costs the same number of round trips as a page of 2. These are the loaders on
 * their own, as they serve whatever the planner does not plan (it is off here; planner.test.ts
 * shows it).
 */
describe('batched loading', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ planner: false });
  });
  afterAll(() => api.close());

  const cost = async (query: string, first: number) => {
    const result = await api.run(query, { first });
    expect(result.errors).toBeUndefined();
    return { roundTrips: result.roundTrips, data: result.data! };
  };

  it('reads a page of entities with their relations in the same round trips for 2 as for 20', async () => {
    const query = `query ($first: Int!) {
      entities(first: $first) {
        nodes {
          id name description
          citations { quote source { id } }
          relations(first: 5) { totalCount nodes { type reading other { id name } citations { start } } }
        }
      }
    }`;
    const small = await cost(query, 2);
    const large = await cost(query, 20);
    expect(large.data.entities.nodes).toHaveLength(20);
    expect(small.data.entities.nodes).toHaveLength(2);
    expect(large.roundTrips).toBe(small.roundTrips);
    // entities page, their citations, relations (with their other ends), relation citations, sources
    expect(large.roundTrips).toBe(5);
  });

  it('reads typed fields of many entities in one round trip per level', async () => {
    const query = `query ($first: Int!) {
      positions(first: $first) {
        nodes {
          name
          organization { name }
          accreditedTo { name }
          holders { person { name } appointedBy { name } }
        }
      }
    }`;
    const small = await cost(query, 2);
    const large = await cost(query, 20);
    expect(large.data.positions.nodes.length).toBeGreaterThan(2);
    expect(large.roundTrips).toBe(small.roundTrips);
    // The page, then a statement per field of a level (organization, accreditedTo, holders: the
    // shapes are never one union, whose combinations would be statements without end), then
    // the holders' appointments: the same for 2 positions as for 20.
    expect(large.roundTrips).toBe(5);
  });

  it('walks several levels of relations at one round trip per level', async () => {
    const result = await api.run(`{
      entity(id: "oic") {
        relations(first: 50) { nodes { other { relations(first: 50) { nodes { other { id } } } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(3);
  });
});
