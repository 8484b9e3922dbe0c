import { startApi, type Api } from '../helpers/api';

const SEARCH =
  'query ($text: String!, $kinds: [EntityKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { entity { id } matchedName matchedLang matchedAs exact } }';

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

  it('finds the OIC by the other name the source uses, in English and in Arabic', async () => {
    expect((await search('Organisation of the Islamic Conference'))[0]).toEqual({
      entity: { id: 'oic' },
      matchedName: 'Organisation of the Islamic Conference',
      matchedLang: 'EN',
      matchedAs: 'OTHER_NAME',
      exact: true,
    });
    expect((await search('منظمة المؤتمر الإسلامي'))[0]).toMatchObject({
      entity: { id: 'oic' },
      matchedAs: 'OTHER_NAME',
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
});
