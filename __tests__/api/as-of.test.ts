import { startApi, type Api } from '../helpers/api';

/** "Who held X on date D": appointed is not yet in office, and partial dates compare at their precision. */
describe('holders as of a date', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const holders = async (position: string, at: string): Promise<string[]> => {
    const result = await api.run(
      'query ($id: ID!, $at: DateText) { entity(id: $id) { ... on Position { holders(at: $at) { person { id } } } } }',
      { id: position, at },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.entity.holders.map((h: any) => h.person.id);
  };

  it('does not count the appointed Secretary-General before he takes office', async () => {
    expect(await holders('oic-secretary-general', '2020-11-28')).toEqual([]);
    expect(await holders('oic-secretary-general', '2021-06')).toEqual([]);
  });

  it('counts him from the day he takes office, not the day before', async () => {
    expect(await holders('oic-secretary-general', '2021-11-16')).toEqual([]);
    expect(await holders('oic-secretary-general', '2021-11-17')).toEqual(['hissein-brahim-taha']);
    expect(await holders('oic-secretary-general', '2025')).toEqual(['hissein-brahim-taha']);
  });

  it('compares a month-precision date at month precision', async () => {
    // He took office on the 17th: November 2021 can name a day he was in office.
    expect(await holders('oic-secretary-general', '2021-11')).toEqual(['hissein-brahim-taha']);
    // He was appointed on 28 November 2020 but in office only a year later.
    expect(await holders('oic-secretary-general', '2020-11')).toEqual([]);
    // Appointed in September 2020 with no separate start: the appointment month counts.
    expect(await holders('eu-representative-to-the-oic', '2020-09')).toEqual(['patrick-simonnet']);
    expect(await holders('eu-representative-to-the-oic', '2020-09-30')).toEqual(['patrick-simonnet']);
    expect(await holders('eu-representative-to-the-oic', '2020-08')).toEqual([]);
  });

  it('counts a tenure the source attests only at the date it attests it', async () => {
    expect(await holders('oic-secretary-general', '2015-09')).toEqual(['madani']);
    expect(await holders('oic-secretary-general', '2016')).toEqual([]);
    expect(await holders('eu-high-representative', '2020-09')).toEqual(['josep-borrell']);
    expect(await holders('eu-high-representative', '2015')).toEqual(['mogherini']);
  });

  it('leaves out a tenure known only as "former" when a date is asked, and lists it otherwise', async () => {
    expect(await holders('chad-minister-of-foreign-affairs', '2019')).toEqual([]);
    const all = await api.run(
      '{ entity(id: "chad-minister-of-foreign-affairs") { ... on Position { holders { person { id } former appointedOn { text } } } } }',
    );
    expect(all.data!.entity.holders).toEqual([
      { person: { id: 'hissein-brahim-taha' }, former: true, appointedOn: null },
    ]);
  });

  it('filters generic relations by the same rule', async () => {
    const result = await api.run(
      `{ before: entity(id: "hissein-brahim-taha") { relations(types: [HOLDS], at: "2021-01") { totalCount nodes { other { id } } } }
         after: entity(id: "hissein-brahim-taha") { relations(types: [HOLDS], at: "2022") { totalCount nodes { other { id } } } } }`,
    );
    expect(result.data!.before.relations).toEqual({ totalCount: 0, nodes: [] });
    expect(result.data!.after.relations).toEqual({
      totalCount: 1,
      nodes: [{ other: { id: 'oic-secretary-general' } }],
    });
  });

  it('keeps timeless facts, and dated ones once their date has come', async () => {
    const result = await api.run(
      `{ early: entity(id: "oic-permanent-mission-to-the-eu") { relations(at: "2012") { nodes { type } } }
         later: entity(id: "oic-permanent-mission-to-the-eu") { relations(at: "2013") { nodes { type } } } }`,
    );
    expect(result.data!.early.relations.nodes.map((r: any) => r.type)).toEqual([
      'ACCREDITED_TO',
      'MISSION_OF',
    ]);
    expect(result.data!.later.relations.nodes.map((r: any) => r.type)).toEqual([
      'ACCREDITED_TO',
      'MISSION_OF',
      'OPENED',
    ]);
  });

  it('gives each tenure its dates at their own precision', async () => {
    const result = await api.run(
      '{ entity(id: "hissein-brahim-taha") { ... on Person { tenures { position { id } appointedOn { text precision earliest latest } inOfficeFrom { text precision } former } } } }',
    );
    expect(result.data!.entity.tenures).toEqual([
      {
        position: { id: 'oic-secretary-general' },
        appointedOn: { text: '2020-11-28', precision: 'DAY', earliest: '2020-11-28', latest: '2020-11-28' },
        inOfficeFrom: { text: '2021-11-17', precision: 'DAY' },
        former: false,
      },
      {
        position: { id: 'chad-minister-of-foreign-affairs' },
        appointedOn: null,
        inOfficeFrom: null,
        former: true,
      },
    ]);
  });
});
