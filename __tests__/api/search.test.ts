import { startApi, type Api } from '../helpers/api';

const SEARCH =
  'query ($text: String!, $kinds: [EntityKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { entity { id } matchedName matchedLang matchedAs exact } }';

const FULL = `query ($text: String!, $in: [SearchScope!], $kinds: [EntityKind!], $first: Int) {
  search(text: $text, in: $in, kinds: $kinds, first: $first) {
    entity { id }
    matchedIn matchedLang fuzzy
    snippet { text lang marks { start end } clippedBefore clippedAfter }
    citation { id quote supports }
    relation { id type direction source { id } target { id } }
  }
}`;

interface Hit {
  entity: { id: string };
  matchedIn: string;
  matchedLang: string;
  fuzzy: boolean;
  snippet: { text: string; lang: string; marks: Array<{ start: number; end: number }> };
  citation: { id: string; quote: string; supports: string[] | null } | null;
  relation: {
    id: string;
    type: string;
    direction: string;
    source: { id: string };
    target: { id: string };
  } | null;
}

/** The marked words of a snippet, cut out by code points as a client would. */
const markedWords = (hit: Hit) =>
  hit.snippet.marks.map((mark) => Array.from(hit.snippet.text).slice(mark.start, mark.end).join(''));

const SOURCE = 'eeas-oic-structure-eu-relations-ar';
const FOCUS = 'والذي يركز أيضاً بشكل مهم على الإرهاب والتطرف';

