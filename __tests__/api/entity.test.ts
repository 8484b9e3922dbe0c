import { readDatasetFiles } from '../../src/dataset/files';
import { startApi, type Api } from '../helpers/api';

const countOf = (kind: string) => readDatasetFiles().entities.filter((entity) => entity.kind === kind).length;

describe('the generic entity view', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('pages entities of some kinds in id order, each page from its cursor, with the total', async () => {
    const dataset = readDatasetFiles().entities;
    const expected = dataset
      .filter((entity) => entity.kind === 'PERSON' || entity.kind === 'POSITION')
      .map((entity) => entity.id)
      .sort();
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const result = await api.run(
        `query($after: String) { entities(kinds: [POSITION, PERSON, PERSON], first: 4, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id }
        } }`,
        { after },
      );
      const { totalCount, pageInfo, nodes } = result.data!.entities;
      expect(totalCount).toBe(expected.length);
      seen.push(...nodes.map((node: { id: string }) => node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const all = await api.run(
      '{ entities(first: 3) { totalCount nodes { id } } people(first: 2) { totalCount } }',
    );
    expect(all.data).toEqual({
      entities: {
        totalCount: dataset.length,
        nodes: dataset
          .map((e) => ({ id: e.id }))
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .slice(0, 3),
      },
      people: { totalCount: countOf('PERSON') },
    });
  });

  it('gives names, aliases and description in both languages, and the citations', async () => {
    const result = await api.run(`{
      entity(id: "oic-council-of-foreign-ministers") {
        id kind name nameAr: name(lang: AR) names { text lang }
        aliases(lang: EN) { text kind }
        description descriptionAr: description(lang: AR)
        citations { quote start end supports }
      }
    }`);
    expect(result.data!.entity).toEqual({
      id: 'oic-council-of-foreign-ministers',
      kind: 'ORGAN',
      name: 'Council of Foreign Ministers',
      nameAr: 'مجلس وزراء الخارجية',
      names: [
        { text: 'مجلس وزراء الخارجية', lang: 'AR' },
        { text: 'Council of Foreign Ministers', lang: 'EN' },
      ],
      aliases: [
        { text: 'CFM', kind: 'ACRONYM' },
        { text: 'OIC Council of Foreign Ministers', kind: 'FULL_NAME' },
      ],
      description: 'Organ of the OIC that meets once a year.',
      descriptionAr: 'جهاز من أجهزة منظمة التعاون الإسلامي يجتمع مرة في السنة.',
      citations: [
        {
          quote: 'كما يجتمع مجلس وزراء الخارجية مرة في السنة',
          start: 266,
          end: 308,
          supports: ['name', 'recurrence'],
        },
      ],
    });
  });

  it('pages through relations in a stable order with cursors and a total', async () => {
    const query =
      'query ($after: String) { entity(id: "oic") { relations(first: 5, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result = await api.run(query, { after });
      const connection = result.data!.entity.relations;
      expect(connection.totalCount).toBe(20);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...connection.nodes.map((n: any) => n.id));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(20);
    const all = await api.run('{ entity(id: "oic") { relations(first: 100) { nodes { id } } } }');
    expect(all.data!.entity.relations.nodes.map((n: any) => n.id)).toEqual(seen);
  });

  it('filters relations by type and direction, and reads them from the entity asked about', async () => {
    const result = await api.run(`{
      entity(id: "oic") {
        incoming: relations(types: [ORGAN_OF], direction: INCOMING) { nodes { direction reading other { id } } }
        outgoing: relations(types: [ORGAN_OF], direction: OUTGOING) { totalCount }
      }
    }`);
    expect(result.data!.entity.incoming.nodes).toEqual([
      { direction: 'INCOMING', reading: 'has as organ', other: { id: 'islamic-summit' } },
      { direction: 'INCOMING', reading: 'has as organ', other: { id: 'oic-council-of-foreign-ministers' } },
      { direction: 'INCOMING', reading: 'has as organ', other: { id: 'oic-general-secretariat' } },
    ]);
    expect(result.data!.entity.outgoing.totalCount).toBe(0);
  });

  it('lists each kind as its own connection, in id order', async () => {
    const result = await api.run(
      '{ people(first: 3) { totalCount nodes { id } } topics(first: 1) { totalCount } }',
    );
    expect(result.data!.people).toEqual({
      totalCount: countOf('PERSON'),
      nodes: [{ id: 'hissein-brahim-taha' }, { id: 'javier-solana' }, { id: 'josep-borrell' }],
    });
    expect(result.data!.topics.totalCount).toBe(countOf('TOPIC'));
  });

  it('resolves each kind to its own type with its own fields', async () => {
    const result = await api.run(`{
      mou: entity(id: "eu-oic-mou-2015") {
        __typename
        ... on Agreement {
          date { text precision } purpose { en }
          signatories { signatory { name } capacity { name } date { text } }
          parties { name } signedAt { name }
        }
      }
      som: entity(id: "eu-oic-senior-officials-meeting-2020-07") {
        __typename
        ... on Event { date { text } mode eventType instanceOf { name } cooperationAreas { name } participants { participant { id } } }
      }
      visit: entity(id: "eeas-visit-to-jeddah-2011") { ... on Event { ordinal place { name } follows { id } } }
    }`);
    expect(result.data!.mou).toEqual({
      __typename: 'Agreement',
      date: { text: '2015', precision: 'YEAR' },
      purpose: { en: 'To strengthen dialogue and cooperation between the two institutions' },
      signatories: [
        {
          signatory: { name: 'Madani' },
          capacity: { name: 'Secretary-General of the OIC' },
          date: { text: '2015' },
        },
        {
          signatory: { name: 'Mogherini' },
          capacity: { name: 'EU High Representative' },
          date: { text: '2015' },
        },
      ],
      parties: [{ name: 'European Union' }, { name: 'Organisation of Islamic Cooperation' }],
      signedAt: { name: 'UN General Assembly 2015' },
    });
    expect(result.data!.som).toEqual({
      __typename: 'Event',
      date: { text: '2020-07' },
      mode: 'VIRTUAL',
      eventType: 'MEETING',
      instanceOf: { name: "EU–OIC senior officials' meetings" },
      cooperationAreas: [
        { name: 'Cultural cooperation' },
        { name: 'Education' },
        { name: 'Empowerment of women and youth' },
        { name: 'Intercultural dialogue' },
        { name: 'Promotion of human rights' },
      ],
      participants: [{ participant: { id: 'eu' } }, { participant: { id: 'oic' } }],
    });
    expect(result.data!.visit).toEqual({
      ordinal: 1,
      place: { name: 'Jeddah' },
      follows: [{ id: 'hr-sg-exchange-of-letters' }],
    });
  });
});
