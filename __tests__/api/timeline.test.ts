import { startApi, type Api } from '../helpers/api';

const TIMELINE = `query ($id: ID!, $from: DateText, $to: DateText) {
  timeline(entity: $id, from: $from, to: $to) {
    entity { id }
    entries { kind date { text } notBefore { text } notAfter { text } summary summaryAr: summary(lang: AR) entity { id } relation { id } }
    recurring { id }
    undated { id }
  }
}`;

describe('timelines', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const timeline = async (id: string, from?: string, to?: string) => {
    const result = await api.run(TIMELINE, { id, from, to });
    expect(result.errors).toBeUndefined();
    return result.data!.timeline;
  };

  it("tells a tenure's steps apart: attested, appointed, taking office", async () => {
    const { entries } = await timeline('oic-secretary-general');
    expect(entries.map((e: any) => [e.kind, e.date?.text ?? null, e.summary])).toEqual([
      ['EVENT', null, 'Exchange of letters between the High Representative and the OIC Secretary-General'],
      ['EVENT', '2011-12', 'First EEAS delegation visit to Jeddah'],
      ['IN_OFFICE', '2015', 'Madani: in office as Secretary-General of the OIC'],
      ['APPOINTMENT', '2020-11-28', 'Hissein Brahim Taha: appointed Secretary-General of the OIC'],
      ['TAKING_OFFICE', '2021-11-17', 'Hissein Brahim Taha: takes office as Secretary-General of the OIC'],
    ]);
    expect(entries[4].summaryAr).toBe('حسين إبراهيم طه: تولّى منصب الأمين العام لمنظمة التعاون الإسلامي');
    expect(entries[4].relation).toEqual({ id: 'taha-holds-oic-secretary-general' });
  });

  it('keeps only what may fall between from and to', async () => {
    const { entries, undated } = await timeline('eu-oic-relations', '2015', '2016-12');
    expect(entries.map((e: any) => [e.date.text, e.summary])).toEqual([
      ['2015', 'EU–OIC Memorandum of Understanding'],
      ['2016', 'European Union accredited a holder of EU Head of Delegation to the OIC'],
    ]);
    expect(undated).toEqual([]);
    const { entries: december } = await timeline('eu-oic-relations', '2011-12-15', '2011-12-20');
    // "2011" may name those days (the Arab Spring's, and the impetus that came in or after it), and
    // the letters came before the December 2011 visit: all may.
    expect(december.map((e: any) => e.entity?.id)).toEqual([
      'arab-spring',
      'eeas-impetus-2011',
      'hr-sg-exchange-of-letters',
      'eeas-visit-to-jeddah-2011',
    ]);
  });

  it("covers an organisation's organs and positions, and lists its recurring meetings apart", async () => {
    const { entries, recurring } = await timeline('oic', '2016', '2016');
    expect(entries.map((e: any) => [e.date.text, e.kind, e.entity?.id ?? e.relation?.id])).toEqual([
      ['2016', 'FACT', 'eu-accredited-head-of-eu-delegation-to-the-oic'],
      ['2016-04', 'EVENT', 'islamic-summit-13'],
      ['2016-04', 'DOCUMENT', 'oic-2025-programme-of-action'],
    ]);
    expect(recurring).toEqual([{ id: 'eu-oic-political-dialogue' }]);
  });
});

const PAGE = `query ($id: ID, $from: DateText, $to: DateText, $kinds: [TimelineEntryKind!], $types: [RelationType!], $first: Int, $after: String) {
  timeline(entity: $id, from: $from, to: $to, kinds: $kinds, types: $types, first: $first, after: $after) {
    entity { id }
    entries { cursor kind date { text } entity { id } relation { id } }
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    years { year count }
    recurring { id }
    undated { id }
  }
}`;