describe('search', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const search = async (text: string, extra: Record<string, unknown> = {}) => {
    const result = await api.run(SEARCH, { text, ...extra });
    expect(result.errors).toBeUndefined();
    return result.data!.search as Array<{
      entity: { id: string };
      matchedName: string;
      matchedLang: string;
      matchedAs: string;
      exact: boolean;
    }>;
  };

  it('finds the OIC by its former name, which the source also uses, in English and in Arabic', async () => {
    expect((await search('Organisation of the Islamic Conference'))[0]).toEqual({
      entity: { id: 'oic' },
      matchedName: 'Organisation of the Islamic Conference',
      matchedLang: 'EN',
      matchedAs: 'FORMER_NAME',
      exact: true,
    });
    expect((await search('منظمة المؤتمر الإسلامي'))[0]).toMatchObject({
      entity: { id: 'oic' },
      matchedAs: 'FORMER_NAME',
      exact: true,
    });
  });

  it('tolerates the usual Arabic spelling variants', async () => {
    // taa marbuta as haa, hamza-less alef, alef maqsura for yaa, diacritics and tatweel.
    for (const text of ['منظمه التعاون الاسلامى', 'مُنَظَّمَة التعاون الإسـلامي']) {
      expect((await search(text))[0]).toMatchObject({
        entity: { id: 'oic' },
        matchedName: 'منظمة التعاون الإسلامي',
        exact: true,
      });
    }
    expect((await search('الامانه العامه'))[0]).toMatchObject({ entity: { id: 'oic-general-secretariat' } });
  });

  it('tolerates small Latin misspellings', async () => {
    expect((await search('Mogerini'))[0]).toMatchObject({
      entity: { id: 'mogherini' },
      matchedName: 'Mogherini',
      exact: false,
    });
    expect((await search('Javier Solanna'))[0].entity.id).toBe('javier-solana');
    expect((await search('Simonet'))[0].entity.id).toBe('patrick-simonnet');
  });

  it('finds acronyms and says so', async () => {
    expect((await search('CFM'))[0]).toMatchObject({
      entity: { id: 'oic-council-of-foreign-ministers' },
      matchedAs: 'ACRONYM',
    });
    expect((await search('hr/vp'))[0]).toMatchObject({
      entity: { id: 'eu-high-representative' },
      matchedAs: 'ACRONYM',
    });
    expect((await search('UNGA'))[0]).toMatchObject({
      entity: { id: 'un-general-assembly' },
      matchedAs: 'ACRONYM',
    });
  });

  it('keeps only the kinds asked for, and ranks exact names first', async () => {
    const people = await search('Taha', { kinds: ['PERSON'] });
    expect(people.map((hit) => hit.entity.id)).toEqual(['hissein-brahim-taha']);
    const hits = await search('Islamic Summit', { first: 3 });
    expect(hits[0]).toMatchObject({ entity: { id: 'islamic-summit' }, exact: true });
  });

  it('treats query syntax as text to look for', async () => {
    expect(await search('*:* OR id:oic AND NOT "x" [a TO z] ~ \\')).toEqual(expect.any(Array));
    expect(await search('zzzzqqqq')).toEqual([]);
  });

  it('refuses empty and overlong text with a coded error', async () => {
    for (const text of ['   ', 'x'.repeat(201)]) {
      const result = await api.run(SEARCH, { text });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/^text: expected 1 to 200 characters, received \d+$/);
    }
  });

  it('refuses more than 50 hits, or none, with a coded error', async () => {
    for (const first of [0, 51]) {
      const result = await api.run(SEARCH, { text: 'OIC', first });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(result.errors?.[0].message).toBe(`first: expected a page size from 1 to 50, received ${first}`);
    }
  });

  describe('beyond names', () => {
    const find = async (text: string, extra: Record<string, unknown> = {}) => {
      const result = await api.run(FULL, { text, ...extra });
      expect(result.errors).toBeUndefined();
      return { hits: result.data!.search as Hit[], roundTrips: result.roundTrips };
    };
    const quoteHit = (
      entity: string,
      citation: string,
      quote: string,
      mark: [number, number],
      fact: { supports?: string[]; relation?: Hit['relation'] },
    ) => ({
      entity: { id: entity },
      matchedIn: 'QUOTE',
      matchedLang: 'AR',
      fuzzy: false,
      snippet: {
        text: quote,
        lang: 'AR',
        marks: [{ start: mark[0], end: mark[1] }],
        clippedBefore: false,
        clippedAfter: false,
      },
      citation: { id: `${SOURCE}@${citation}`, quote, supports: fact.supports ?? null },
      relation: fact.relation ?? null,
    });
    const focusesOn = (topic: string) => ({
      id: `oic-2025-focuses-on-${topic}`,
      type: 'FOCUSES_ON',
      direction: 'OUTGOING',
      source: { id: 'oic-2025-programme-of-action' },
      target: { id: topic },
    });

    it('finds the OIC-2025 facts by a word of their quotes, with the word marked, in one round trip', async () => {
      const { hits, roundTrips } = await find('الإرهاب', { in: ['QUOTES'] });
      const programme = 'والذي يركز أيضاً بشكل مهم على الإرهاب والتطرف: برنامج عمل المنظمة-2025 للعقد القادم';
      expect(hits).toEqual([
        quoteHit('extremism', '904-919', 'الإرهاب والتطرف', [0, 7], { supports: ['name'] }),
        quoteHit('terrorism', '900-919', 'على الإرهاب والتطرف', [4, 11], { supports: ['name'] }),
        quoteHit('oic-2025-programme-of-action', '874-919', FOCUS, [30, 37], {
          relation: focusesOn('extremism'),
        }),
        quoteHit('oic-2025-programme-of-action', '874-919', FOCUS, [30, 37], {
          relation: focusesOn('terrorism'),
        }),
        quoteHit('oic-2025-programme-of-action', '874-957', programme, [30, 37], {
          supports: ['name', 'scope', 'horizon'],
        }),
      ]);
      expect(hits.map(markedWords)).toEqual(Array(5).fill(['الإرهاب']));
      expect(roundTrips).toBe(1);
    });

    it('ranks exact names first, then descriptions, then quotes', async () => {
      const { hits } = await find('الإرهاب');
      expect(
        hits.map((hit) => [hit.matchedIn, hit.entity.id, hit.relation?.id ?? hit.citation?.id ?? null]),
      ).toEqual([
        ['NAME', 'terrorism', null],
        ['DESCRIPTION', 'oic-2025-programme-of-action', null],
        ['QUOTE', 'extremism', `${SOURCE}@904-919`],
        ['QUOTE', 'terrorism', `${SOURCE}@900-919`],
        ['QUOTE', 'oic-2025-programme-of-action', 'oic-2025-focuses-on-extremism'],
        ['QUOTE', 'oic-2025-programme-of-action', 'oic-2025-focuses-on-terrorism'],
        ['QUOTE', 'oic-2025-programme-of-action', `${SOURCE}@874-957`],
      ]);
      expect(hits[1].snippet).toEqual({
        text: 'في نيسان 2016، ويركز أيضاً بشكل مهم على الإرهاب والتطرف.',
        lang: 'AR',
        marks: [{ start: 40, end: 47 }],
        clippedBefore: true,
        clippedAfter: false,
      });
    });

    it('looks only where asked, and keeps the kinds asked for', async () => {
      expect(
        (await find('الإرهاب', { in: ['NAMES'] })).hits.map((hit) => [hit.matchedIn, hit.entity.id]),
      ).toEqual([['NAME', 'terrorism']]);
      const topics = await find('الإرهاب', { in: ['QUOTES'], kinds: ['TOPIC'] });
      expect(topics.hits.map((hit) => hit.entity.id)).toEqual(['extremism', 'terrorism']);
      const documents = await find('الإرهاب', {
        in: ['QUOTES', 'DESCRIPTIONS'],
        kinds: ['DOCUMENT'],
        first: 2,
      });
      expect(documents.hits.map((hit) => [hit.matchedIn, hit.relation?.id ?? null])).toEqual([
        ['DESCRIPTION', null],
        ['QUOTE', 'oic-2025-focuses-on-extremism'],
      ]);
    });

    it('finds English descriptions, the words around the match marked', async () => {
      const { hits } = await find('extremism', { in: ['DESCRIPTIONS'] });
      expect(hits).toEqual([
        {
          entity: { id: 'oic-2025-programme-of-action' },
          matchedIn: 'DESCRIPTION',
          matchedLang: 'EN',
          fuzzy: false,
          snippet: {
            text: '2016, which also focuses significantly on terrorism and extremism.',
            lang: 'EN',
            marks: [{ start: 56, end: 65 }],
            clippedBefore: true,
            clippedAfter: false,
          },
          citation: null,
          relation: null,
        },
      ]);
    });

    it('matches Arabic spelling variants and affixes in quotes, marking the word as the source spells it', async () => {
      const ids = async (text: string) =>
        (await find(text, { in: ['QUOTES'] })).hits.map((hit) => hit.relation?.id ?? hit.citation!.id);
      const expected = await ids('الإرهاب');
      // Without hamza; without the article; with the conjunction wa- in front.
      for (const variant of ['الارهاب', 'ارهاب', 'والإرهاب']) expect(await ids(variant)).toEqual(expected);
      // "التطرف" finds "والتطرف": the analyzer strips the prefix, and the mark keeps it.
      const [first] = (await find('التطرف', { in: ['QUOTES'], kinds: ['DOCUMENT'], first: 1 })).hits;
      expect(first.snippet.text).toBe(FOCUS);
      expect(markedWords(first)).toEqual(['والتطرف']);
      // Taa marbuta written as haa: "منظمه" marks منظمة in the quote of the EU's Representative.
      const { hits } = await find('سيموني منظمه', { in: ['QUOTES'] });
      const appointment = hits.find(
        (hit) => hit.relation?.id === 'simonnet-holds-eu-representative-to-the-oic',
      )!;
      expect(appointment.snippet).toMatchObject({
        text:
          'الممثل الأعلى/ نائب الرئيس جوزيب بوريل السيد باتريك سيموني، وهو أيضاً رئيس وفد الاتحاد الأوروبي لدى ' +
          'المملكة العربية السعودية، ممثلاً للاتحاد الأوروبي لدى منظمة التعاون الإسلامي (OIC)',
        clippedBefore: true,
        clippedAfter: false,
      });
      expect(markedWords(appointment)).toEqual(['سيموني', 'منظمة']);
    });

    it('flags a hit found only by guessing at near words as fuzzy', async () => {
      const guessed = (await find('Simonet')).hits;
      const typed = (await find('Simonnet')).hits;
      const people = [
        'patrick-simonnet',
        'eu-representative-to-the-oic',
        'head-of-eu-delegation-to-saudi-arabia',
        'josep-borrell',
      ];
      expect(guessed.map((hit) => [hit.entity.id, hit.fuzzy])).toEqual(people.map((id) => [id, true]));
      expect(typed.map((hit) => [hit.entity.id, hit.fuzzy])).toEqual(people.map((id) => [id, false]));
      expect(guessed[0]).toMatchObject({
        matchedIn: 'NAME',
        snippet: { text: 'Patrick Simonnet', marks: [{ start: 8, end: 16 }] },
      });
      // A guess at a name neither hides nor outranks a description holding the very word: "launched"
      // is near "Launch" in the name of the launch of further cooperation, and in its description.
      const launched = (await find('launched', { in: ['NAMES', 'DESCRIPTIONS'] })).hits;
      expect(launched.map((hit) => [hit.matchedIn, hit.entity.id, hit.fuzzy])).toEqual(
        [
          'un-human-rights-council',
          'high-level-forum-on-anti-muslim-discrimination-2017',
          'unhrc-resolutions-on-myanmar-2020',
          'eu-oic-further-cooperation-launch',
          'united-nations',
        ].map((id) => ['DESCRIPTION', id, false]),
      );
      expect(markedWords(launched[3])).toEqual(['launched']);
      // One word found as typed is no guess, though the other was misspelt.
      expect((await find('Javier Solanna', { first: 1 })).hits[0]).toMatchObject({
        entity: { id: 'javier-solana' },
        fuzzy: false,
        snippet: { text: 'Javier Solana', marks: [{ start: 0, end: 6 }] },
      });
    });
  });
});
