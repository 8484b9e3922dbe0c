import { arabicForms } from '../../../src/search/analysis';
import { MAX_FUZZY_WORDS, MAX_SEARCH_WORDS, queryWordsOf } from '../../../src/search/query';
import { searchCost } from '../../../src/search/search.cost';
import { searchesOf } from '../../../src/search/search.repository';

const everywhere = { names: true, descriptions: true, quotes: true };

/** Twenty misspelt words, 200 characters: the search that cost 220 ms of server CPU and 1.38 s of Neo4j's. */
const MISSPELT =
  'cooepration dialgoue deelgation paritcipant reoslutions cirsis asesmbly poistion accerdited smumit presdient ' +
  'inititaive tecnhical poltiical meteings porgramme premanent mgoherini secertaria memroandum';

describe('the words of a query', () => {
  it('are deduplicated by the term the indexes keep, in the order typed', () => {
    expect(queryWordsOf('الإرهاب والارهاب EU eu Terrorism').map((word) => word.typed)).toEqual([
      'الإرهاب',
      'eu',
      'terrorism',
    ]);
  });

  it('take the Arabic indefinite accusative as another form of a word', () => {
    expect(arabicForms('الأمين')).toEqual(['امينا']);
    expect(arabicForms('العام')).toEqual(['عاما']);
    expect(arabicForms('أمينًا')).toEqual(['امين']);
    // Taa marbuta and a final alef take no added alef; Latin words have no such form.
    expect(arabicForms('العامة')).toEqual([]);
    expect(arabicForms('سولانا')).toEqual([]);
    expect(arabicForms('Solana')).toEqual([]);
    expect(queryWordsOf('الأمين العام')[0]).toEqual({
      typed: 'الأمين',
      forms: ['الأمين', 'امينا'],
      terms: ['ام', 'امينا'],
      edits: 1,
    });
  });

  it(`are at most ${MAX_SEARCH_WORDS}, and at most ${MAX_FUZZY_WORDS} of them are guessed at`, () => {
    expect(MISSPELT.length).toBe(200);
    const words = queryWordsOf(MISSPELT);
    expect(words.map((word) => word.typed)).toEqual(MISSPELT.split(' ').slice(0, MAX_SEARCH_WORDS));
    expect(words.filter((word) => word.edits > 0)).toHaveLength(MAX_FUZZY_WORDS);
  });
});

describe('the index queries of a search', () => {
  it('are bounded whatever the text: each word in five indexes, and guesses in the indexes of their script', () => {
    const { searches, guesses } = searchesOf('x', queryWordsOf(MISSPELT), everywhere);
    // The exact name, then per index eight words, every word and the phrase.
    expect(searches).toHaveLength(1 + 5 * (MAX_SEARCH_WORDS + 2));
    // Latin guesses go to the two English indexes only: eight automata, where the search of twenty
    // words built a hundred.
    expect(guesses.map((guess) => [guess.index, guess.clauses.length])).toEqual([
      ['entity_names_en', MAX_FUZZY_WORDS],
      ['entity_descriptions_en', MAX_FUZZY_WORDS],
    ]);
    expect(guesses[0].clauses.map((near) => near.clause)).toEqual([
      'cooepration~2',
      'dialgoue~2',
      'deelgation~2',
      'paritcipant~2',
    ]);
  });

  it('ask one word once, without an every-word or phrase query', () => {
    const { searches } = searchesOf('"oic"', queryWordsOf('OIC'), {
      names: true,
      descriptions: false,
      quotes: false,
    });
    expect(searches.map((search) => [search.index, search.role, search.query])).toEqual([
      ['entity_name_keys', 'EXACT', '"oic"'],
      ['entity_names_ar', 'WORD', 'oic'],
      ['entity_names_en', 'WORD', 'oic'],
    ]);
  });
});

describe('the cost of a search', () => {
  const cost = (text: string, first: number, childComplexity = 10) =>
    searchCost({ args: { text, first }, childComplexity } as unknown as Parameters<typeof searchCost>[0]);

  it('counts its words, and each hit once per word', () => {
    expect(cost('OIC', 10)).toBe(400 + 10 * (1 + 10 + 2));
    expect(cost('الأمين العام', 10)).toBe(800 + 10 * (1 + 10 + 4));
    expect(cost(MISSPELT, 100)).toBe(MAX_SEARCH_WORDS * 400 + 100 * (1 + 10 + MAX_SEARCH_WORDS * 2));
  });

  it('reads a text past the limit no further than twice the limit', () => {
    expect(cost(`${MISSPELT} `.repeat(5000), 1)).toBe(cost(MISSPELT, 1));
  });
});