describe('timelines, windowed and paged in Cypher', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const page = async (variables: Record<string, unknown>) => {
    const result = await api.run(PAGE, variables);
    expect(result.errors).toBeUndefined();
    return { ...result.data!.timeline, roundTrips: result.roundTrips, statements: result.statements };
  };
  const ids = (entries: any[]) => entries.map((e) => e.entity?.id ?? e.relation.id);

  it("gives the whole graph's timeline of a window, counted by year, in one statement", async () => {
    const t = await page({ from: '2015', to: '2016' });
    expect(t.entity).toBeNull();
    expect(t.entries.map((e: any) => [e.date.text, e.kind, e.entity?.id ?? e.relation.id])).toEqual([
      ['2015', 'AGREEMENT', 'eu-oic-mou-2015'],
      ['2015', 'IN_OFFICE', 'madani-held-oic-secretary-general'],
      ['2015', 'IN_OFFICE', 'mogherini-held-eu-high-representative'],
      ['2015', 'EVENT', 'unga-2015'],
      ['2016', 'FACT', 'eu-accredited-head-of-eu-delegation-to-the-oic'],
      ['2016-04', 'EVENT', 'islamic-summit-13'],
      ['2016-04', 'DOCUMENT', 'oic-2025-programme-of-action'],
    ]);
    expect(t.totalCount).toBe(7);
    expect(t.years).toEqual([
      { year: 2015, count: 4 },
      { year: 2016, count: 3 },
    ]);
    expect(t.recurring).toEqual([{ id: 'eu-oic-political-dialogue' }]);
    expect(t.undated).toEqual([]);
    expect(t.statements).toEqual(['timeline/graph-items']);
  });

  it("keeps only the kinds and relation types asked for in the whole graph's timeline", async () => {
    const appointments = await page({ kinds: ['APPOINTMENT', 'TAKING_OFFICE'] });
    expect(appointments.entries.map((e: any) => [e.date.text, e.kind, e.relation.id])).toEqual([
      // The tenure's own appointment (2020-09) is left out: Borrell's appointing him stands for it.
      ['2020-09', 'APPOINTMENT', 'borrell-appointed-simonnet'],
      ['2020-11-28', 'APPOINTMENT', 'taha-holds-oic-secretary-general'],
      ['2021-11-17', 'TAKING_OFFICE', 'taha-holds-oic-secretary-general'],
    ]);
    const opened = await page({ kinds: ['FACT'], types: ['OPENED', 'ACCREDITED'] });
    expect(ids(opened.entries)).toEqual([
      'oic-opened-permanent-mission-to-the-eu',
      'eu-accredited-head-of-eu-delegation-to-the-oic',
    ]);
    expect(opened.years).toEqual([
      { year: 2013, count: 1 },
      { year: 2016, count: 1 },
    ]);
  });

  it('places undated events and lists the unplaced ones when no window is given', async () => {
    const t = await page({ kinds: ['EVENT'], first: 4 });
    expect(t.entries.map((e: any) => [e.date?.text ?? null, e.entity.id])).toEqual([
      ['2005', 'danish-cartoons-crisis'],
      [null, 'solana-initiative'],
      ['2011', 'arab-spring'],
      [null, 'eeas-impetus-2011'],
    ]);
    expect(t.undated).toEqual([{ id: 'eu-oic-further-cooperation-launch' }]);
  });

  it("reads an entity's window a page at a time: the pages make up the window", async () => {
    const window = { id: 'eu-oic-relations', from: '2011', to: '2016' };
    const whole = await page(window);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.totalCount).toBe(whole.entries.length);
    expect(whole.totalCount).toBeGreaterThan(5);
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const next = await page({ ...window, first: 2, after });
      expect(next.totalCount).toBe(whole.totalCount);
      expect(next.entries.length).toBeLessThanOrEqual(2);
      expect(next.pageInfo.hasPreviousPage).toBe(after !== null);
      pages.push(next);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    expect(pages.length).toBe(Math.ceil(whole.totalCount / 2));
    expect(pages.flatMap((p) => p.entries)).toEqual(whole.entries);
    expect(pages.every((p) => p.roundTrips === 1)).toBe(true);
  });

  it('answers an empty window or a page past the last entry with no entries, not null', async () => {
    for (const id of ['oic', null]) {
      const empty = await page({ id, from: '1900', to: '1900' });
      expect([empty.totalCount, empty.entries, empty.years, empty.pageInfo.hasNextPage]).toEqual([
        0,
        [],
        [],
        false,
      ]);
      expect(empty.recurring).toEqual([{ id: 'eu-oic-political-dialogue' }]);
    }
    const last = await page({ id: 'oic', from: '2016', to: '2016', first: 3 });
    const past = await page({ id: 'oic', from: '2016', to: '2016', after: last.pageInfo.endCursor });
    expect([past.totalCount, past.entries]).toEqual([3, []]);
  });

  it('refuses a page size out of range, a foreign cursor and a window that ends before it starts', async () => {
    const errorOf = async (variables: Record<string, unknown>) => (await api.run(PAGE, variables)).errors![0];
    expect((await errorOf({ first: 0 })).extensions!.code).toBe('BAD_USER_INPUT');
    expect((await errorOf({ first: 101 })).extensions!.code).toBe('PAGE_TOO_LARGE');
    expect((await errorOf({ after: 'nonsense' })).extensions!.argument).toBe('after');
    expect((await errorOf({ from: '2016', to: '2015' })).extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.run(PAGE, { id: 'no-such-entity' })).data!.timeline).toBeNull();
  });
});

const EVENTS = `query ($from: DateText, $to: DateText, $first: Int, $after: String) {
  events(where: {date: {from: $from, to: $to}}, first: $first, after: $after) {
    nodes { id date { text } }
    totalCount
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('events dated within a range', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const events = async (variables: Record<string, unknown>) => {
    const result = await api.run(EVENTS, variables);
    expect(result.errors).toBeUndefined();
    return { ...result.data!.events, roundTrips: result.roundTrips };
  };

  it('lists the events dated within 2011–2015 in date order', async () => {
    const found = await events({ from: '2011', to: '2015' });
    expect(found.nodes.map((e: any) => [e.date.text, e.id])).toEqual([
      ['2011', 'arab-spring'],
      ['2011-12', 'eeas-visit-to-jeddah-2011'],
      ['2012', 'eu-oic-informal-staff-talks-2012'],
      ['2014-06', 'eu-oic-technical-talks-2014'],
      ['2015', 'unga-2015'],
    ]);
    expect(found.totalCount).toBe(5);
    expect(found.roundTrips).toBe(1);
  });

  it('keeps a partial date that straddles an edge, and pages by date', async () => {
    const straddling = await events({ from: '2015-06', to: '2016-04-15' });
    expect(straddling.nodes.map((e: any) => e.id)).toEqual(['unga-2015', 'islamic-summit-13']);
    const outside = await events({ from: '2016-05', to: '2016-12' });
    expect(outside.nodes).toEqual([]);
    const first = await events({ from: '2011', first: 3 });
    const rest = await events({ from: '2011', first: 3, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...rest.nodes].map((e: any) => e.id)).toEqual(
      [
        'arab-spring',
        'eeas-visit-to-jeddah-2011',
        'eu-oic-informal-staff-talks-2012',
        'eu-oic-technical-talks-2014',
        'unga-2015',
        'islamic-summit-13',
        'high-level-forum-on-anti-muslim-discrimination-2017',
        'eu-oic-senior-officials-meeting-2020-07',
      ].slice(0, 6),
    );
    expect(first.totalCount).toBe(8);
    expect(rest.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await api.run(EVENTS, { from: '2016', to: '2015' });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'where.date.from',
    });
  });
});
