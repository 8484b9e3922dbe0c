import { startApi, type Api } from '../helpers/api';

/**
 * The graph says what the source says, and marks what it adds: each correction of the outside
 * audits (issues 11, 13 and 21) asserted against the seeded graph.
 */
describe('fidelity to the source', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const query = async (text: string, variables: Record<string, unknown> = {}) => {
    const result = await api.run(text, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  describe("the senior officials' meetings", () => {
    it('date their institutionalisation, not their start', async () => {
      const { entity } = await query(`{
        entity(id: "eu-oic-senior-officials-meetings") {
          ... on Event { eventType date { text } institutionalisedIn { text precision } }
          citations { quote supports }
        }
      }`);
      expect(entity).toEqual({
        eventType: 'MEETING_SERIES',
        date: null,
        institutionalisedIn: { text: '2017', precision: 'YEAR' },
        citations: [
          {
            quote: 'وقد تم إضفاء الطابع المؤسسي على اجتماعات كبار المسؤولين منذ عام 2017',
            supports: ['name', 'institutionalised', 'eventType'],
          },
        ],
      });
    });

    it('read in the timeline as institutionalised in 2017, in both languages', async () => {
      const { timeline } = await query(`{
        timeline(entity: "eu-oic-relations", from: "2017", to: "2017") {
          entries { kind date { text } summary summaryAr: summary(lang: AR) entity { id } }
        }
      }`);
      expect(timeline.entries).toEqual([
        {
          kind: 'INSTITUTIONALISED',
          date: { text: '2017' },
          summary: "EU–OIC senior officials' meetings: institutionalised",
          summaryAr: 'اجتماعات كبار المسؤولين: إضفاء الطابع المؤسسي',
          entity: { id: 'eu-oic-senior-officials-meetings' },
        },
        {
          kind: 'EVENT',
          date: { text: '2017' },
          summary: 'High-Level Forum on Discrimination and Hatred against Muslims',
          summaryAr: 'المنتدى رفيع المستوى بشأن التمييز ضد المسلمين والكراهية',
          entity: { id: 'high-level-forum-on-anti-muslim-discrimination-2017' },
        },
      ]);
    });
  });

  describe('the talks and meetings of the two sides', () => {
    it('have the EU and the OIC as participants, with the reading of "between staff" noted', async () => {
      const { talks } = await query(`{
        talks: entity(id: "eu-oic-informal-staff-talks-2012") {
          ... on Event { participants { participant { id } note { en } citations { start end } attestation } }
        }
      }`);
      const note = {
        en: "«بين الموظفين» (between staff): the EU's and the OIC's, as the page's account of «العلاقات بين الاتحاد الأوروبي ومنظمة المؤتمر الإسلامي» (EU–OIC relations) reads; the sentence itself does not name the sides.",
      };
      const citations = [
        { start: 1484, end: 1549 },
        { start: 960, end: 1013 },
      ];
      expect(talks.participants).toEqual([
        { participant: { id: 'eu' }, note, citations, attestation: 'SOURCE' },
        { participant: { id: 'oic' }, note, citations, attestation: 'SOURCE' },
      ]);
    });

    it("appear in the OIC's own timeline, in date order", async () => {
      const { timeline } = await query(`{
        timeline(entity: "oic") { entries { kind date { text } entity { id } relation { id } } recurring { id } undated { id } }
      }`);
      expect(
        timeline.entries.map((e: any) => [e.date?.text ?? null, e.kind, e.entity?.id ?? e.relation.id]),
      ).toEqual([
        [null, 'EVENT', 'hr-sg-exchange-of-letters'],
        ['2011-12', 'EVENT', 'eeas-visit-to-jeddah-2011'],
        ['2012', 'EVENT', 'eu-oic-informal-staff-talks-2012'],
        ['2013', 'FACT', 'oic-opened-permanent-mission-to-the-eu'],
        ['2014-06', 'EVENT', 'eu-oic-technical-talks-2014'],
        ['2015', 'AGREEMENT', 'eu-oic-mou-2015'],
        ['2015', 'IN_OFFICE', 'madani-held-oic-secretary-general'],
        ['2016', 'FACT', 'eu-accredited-head-of-eu-delegation-to-the-oic'],
        ['2016-04', 'EVENT', 'islamic-summit-13'],
        ['2016-04', 'DOCUMENT', 'oic-2025-programme-of-action'],
        ['2017', 'INSTITUTIONALISED', 'eu-oic-senior-officials-meetings'],
        ['2017', 'EVENT', 'high-level-forum-on-anti-muslim-discrimination-2017'],
        ['2020', 'DOCUMENT', 'unhrc-resolutions-on-myanmar-2020'],
        ['2020-07', 'EVENT', 'eu-oic-senior-officials-meeting-2020-07'],
        ['2020-11-28', 'APPOINTMENT', 'taha-holds-oic-secretary-general'],
        ['2021-11-17', 'TAKING_OFFICE', 'taha-holds-oic-secretary-general'],
      ]);
      expect(timeline.recurring).toEqual([{ id: 'eu-oic-political-dialogue' }]);
      expect(timeline.undated).toEqual([{ id: 'eu-oic-further-cooperation-launch' }]);
    });
  });

  describe('the launch of further cooperation', () => {
    it('is recorded, with the 2017 forum and the 2020 resolutions as examples among others', async () => {
      const { entity } = await query(`{
        entity(id: "eu-oic-further-cooperation-launch") {
          name
          ... on Event { eventType date { text } participants { participant { id } } }
          examples: relations(types: [PART_OF], direction: INCOMING) { nodes { other { id } note { en ar } } }
          citations { quote }
        }
      }`);
      const note = { en: 'An example among others ("a number of")', ar: 'مثال من بين أمثلة أخرى («عدد من»)' };
      expect(entity).toEqual({
        name: 'Launch of further EU–OIC cooperation through joint events and resolutions',
        eventType: 'MILESTONE',
        date: null,
        participants: [{ participant: { id: 'eu' } }, { participant: { id: 'oic' } }],
        examples: {
          nodes: [
            { other: { id: 'high-level-forum-on-anti-muslim-discrimination-2017' }, note },
            { other: { id: 'unhrc-resolutions-on-myanmar-2020' }, note },
          ],
        },
        citations: [
          {
            quote:
              'حيث تم إطلاق المزيد من التعاون من خلال عدد من الفعاليات والقرارات المشتركة في مجلس حقوق الإنسان التابع للأمم المتحدة',
          },
        ],
      });
    });
  });

  describe('the titles the source gives', () => {
    it("give Solana's tenure High Representative without Vice-President, and Borrell's slip as written", async () => {
      const { solana, borrell } = await query(`{
        solana: entity(id: "javier-solana") { ... on Person { tenures { title { wording { en ar } includesVicePresident curatorReading { en } } basis former } } }
        borrell: entity(id: "josep-borrell") { ... on Person { tenures { title { wording { en } includesVicePresident curatorReading { en ar } } note { en ar } } } }
      }`);
      expect(solana.tenures).toEqual([
        {
          title: {
            wording: {
              en: 'High Representative of the European Union',
              ar: 'الممثل الأعلى للاتحاد الأوروبي',
            },
            includesVicePresident: false,
            curatorReading: null,
          },
          basis: 'FORMER_NO_DATES',
          former: true,
        },
      ]);
      const [tenure] = borrell.tenures;
      expect(tenure.title).toEqual({
        wording: { en: 'Deputy High Representative / Vice-President' },
        includesVicePresident: true,
        curatorReading: { en: 'High Representative / Vice-President', ar: 'الممثل الأعلى/ نائب الرئيس' },
      });
      // The Arabic and the English note say the same: the literal title, and the curator's reading.
      expect(tenure.note.en).toContain('literally "Deputy High Representative / Vice-President"');
      expect(tenure.note.en).toContain('The curator reads it as High Representative / Vice-President');
      expect(tenure.note.ar).toContain('وحرفيّاً: نائب الممثل الأعلى/ نائب الرئيس');
      expect(tenure.note.ar).toContain('ويقرؤه المحرّر «الممثل الأعلى/ نائب الرئيس»');
    });

    it('do not let the office cite the slip as evidence of its own name', async () => {
      const { entity } = await query(
        '{ entity(id: "eu-high-representative") { citations { quote start } } }',
      );
      expect(entity.citations).toEqual([
        { quote: 'الممثل الأعلى السابق للاتحاد الأوروبي', start: 1095 },
        { quote: 'الممثلة العليا السابقة/ نائب الرئيس', start: 1907 },
      ]);
    });

    it('say in what title each signatory signed', async () => {
      const { entity } = await query(`{
        entity(id: "eu-oic-mou-2015") { ... on Agreement { signatories { signatory { id } capacity { id } title { wording { en } includesVicePresident citation { quote } } } } }
      }`);
      expect(entity.signatories).toEqual([
        {
          signatory: { id: 'madani' },
          capacity: { id: 'oic-secretary-general' },
          title: {
            wording: { en: 'Secretary-General' },
            includesVicePresident: false,
            citation: { quote: 'الأمين العام' },
          },
        },
        {
          signatory: { id: 'mogherini' },
          capacity: { id: 'eu-high-representative' },
          title: {
            wording: { en: 'High Representative / Vice-President' },
            includesVicePresident: true,
            citation: { quote: 'الممثلة العليا السابقة/ نائب الرئيس' },
          },
        },
      ]);
    });
  });

  describe('open-ended tenures', () => {
    const HOLDERS = `query ($id: ID!, $at: DateText) {
      entity(id: $id) { ... on Position { holders(at: $at) { person { id } basis } } }
    }`;
    const holders = async (id: string, at?: string) => (await query(HOLDERS, { id, at })).entity.holders;

    it('still answer years after an appointment, saying no end is known', async () => {
      expect(await holders('eu-representative-to-the-oic', '2024')).toEqual([
        { person: { id: 'patrick-simonnet' }, basis: 'APPOINTED_NO_END_KNOWN' },
      ]);
    });

    it('say how sure each answer is, relative to the date asked', async () => {
      expect(await holders('oic-secretary-general', '2021-11')).toEqual([
        { person: { id: 'hissein-brahim-taha' }, basis: 'IN_OFFICE_PER_SOURCE' },
      ]);
      expect(await holders('oic-secretary-general', '2022')).toEqual([
        { person: { id: 'hissein-brahim-taha' }, basis: 'TOOK_OFFICE_NO_END_KNOWN' },
      ]);
      expect(await holders('oic-secretary-general', '2015')).toEqual([
        { person: { id: 'madani' }, basis: 'ATTESTED_AT' },
      ]);
      expect(await holders('chad-minister-of-foreign-affairs')).toEqual([
        { person: { id: 'hissein-brahim-taha' }, basis: 'FORMER_NO_DATES' },
      ]);
    });

    it('carry the same basis on the generic relations and the neighbourhood asked as of a date', async () => {
      const data = await query(`{
        entity(id: "patrick-simonnet") { relations(types: [HOLDS], at: "2024") { nodes { other { id } basis } } }
        neighbourhood(id: "eu-representative-to-the-oic", types: [HOLDS, ACCREDITED_TO], at: "2024") { relations { id basis } }
        timeless: entity(id: "eu") { relations(types: [PARTY], first: 1) { nodes { basis } } }
      }`);
      expect(data.entity.relations.nodes).toEqual([
        { other: { id: 'eu-representative-to-the-oic' }, basis: 'APPOINTED_NO_END_KNOWN' },
      ]);
      expect(data.neighbourhood.relations).toEqual([
        { id: 'eu-representative-to-the-oic-accredited-to-oic', basis: null },
        { id: 'simonnet-holds-eu-representative-to-the-oic', basis: 'APPOINTED_NO_END_KNOWN' },
      ]);
      expect(data.timeless.relations.nodes).toEqual([{ basis: null }]);
    });
  });

  describe("the curator's knowledge", () => {
    it('is marked on aliases the source does not give, and the source gives its own with the quote', async () => {
      const { mogherini, oic, terrorism } = await query(`{
        mogherini: entity(id: "mogherini") { aliases { text kind attestation citation { quote } } }
        oic: entity(id: "oic") { aliases(lang: AR) { text kind attestation citation { quote start end } curatorNote { en } } }
        terrorism: entity(id: "terrorism") { aliases { text kind attestation } }
      }`);
      expect(mogherini.aliases).toEqual([
        { text: 'Federica Mogherini', kind: 'FULL_NAME', attestation: 'CURATOR', citation: null },
        { text: 'فيديريكا موغيريني', kind: 'FULL_NAME', attestation: 'CURATOR', citation: null },
      ]);
      expect(oic.aliases).toEqual([
        {
          text: 'منظمة المؤتمر الإسلامي',
          kind: 'FORMER_NAME',
          attestation: 'SOURCE',
          citation: { quote: 'منظمة المؤتمر الإسلامي', start: 991, end: 1013 },
          curatorNote: {
            en: "Curator's note: this was the organisation's name until 2011, when it became the Organisation of Islamic Cooperation. The source does not say so: it uses both names interchangeably.",
          },
        },
      ]);
      expect(terrorism.aliases).toEqual([
        { text: 'counter-terrorism', kind: 'RELATED_TERM', attestation: 'CURATOR' },
      ]);
    });

    it("says that a name is former only in a curator's note, never on the source's word", async () => {
      const { entities } = await query(
        '{ entities(first: 100) { totalCount nodes { id description aliases { text kind attestation curatorNote { en } } } } }',
      );
      expect(entities.totalCount).toBe(58);
      const aliases = entities.nodes.flatMap((e: any) => e.aliases.map((a: any) => ({ id: e.id, ...a })));
      const until2011 = {
        en: "Curator's note: this was the organisation's name until 2011, when it became the Organisation of Islamic Cooperation. The source does not say so: it uses both names interchangeably.",
      };
      expect(aliases.filter((a: any) => a.kind === 'FORMER_NAME')).toEqual([
        {
          id: 'myanmar',
          text: 'Burma',
          kind: 'FORMER_NAME',
          attestation: 'CURATOR',
          curatorNote: {
            en: "Curator's note: the country's name in English until 1989; the source does not use it.",
          },
        },
        {
          id: 'oic',
          text: 'منظمة المؤتمر الإسلامي',
          kind: 'FORMER_NAME',
          attestation: 'SOURCE',
          curatorNote: until2011,
        },
        {
          id: 'oic',
          text: 'Organisation of the Islamic Conference',
          kind: 'FORMER_NAME',
          attestation: 'RENDERING',
          curatorNote: until2011,
        },
        {
          id: 'oic',
          text: 'Organization of the Islamic Conference',
          kind: 'FORMER_NAME',
          attestation: 'RENDERING',
          curatorNote: until2011,
        },
      ]);
      expect(aliases.filter((a: any) => a.kind === 'OTHER_NAME')).toEqual([]);
      expect(entities.nodes.find((e: any) => e.id === 'oic').description).toBe(
        'An organisation of member states whose supreme authority is the Islamic Summit. The source also calls it منظمة المؤتمر الإسلامي (Organisation of the Islamic Conference), using both names interchangeably.',
      );
      // A relative phrase ("the latest meeting") and a description ("various committees") are no names.
      expect(
        aliases.filter((a: any) => ['لجان مختلفة', 'الاجتماع الأخير لكبار المسؤولين'].includes(a.text)),
      ).toEqual([]);
    });

    it('is marked on a fact the cited words do not state', async () => {
      const { entity } = await query(`{
        entity(id: "eeas") {
          description
          relations(types: [SERVICE_OF]) { nodes { id attestation curatorNote { en } citations { quote } } }
          impetus: relations(types: [PARTICIPANT]) { nodes { attestation } }
        }
      }`);
      expect(entity.relations.nodes).toEqual([
        {
          id: 'eeas-service-of-eu',
          attestation: 'CURATOR',
          curatorNote: {
            en: "Curator's knowledge: the EEAS is the EU's diplomatic service. The source names the service («جهاز العمل الخارجي الأوروبي») but does not say whose it is.",
          },
          citations: [{ quote: 'على مستوى جهاز العمل\u00a0الخارجي الأوروبي' }],
        },
      ]);
      expect(entity.impetus.nodes).toEqual([{ attestation: 'SOURCE' }, { attestation: 'SOURCE' }]);
      // The sentence is passive: relations "were given" impetus at EEAS level; nobody is said to give it.
      // Nor is the impetus dated: «عام 2011» dates the Arab Spring's developments (issue 21).
      expect(entity.description).toBe(
        'The European External Action Service: at its level relations were given new impetus in following up the developments of the "Arab Spring" (which the source dates to 2011), and a delegation from it made the first visit to Jeddah in December 2011.',
      );
    });
  });

  describe('the 2016 accreditation', () => {
    it("is the EU's head of delegation accredited to the OIC, with the other reading noted", async () => {
      const { entity, old } = await query(`{
        entity(id: "head-of-eu-delegation-to-the-oic") {
          name nameAr: name(lang: AR)
          ... on Position {
            organization { id }
            accreditedTo { id }
            holders { person { id } }
            accreditations { accreditedBy { id } accreditedTo { id } date { text precision } note { ar } relation { context { id } } }
          }
        }
        old: entity(id: "head-of-oic-delegation") { id }
      }`);
      expect(old).toBeNull();
      expect(entity).toEqual({
        name: 'EU Head of Delegation to the OIC',
        nameAr: 'رئيس وفد الاتحاد الأوروبي لدى منظمة التعاون الإسلامي',
        organization: { id: 'eu' },
        accreditedTo: [{ id: 'oic' }],
        holders: [],
        accreditations: [
          {
            accreditedBy: { id: 'eu' },
            accreditedTo: [{ id: 'oic' }],
            date: { text: '2016', precision: 'YEAR' },
            note: {
              ar: expect.stringContaining('ويحتمل النص «رئيساً لوفد منظمة التعاون الإسلامي» قراءة أخرى'),
            },
            relation: { context: [{ id: 'eu-oic-relations' }, { id: 'oic' }] },
          },
        ],
      });
    });
  });

  it("reaches an organ's resolutions with their dates", async () => {
    const { entity } = await query(
      '{ entity(id: "un-human-rights-council") { ... on Organ { resolutions { id date { text precision } sponsors { id } } } } }',
    );
    expect(entity.resolutions).toEqual([
      {
        id: 'unhrc-resolutions-on-myanmar-2020',
        date: { text: '2020', precision: 'YEAR' },
        sponsors: [{ id: 'eu' }, { id: 'oic' }],
      },
    ]);
  });

  it('places the start of relations in or after 2005 on either reading of the sentence', async () => {
    const { entity, timeline } = await query(`{
      entity(id: "solana-initiative") { relations(types: [FOLLOWS]) { nodes { other { id } note { en } } } }
      timeline(entity: "eu-oic-relations", to: "2005") { entries { entity { id } date { text } notBefore { text } } }
    }`);
    expect(entity.relations.nodes).toEqual([
      {
        other: { id: 'danish-cartoons-crisis' },
        note: {
          en: "The sentence ends «في عام 2005» (in 2005), read here as the crisis's date (the nearer noun); it may also date the start of relations itself. On either reading the initiative came in or after 2005.",
        },
      },
    ]);
    expect(timeline.entries).toEqual([
      { entity: { id: 'danish-cartoons-crisis' }, date: { text: '2005' }, notBefore: null },
      { entity: { id: 'solana-initiative' }, date: null, notBefore: { text: '2005' } },
    ]);
  });

  describe('the third audit', () => {
    const HEADING = { quote: 'العلاقات بين الاتحاد الأوروبي ومنظمة المؤتمر الإسلامي', start: 960, end: 1013 };
    const RELATION = `query ($id: ID!) {
      relation(id: $id) { type source { id } target { id } attestation curatorNote { en ar } note { en } citations { quote start end } }
    }`;
    const relation = async (id: string) => (await query(RELATION, { id })).relation;

    it("dates the Arab Spring's developments to 2011, and the impetus only as coming in or after 2011", async () => {
      const { spring, impetus, timeline } = await query(`{
        spring: entity(id: "arab-spring") { ... on Event { date { text precision } } citations { quote supports } }
        impetus: entity(id: "eeas-impetus-2011") {
          description
          ... on Event { date { text } }
          citations { supports }
          relations(types: [FOLLOWS]) { nodes { id other { id } attestation curatorNote { en } } }
        }
        timeline(entity: "eu-oic-relations", from: "2011", to: "2011") { entries { entity { id } date { text } notBefore { text } } }
      }`);
      expect(spring).toEqual({
        date: { text: '2011', precision: 'YEAR' },
        citations: [{ quote: 'تطورات "الربيع العربي" عام 2011', supports: ['name', 'date', 'eventType'] }],
      });
      expect(impetus.date).toBeNull();
      expect(impetus.citations).toEqual([{ supports: ['name', 'eventType'] }]);
      expect(impetus.description).toContain('The source does not date the impetus itself');
      expect(impetus.relations.nodes).toEqual([
        {
          id: 'eeas-impetus-2011-follows-arab-spring',
          other: { id: 'arab-spring' },
          attestation: 'CURATOR',
          curatorNote: {
            en: expect.stringContaining(
              'A follow-up does not come before what it follows, so the curator places the impetus in or after 2011',
            ),
          },
        },
      ]);
      expect(timeline.entries.slice(0, 2)).toEqual([
        { entity: { id: 'arab-spring' }, date: { text: '2011' }, notBefore: null },
        { entity: { id: 'eeas-impetus-2011' }, date: null, notBefore: { text: '2011' } },
      ]);
    });

    it("marks Borrell's tenure as High Representative the curator's reading, saying what it rests on", async () => {
      const tenure = await relation('borrell-holds-eu-high-representative');
      expect([tenure.type, tenure.attestation]).toEqual(['HOLDS', 'CURATOR']);
      expect(tenure.curatorNote.en).toContain('literally "Deputy High Representative / Vice-President"');
      expect(tenure.curatorNote.en).toContain(
        "rests on the curator's knowledge (Borrell held the office from December 2019)",
      );
      expect(tenure.curatorNote.ar).toContain('فقائمٌ على معرفة المحرّر');
    });

    it("marks the EU side of the 2016 head of delegation the curator's reading, and says the Arabic name builds it in", async () => {
      for (const id of [
        'head-of-eu-delegation-to-the-oic-position-of-eu',
        'head-of-eu-delegation-to-the-oic-accredited-to-oic',
      ]) {
        const fact = await relation(id);
        expect(fact.attestation).toBe('CURATOR');
        expect(fact.curatorNote.en).toContain(
          "read naturally, «اعتمد الاتحاد الأوروبي رئيساً لوفد منظمة التعاون الإسلامي» is the EU accrediting a head of the OIC's own delegation",
        );
        expect(fact.curatorNote.en).toContain("rests on the curator's knowledge of EU practice");
      }
      // The accreditation itself is the sentence's own words, on either reading.
      expect((await relation('eu-accredited-head-of-eu-delegation-to-the-oic')).attestation).toBe('SOURCE');
      const { entity } = await query(
        '{ entity(id: "head-of-eu-delegation-to-the-oic") { description ar: description(lang: AR) } }',
      );
      expect(entity.description).toContain("is the curator's and builds that reading in");
      expect(entity.ar).toContain('من صياغة المحرّر ويبني هذه القراءة فيه');
    });

    it('gives Brussels no French name filed as English, and the official English names as curator aliases', async () => {
      const { brussels, forum, mission } = await query(`{
        brussels: entity(id: "brussels") { aliases { text } }
        forum: entity(id: "high-level-forum-on-anti-muslim-discrimination-2017") { aliases(lang: EN) { text kind attestation citation { quote } curatorNote { en } } }
        mission: entity(id: "oic-permanent-mission-to-the-eu") { aliases(lang: EN) { text kind attestation citation { quote } curatorNote { en } } }
      }`);
      expect(brussels.aliases).toEqual([]);
      expect(forum.aliases).toContainEqual({
        text: 'High-Level Forum on Combating Anti-Muslim Discrimination and Hatred',
        kind: 'FULL_NAME',
        attestation: 'CURATOR',
        citation: null,
        curatorNote: {
          en: "Curator's note: the forum's official English name; it was held at UN headquarters in New York on 17 January 2017. The source gives neither this name nor the day.",
        },
      });
      expect(mission.aliases).toEqual([
        {
          text: 'Permanent Observer Mission of the OIC to the EU',
          kind: 'FULL_NAME',
          attestation: 'CURATOR',
          citation: null,
          curatorNote: {
            en: 'Curator\'s note: the mission\'s official English name. The source calls it «بعثة دائمة لدى الاتحاد الأوروبي» (a permanent mission to the EU) and does not say "observer".',
          },
        },
      ]);
    });

    it('cites the heading that names the EU and the OIC where «المشتركة» (joint) alone does not', async () => {
      for (const id of [
        'hlf-anti-muslim-discrimination-2017-organised-by-eu',
        'hlf-anti-muslim-discrimination-2017-organised-by-oic',
        'unhrc-resolutions-on-myanmar-2020-sponsored-by-eu',
        'unhrc-resolutions-on-myanmar-2020-sponsored-by-oic',
      ]) {
        const fact = await relation(id);
        expect(fact.attestation).toBe('SOURCE');
        expect(fact.citations).toContainEqual(HEADING);
        expect(fact.note.en).toContain(
          "as the page's account of «العلاقات بين الاتحاد الأوروبي ومنظمة المؤتمر الإسلامي» (EU–OIC relations) reads",
        );
      }
    });

    it('cites the heading and «الهيئتين السابقتين» for the Council of Foreign Ministers as an organ of the OIC', async () => {
      const fact = await relation('cfm-organ-of-oic');
      expect(fact.citations).toEqual([
        { quote: 'كما يجتمع مجلس وزراء الخارجية مرة في السنة', start: 266, end: 308 },
        { quote: 'هيكلية منظمة التعاون الإسلامي', start: 54, end: 83 },
        {
          quote:
            'أما الأمانة العامة، وهي الجهاز التنفيذي للمنظمة، فهي مكلفة بتنفيذ قرارات الهيئتين السابقتين',
          start: 310,
          end: 401,
        },
      ]);
      expect(fact.note.en).toContain('the Council is one of «الهيئتين السابقتين» (the two bodies above)');
    });

    it('links the launch of further cooperation to the Human Rights Council it took place in', async () => {
      const { entity } = await query(`{
        entity(id: "eu-oic-further-cooperation-launch") {
          ... on Event { place { id } }
          relations(types: [TOOK_PLACE_IN]) { nodes { id other { id } attestation citations { quote start end } } }
        }
      }`);
      expect(entity.place).toEqual({ id: 'un-human-rights-council' });
      expect(entity.relations.nodes).toEqual([
        {
          id: 'eu-oic-further-cooperation-launch-took-place-in-unhrc',
          other: { id: 'un-human-rights-council' },
          attestation: 'SOURCE',
          citations: [
            {
              quote:
                'حيث تم إطلاق المزيد من التعاون من خلال عدد من الفعاليات والقرارات المشتركة في مجلس حقوق الإنسان التابع للأمم المتحدة',
              start: 2148,
              end: 2264,
            },
          ],
        },
      ]);
    });

    it('says on the series which meeting was the latest at the time of writing, with its quote', async () => {
      const { entity } = await query(`{
        entity(id: "eu-oic-senior-officials-meetings") {
          relations(types: [INSTANCE_OF], direction: INCOMING) { nodes { other { id ... on Event { date { text } } } note { en ar } citations { quote } } }
        }
      }`);
      expect(entity.relations.nodes).toEqual([
        {
          other: { id: 'eu-oic-senior-officials-meeting-2020-07', date: { text: '2020-07' } },
          note: {
            en: "«الاجتماع الأخير» (the latest meeting): the latest of the senior officials' meetings at the time the page was written, a date the source does not give; it does not say the series ended with it.",
            ar: '«الاجتماع الأخير»: آخر اجتماعات كبار المسؤولين حتى كتابة الصفحة، ولا يذكر المصدر تاريخ كتابتها؛ ولا يقول إن السلسلة انتهت به.',
          },
          citations: [
            { quote: 'في الاجتماع الأخير لكبار المسؤولين الذي عقد في يوليو 2020 بشكل افتراضي' },
            { quote: 'وقد تم إضفاء الطابع المؤسسي على اجتماعات كبار المسؤولين منذ عام 2017' },
          ],
        },
      ]);
    });

    it('words the Arabic descriptions as the source does', async () => {
      const { programme, saudi } = await query(`{
        programme: entity(id: "oic-2025-programme-of-action") { description(lang: AR) }
        saudi: entity(id: "saudi-arabia") { description(lang: AR) }
      }`);
      // The OIC adopted it at the summit; the summit did not adopt it.
      expect(programme.description).toContain('تبنّته المنظمة في قمتها الثالثة عشرة في نيسان 2016');
      expect(saudi.description).toBe('دولة للاتحاد الأوروبي وفد لديها.');
    });
  });

  it("gives the source's origin as the page states it, and the offset unit in both languages", async () => {
    const { sources } = await query('{ sources { nodes { publisher { en } note { ar en } } } }');
    expect(sources.nodes).toEqual([
      {
        publisher: { en: 'European External Action Service (EEAS)' },
        note: {
          ar: expect.stringContaining(
            'تُحسب المواضع بنقاط الترميز في يونيكود، والبداية مشمولة والنهاية غير مشمولة',
          ),
          en: expect.stringContaining(
            "The publisher given is the page's stated origin, not a verified fact.",
          ),
        },
      },
    ]);
  });
});
