import { startApi, type Api } from '../helpers/api';

describe('walking the graph', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('finds what connects Patrick Simonnet to the OIC Secretary-General, in order', async () => {
    const result = await api.run(`{
      shortestPath(from: "patrick-simonnet", to: "oic-secretary-general") {
        length nodes { id } steps { from { id } to { id } relation { id type direction } }
      }
    }`);
    expect(result.data!.shortestPath).toEqual({
      length: 3,
      nodes: [
        { id: 'patrick-simonnet' },
        { id: 'eu-representative-to-the-oic' },
        { id: 'oic' },
        { id: 'oic-secretary-general' },
      ],
      steps: [
        {
          from: { id: 'patrick-simonnet' },
          to: { id: 'eu-representative-to-the-oic' },
          relation: {
            id: 'simonnet-holds-eu-representative-to-the-oic',
            type: 'HOLDS',
            direction: 'OUTGOING',
          },
        },
        {
          from: { id: 'eu-representative-to-the-oic' },
          to: { id: 'oic' },
          relation: {
            id: 'eu-representative-to-the-oic-accredited-to-oic',
            type: 'ACCREDITED_TO',
            direction: 'OUTGOING',
          },
        },
        {
          from: { id: 'oic' },
          to: { id: 'oic-secretary-general' },
          relation: {
            id: 'oic-secretary-general-position-of-oic',
            type: 'POSITION_OF',
            direction: 'INCOMING',
          },
        },
      ],
    });
  });

  it('walks only the relation types asked for, and gives up past maxHops', async () => {
    const holdsOnly = await api.run(
      '{ shortestPath(from: "patrick-simonnet", to: "josep-borrell", types: [HOLDS, APPOINTED]) { length } }',
    );
    expect(holdsOnly.data!.shortestPath).toEqual({ length: 1 });
    const tooShort = await api.run(
      '{ shortestPath(from: "patrick-simonnet", to: "oic-secretary-general", maxHops: 2) { length } }',
    );
    expect(tooShort.data!.shortestPath).toBeNull();
  });

  it('returns a path of length 0 from an entity to itself', async () => {
    const result = await api.run(
      '{ shortestPath(from: "oic", to: "oic") { length nodes { id } steps { from { id } } } }',
    );
    expect(result.data!.shortestPath).toEqual({ length: 0, nodes: [{ id: 'oic' }], steps: [] });
  });

  it('returns the neighbourhood within the hops asked for, each relation once', async () => {
    const result = await api.run(`{
      neighbourhood(id: "patrick-simonnet", hops: 2) {
        center { id } hops truncated nodes { id } relations { id source { id } target { id } direction }
      }
    }`);
    const subgraph = result.data!.neighbourhood;
    expect(subgraph.center).toEqual({ id: 'patrick-simonnet' });
    expect(subgraph.nodes.map((n: any) => n.id)).toEqual([
      'patrick-simonnet',
      'eu-representative-to-the-oic',
      'head-of-eu-delegation-to-saudi-arabia',
      'josep-borrell',
      'eu',
      'eu-delegation-to-saudi-arabia',
      'eu-high-representative',
      'oic',
    ]);
    expect(subgraph.relations.map((r: any) => r.id)).toEqual([
      'borrell-appointed-simonnet',
      'borrell-holds-eu-high-representative',
      'eu-representative-to-the-oic-accredited-to-oic',
      'eu-representative-to-the-oic-position-of-eu',
      'head-of-eu-delegation-to-saudi-arabia-position-of-delegation',
      'simonnet-holds-eu-representative-to-the-oic',
      'simonnet-holds-head-of-eu-delegation-to-saudi-arabia',
    ]);
    expect(subgraph.relations.every((r: any) => r.direction === 'OUTGOING')).toBe(true);
    expect(subgraph.truncated).toBe(false);
  });

  it('restricts the neighbourhood to relation types and to a date', async () => {
    const result = await api.run(`{
      typed: neighbourhood(id: "oic-secretary-general", types: [HOLDS]) { nodes { id } }
      before: neighbourhood(id: "oic-secretary-general", types: [HOLDS], at: "2020") { nodes { id } }
    }`);
    expect(result.data!.typed.nodes.map((n: any) => n.id)).toEqual([
      'oic-secretary-general',
      'hissein-brahim-taha',
      'madani',
    ]);
    // In 2020 Taha was appointed but not yet in office, and Madani is attested only in 2015.
    expect(result.data!.before.nodes.map((n: any) => n.id)).toEqual(['oic-secretary-general']);
  });
});
