import { EXAMPLE_OPERATIONS } from '../../src/http/apollo/examples';
import { startApi, type Api } from '../helpers/api';
import { readDatasetFiles } from '../../src/dataset/files';
import { validateDataset } from '../../src/dataset/validate';
import { comparePartialDates, firstDay, lastDay, parsePartialDate } from '../../src/domain/partial-date';

/** The Sandbox's example operations, each answered with exactly what the source says. */
describe('the example operations', () => {
  let api: Api;
  const roundTrips: Record<string, number> = {};
  const statements: Record<string, string[]> = {};
  const run = async (operationName: string, variables: Record<string, unknown> = {}) => {
    const result = await api.run(EXAMPLE_OPERATIONS, variables, operationName);
    expect(result.errors).toBeUndefined();
    roundTrips[operationName] = result.roundTrips;
    statements[operationName] = result.statements;
    return result.data!;
  };

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    // The figures BENCHMARKS.md and the closing note quote.
    process.stderr.write(`example operations, Cypher round trips: ${JSON.stringify(roundTrips)}\n`);
    process.stderr.write(`statements: ${JSON.stringify(statements)}\n`);
    await api.close();
  });

  it('says who represents the EU to the OIC, since when, who appointed him, and the sentence that says so', async () => {
    const { entity } = await run('WhoRepresentsTheEUToTheOIC');
    expect(entity.name).toBe('EU Representative to the OIC');
    expect(entity.accreditedTo).toEqual([{ name: 'Organisation of Islamic Cooperation' }]);
    expect(entity.holders).toHaveLength(1);
    const [tenure] = entity.holders;
    expect(tenure.person).toEqual({ name: 'Patrick Simonnet', nameAr: 'باتريك سيموني' });
    expect(tenure.appointedOn).toEqual({ text: '2020-09', precision: 'MONTH' });
    expect(tenure.inOfficeFrom).toBeNull();
    expect(tenure.basis).toBe('APPOINTED_NO_END_KNOWN');
    expect(tenure.appointedBy).toEqual({ name: 'Josep Borrell' });
    expect(tenure.citations).toEqual([
      {
        quote:
          'وفي أيلول 2020، عين نائب الممثل الأعلى/ نائب الرئيس جوزيب بوريل السيد باتريك سيموني، وهو أيضاً رئيس وفد الاتحاد الأوروبي لدى المملكة العربية السعودية، ممثلاً للاتحاد الأوروبي لدى منظمة التعاون الإسلامي (OIC)',
        start: 2386,
        end: 2593,
        source: {
          title: { en: 'Structure of the Organisation of Islamic Cooperation' },
          publisher: { en: 'European External Action Service (EEAS)' },
        },
      },
    ]);
  });

  it("describes the OIC's structure: organs, their role, rhythm and committees", async () => {
    const { entity } = await run('OICStructure');
    expect(entity.aliases).toEqual(
      expect.arrayContaining([
        { text: 'OIC', lang: 'EN', kind: 'ACRONYM', attestation: 'SOURCE' },
        { text: 'منظمة المؤتمر الإسلامي', lang: 'AR', kind: 'FORMER_NAME', attestation: 'SOURCE' },
        {
          text: 'Organisation of the Islamic Conference',
          lang: 'EN',
          kind: 'FORMER_NAME',
          attestation: 'RENDERING',
        },
      ]),
    );
    const organs = Object.fromEntries(entity.organs.map((organ: any) => [organ.name, organ]));
    expect(Object.keys(organs).sort()).toEqual([
      'Council of Foreign Ministers',
      'General Secretariat',
      'Islamic Summit',
    ]);
    expect(organs['Islamic Summit']).toMatchObject({
      role: { en: 'The supreme authority of the Organisation' },
      composition: { en: 'The kings and heads of state and government of the member states' },
      meetingRhythm: {
        interval: 3,
        unit: 'YEAR',
        description: { en: 'Once every three years', ar: 'مرة كل ثلاث سنوات' },
      },
    });
    expect(organs['Council of Foreign Ministers'].meetingRhythm).toMatchObject({ interval: 1, unit: 'YEAR' });
    expect(organs['General Secretariat'].role).toEqual({ en: 'The executive organ of the Organisation' });
    expect(organs['General Secretariat'].implementsDecisionsOf.map((o: any) => o.name).sort()).toEqual([
      'Council of Foreign Ministers',
      'Islamic Summit',
    ]);
    expect(entity.committees).toEqual([
      expect.objectContaining({
        level: { en: 'Almost all at ministerial level' },
        chairs: { en: 'A number of them are chaired by heads of state' },
      }),
    ]);
    const secretaryGeneral = entity.positions.find((p: any) => p.name === 'Secretary-General of the OIC');
    expect(secretaryGeneral.holders).toEqual([
      { person: { name: 'Madani' }, appointedOn: null, inOfficeFrom: null },
      {
        person: { name: 'Hissein Brahim Taha' },
        appointedOn: { text: '2020-11-28' },
        inOfficeFrom: { text: '2021-11-17' },
      },
    ]);
    expect(entity.adopted).toEqual([
      {
        name: 'OIC-2025 Programme of Action',
        date: { text: '2016-04', precision: 'MONTH' },
        horizon: { en: 'The coming decade' },
        focus: [{ name: 'Extremism' }, { name: 'Terrorism' }],
      },
    ]);
  });

  it('tells what happened between the EU and the OIC, in order', async () => {
    const { timeline } = await run('EUOICTimeline');
    expect(timeline.entries.map((e: any) => [e.date?.text ?? null, e.kind, e.summary])).toEqual([
      ['2005', 'EVENT', 'First Danish cartoons crisis'],
      [null, 'EVENT', "Solana's initiative to develop EU–OIC relations"],
      // «عام 2011» dates the Arab Spring's developments; the impetus came in following them up.
      ['2011', 'EVENT', 'Arab Spring'],
      [null, 'EVENT', 'New impetus to EU–OIC relations at EEAS level'],
      [null, 'EVENT', 'Exchange of letters between the High Representative and the OIC Secretary-General'],
      ['2011-12', 'EVENT', 'First EEAS delegation visit to Jeddah'],
      ['2012', 'EVENT', 'First EU–OIC informal staff talks'],
      ['2013', 'FACT', 'Organisation of Islamic Cooperation opened OIC Permanent Mission to the EU'],
      ['2014-06', 'EVENT', 'EU–OIC technical talks'],
      ['2015', 'AGREEMENT', 'EU–OIC Memorandum of Understanding'],
      ['2016', 'FACT', 'European Union accredited a holder of EU Head of Delegation to the OIC'],
      ['2017', 'INSTITUTIONALISED', "EU–OIC senior officials' meetings: institutionalised"],
      ['2017', 'EVENT', 'High-Level Forum on Discrimination and Hatred against Muslims'],
      ['2020', 'DOCUMENT', 'Joint resolutions on Myanmar at the UN Human Rights Council (2020)'],
      ['2020-07', 'EVENT', "EU–OIC senior officials' meeting of July 2020"],
      ['2020-09', 'APPOINTMENT', 'Josep Borrell appointed Patrick Simonnet (EU Representative to the OIC)'],
    ]);
    expect(timeline.entries[1]).toMatchObject({ notBefore: { text: '2005' }, notAfter: null });
    expect(timeline.entries[3]).toMatchObject({ notBefore: { text: '2011' }, notAfter: null });
    expect(timeline.entries[4]).toMatchObject({ notBefore: null, notAfter: { text: '2011-12' } });
    expect(timeline.entries.every((e: any) => e.citations.length > 0)).toBe(true);
    expect(timeline.recurring).toEqual([
      {
        name: 'EU–OIC political dialogue meetings',
        recurrence: { description: { en: 'Regularly, during the UN General Assembly week in September' } },
      },
    ]);
  });

  it("gives the whole graph's timeline of 2015–2016, a page at a time, counted by year", async () => {
    const { timeline } = await run('GlobalTimeline');
    expect(timeline.totalCount).toBe(7);
    expect(timeline.years).toEqual([
      { year: 2015, count: 4 },
      { year: 2016, count: 3 },
    ]);
    expect(timeline.entries.map((e: any) => [e.date.text, e.kind, e.summary])).toEqual([
      ['2015', 'AGREEMENT', 'EU–OIC Memorandum of Understanding'],
      ['2015', 'IN_OFFICE', 'Madani: in office as Secretary-General of the OIC'],
      ['2015', 'IN_OFFICE', 'Mogherini: in office as EU High Representative'],
      ['2015', 'EVENT', 'UN General Assembly 2015'],
      ['2016', 'FACT', 'European Union accredited a holder of EU Head of Delegation to the OIC'],
      ['2016-04', 'EVENT', '13th Islamic Summit'],
      ['2016-04', 'DOCUMENT', 'OIC-2025 Programme of Action'],
    ]);
    expect(timeline.entries.every((e: any) => e.citations.length > 0)).toBe(true);
    expect(timeline.pageInfo.hasNextPage).toBe(false);
  });

  it('lists the events of 2011–2015 in date order', async () => {
    const { events } = await run('EventsBetween');
    expect(events.totalCount).toBe(5);
    expect(events.nodes.map((e: any) => e.date.text)).toEqual(['2011', '2011-12', '2012', '2014-06', '2015']);
  });

  it('finds the path between two people', async () => {
    const { shortestPath } = await run('PathBetweenTwoPeople');
    expect(shortestPath.length).toBe(4);
    expect(shortestPath.steps.map((s: any) => [s.from.name, s.relation.reading, s.to.name])).toEqual([
      ['Patrick Simonnet', 'holds or held', 'EU Representative to the OIC'],
      ['EU Representative to the OIC', 'is accredited to', 'Organisation of Islamic Cooperation'],
      ['Organisation of Islamic Cooperation', 'has the position', 'Secretary-General of the OIC'],
      ['Secretary-General of the OIC', 'is or was held by', 'Hissein Brahim Taha'],
    ]);
  });

  it('says who held the OIC Secretary-General post on a given date', async () => {
    const { entity } = await run('SecretaryGeneralOnDate', { date: '2022-03-01' });
    expect(entity.holders).toEqual([
      {
        person: { name: 'Hissein Brahim Taha' },
        appointedOn: { text: '2020-11-28' },
        inOfficeFrom: { text: '2021-11-17' },
        attestedOn: null,
        basis: 'TOOK_OFFICE_NO_END_KNOWN',
        citations: [expect.objectContaining({ quote: expect.stringContaining('اعتبارًا من 17 نوفمبر 2021') })],
      },
    ]);
    const earlier = await run('SecretaryGeneralOnDate', { date: '2015' });
    expect(earlier.entity.holders.map((h: any) => [h.person.name, h.basis])).toEqual([
      ['Madani', 'ATTESTED_AT'],
    ]);
  });

  it('names each High Representative by the title the source gives, and says how sure each tenure is', async () => {
    const { entity } = await run('HighRepresentativesAndTheirTitles');
    expect(entity.holders).toEqual([
      {
        person: { name: 'Mogherini' },
        former: true,
        attestedOn: { text: '2015' },
        basis: 'ATTESTED_AT',
        title: {
          wording: { en: 'High Representative / Vice-President', ar: 'الممثلة العليا/ نائب الرئيس' },
          includesVicePresident: true,
          curatorReading: null,
          citation: { quote: 'الممثلة العليا السابقة/ نائب الرئيس', start: 1907, end: 1942 },
        },
      },
      {
        person: { name: 'Josep Borrell' },
        former: false,
        attestedOn: { text: '2020-09' },
        basis: 'ATTESTED_AT',
        title: {
          wording: {
            en: 'Deputy High Representative / Vice-President',
            ar: 'نائب الممثل الأعلى/ نائب الرئيس',
          },
          includesVicePresident: true,
          curatorReading: { en: 'High Representative / Vice-President' },
          citation: { quote: 'نائب الممثل الأعلى/ نائب الرئيس', start: 2406, end: 2437 },
        },
      },
      {
        person: { name: 'Javier Solana' },
        former: true,
        attestedOn: null,
        basis: 'FORMER_NO_DATES',
        title: {
          wording: { en: 'High Representative of the European Union', ar: 'الممثل الأعلى للاتحاد الأوروبي' },
          includesVicePresident: false,
          curatorReading: null,
          citation: { quote: 'الممثل الأعلى السابق للاتحاد الأوروبي', start: 1095, end: 1132 },
        },
      },
    ]);
  });

  it("says when the EU accredited its head of delegation to the OIC, with the sentence's other reading", async () => {
    const { entity } = await run('EUHeadOfDelegationToTheOIC');
    expect(entity.name).toBe('EU Head of Delegation to the OIC');
    expect(entity.accreditations).toEqual([
      {
        accreditedBy: { name: 'European Union' },
        accreditedTo: [{ name: 'Organisation of Islamic Cooperation' }],
        date: { text: '2016', precision: 'YEAR' },
        note: {
          en: expect.stringContaining("can also be read the other way: a head of the OIC's own delegation"),
        },
        citations: [
          {
            quote:
              'في عام 2013، افتتحت منظمة التعاون الإسلامي بعثة دائمة لدى الاتحاد الأوروبي، بينما اعتمد الاتحاد الأوروبي رئيساً لوفد منظمة التعاون الإسلامي في عام 2016',
          },
        ],
      },
    ]);
  });

  it('fetches a fact and a source by id alone, the quote in its sentence, and no URL the capture lacks', async () => {
    const { fact, document } = await run('ByIdWithQuoteInContext');
    expect(fact).toEqual({
      type: 'APPOINTED',
      reading: 'appointed',
      source: { name: 'Josep Borrell' },
      target: { name: 'Patrick Simonnet' },
      role: { name: 'EU Representative to the OIC' },
      date: { text: '2020-09', precision: 'MONTH' },
      citations: [
        {
          id: 'eeas-oic-structure-eu-relations-ar@2386-2593',
          context: {
            before: '',
            quote:
              'وفي أيلول 2020، عين نائب الممثل الأعلى/ نائب الرئيس جوزيب بوريل السيد باتريك سيموني، وهو أيضاً رئيس وفد الاتحاد الأوروبي لدى المملكة العربية السعودية، ممثلاً للاتحاد الأوروبي لدى منظمة التعاون الإسلامي (OIC)',
            after: '.',
            start: 2386,
            end: 2594,
            truncatedBefore: false,
            truncatedAfter: false,
          },
        },
      ],
    });
    expect(document).toEqual({
      __typename: 'Source',
      id: 'eeas-oic-structure-eu-relations-ar',
      title: { en: 'Structure of the Organisation of Islamic Cooperation' },
      publisher: { en: 'European External Action Service (EEAS)' },
      url: null,
      retrievedAt: null,
      length: 2809,
    });
  });

  it('searches names, descriptions and quotes at once for a loosely spelt word, marking what matched', async () => {
    const { search } = await run('Search');
    expect(
      search.map((hit: { matchedIn: string; entity: { id: string } }) => [hit.matchedIn, hit.entity.id]),
    ).toEqual([
      ['NAME', 'terrorism'],
      ['DESCRIPTION', 'oic-2025-programme-of-action'],
      ['QUOTE', 'extremism'],
      ['QUOTE', 'terrorism'],
      ['QUOTE', 'oic-2025-programme-of-action'],
    ]);
    expect(search[0]).toMatchObject({
      entity: { id: 'terrorism', kind: 'TOPIC', name: 'Terrorism' },
      matchedName: 'الإرهاب',
      matchedAs: 'NAME',
      exact: true,
      fuzzy: false,
      snippet: { text: 'الإرهاب', lang: 'AR', marks: [{ start: 0, end: 7 }] },
    });
    expect(search[4]).toMatchObject({
      matchedName: null,
      fuzzy: false,
      snippet: { text: 'والذي يركز أيضاً بشكل مهم على الإرهاب والتطرف', marks: [{ start: 30, end: 37 }] },
      citation: { id: 'eeas-oic-structure-eu-relations-ar@874-919' },
      relation: { type: 'FOCUSES_ON', target: { name: 'Extremism' } },
    });
  });

  it('lists what is dated between 2011 and mid-2015 in date order, counted by kind and year, and orders relations', async () => {
    const dataset = validateDataset(readDatasetFiles());
    const dateOf = (entity: (typeof dataset.entities)[number]) =>
      typeof entity.attributes?.date === 'string' ? parsePartialDate(entity.attributes.date) : null;
    const [from, to] = [parsePartialDate('2011'), parsePartialDate('2015-06')];
    const dated = dataset.entities
      .filter((entity) => {
        const date = dateOf(entity);
        return date !== null && lastDay(date) >= firstDay(from) && firstDay(date) <= lastDay(to);
      })
      .sort((a, b) => comparePartialDates(dateOf(a)!, dateOf(b)!) || (a.id < b.id ? -1 : 1));
    const { entities, entity } = await run('DatedBetween2011AndMid2015');
    expect(entities.totalCount).toBe(dated.length);
    expect(entities.nodes.map((node: { id: string }) => node.id)).toEqual(
      dated.slice(0, 10).map((e) => e.id),
    );
    const years = new Map<number, number>();
    for (const e of dated) years.set(dateOf(e)!.year, (years.get(dateOf(e)!.year) ?? 0) + 1);
    expect(entities.facets.byYear).toEqual(
      [...years].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    );
    const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
    const toPeople = dataset.relations.filter((relation) => {
      if (relation.from !== 'oic' && relation.to !== 'oic') return false;
      const other = relation.from === 'oic' ? relation.to : relation.from;
      return ['PERSON', 'POSITION'].includes(kindOf.get(other)!);
    });
    expect(entity.relations.totalCount).toBe(toPeople.length);
    expect(
      entity.relations.facets.byType.reduce((sum: number, c: { count: number }) => sum + c.count, 0),
    ).toBe(toPeople.length);
  });
});
