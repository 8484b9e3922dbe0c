import { arabicStem, termOf, withinEdits } from '../../../src/search/analysis';
import { bestMatchingName } from '../../../src/search/best-name';
import { queryWordsOf } from '../../../src/search/query';
import { Marker, MAX_SNIPPET_WORDS, snippetOf } from '../../../src/search/snippet';

const marked = (snippet: { text: string; marks: Array<{ start: number; end: number }> }) =>
  snippet.marks.map((mark) => Array.from(snippet.text).slice(mark.start, mark.end).join(''));

/** A marker for a query whose words every index holds, or those numbered in `found`. */
const markerOf = (query: string, found?: number[]) => {
  const words = queryWordsOf(query);
  return new Marker(words, new Set(found ?? words.map((_, i) => i)));
};

describe('the terms the full-text indexes keep', () => {
  it("stems Arabic as Lucene's light stemmer: one prefix, then the suffixes in turn", () => {
    expect(arabicStem('الارهاب')).toBe('ارهاب');
    expect(arabicStem('والتطرف')).toBe('تطرف');
    expect(arabicStem('للعقد')).toBe('عقد');
    // wa- needs four letters; the article needs two left after it.
    expect(arabicStem('ولد')).toBe('ولد');
    expect(arabicStem('الف')).toBe('الف');
    // Suffixes go one after another: -ات then nothing else fits.
    expect(arabicStem('المنظمات')).toBe('منظم');
    expect(arabicStem('منظمه')).toBe('منظم');
  });

  it('normalises before stemming, and only lower-cases Latin words', () => {
    expect(termOf('الإرهاب')).toBe('ارهاب');
    expect(termOf('مُنَظَّمَة')).toBe('منظم');
    expect(termOf('Simonnét')).toBe('simonnet');
  });

  it('counts a swap of neighbours as one edit, as Lucene does, and stops past the edits allowed', () => {
    expect(withinEdits('simonet', 'simonnet', 1)).toBe(true);
    expect(withinEdits('solana', 'sloana', 1)).toBe(true);
    expect(withinEdits('simonett', 'simonnet', 1)).toBe(false);
    expect(withinEdits('simonett', 'simonnet', 2)).toBe(true);
    expect(withinEdits('taha', 'taha', 0)).toBe(true);
    expect(withinEdits('a'.repeat(5000), 'b', 2)).toBe(false);
  });
});

describe('snippets', () => {
  it('marks the words of a name that match, in code points', () => {
    const snippet = snippetOf('𝐀 Patrick Simonnet', markerOf('simonnet'), { fuzzy: false, clip: false });
    // The mathematical A is one code point and two UTF-16 units.
    expect(snippet.marks).toEqual([{ start: 10, end: 18 }]);
    expect(marked(snippet)).toEqual(['Simonnet']);
  });

  it('marks near words only on a fuzzy hit, and only for a word no index holds', () => {
    const guess = markerOf('Simonet', []);
    expect(snippetOf('Patrick Simonnet', guess, { fuzzy: true, clip: false }).marks).toEqual([
      { start: 8, end: 16 },
    ]);
    expect(snippetOf('Patrick Simonnet', guess, { fuzzy: false, clip: false }).marks).toEqual([]);
    // Two edits from eight letters: Simonett is two from Simonnet.
    expect(
      marked(snippetOf('Patrick Simonnet', markerOf('Simonett', []), { fuzzy: true, clip: false })),
    ).toEqual(['Simonnet']);
    // A word an index holds is no guess: nothing near it is marked.
    expect(
      snippetOf('Patrick Simonnet', markerOf('Simonet', [0]), { fuzzy: true, clip: false }).marks,
    ).toEqual([]);
  });

  it('marks nothing for a word no index holds, such as a stop word', () => {
    const snippet = snippetOf('في عام 2017 في نيويورك', markerOf('في نيويورك', [1]), {
      fuzzy: false,
      clip: false,
    });
    expect(marked(snippet)).toEqual(['نيويورك']);
  });

  it('marks Arabic words whatever their prefixes, spelling and the indefinite accusative', () => {
    const snippet = snippetOf('والذي يركز أيضاً بشكل مهم على الإرهاب والتطرف', markerOf('الارهاب التطرف'), {
      fuzzy: false,
      clip: true,
    });
    expect(marked(snippet)).toEqual(['الإرهاب', 'والتطرف']);
    expect(snippet).toMatchObject({ clippedBefore: false, clippedAfter: false });
    const appointed = snippetOf(
      'في 28 تشرين ثاني 2020، أمينًا عامًا لمنظمة التعاون',
      markerOf('الأمين العام'),
      {
        fuzzy: false,
        clip: true,
      },
    );
    expect(marked(appointed)).toEqual(['أمينًا', 'عامًا']);
  });

  it('keeps the words around the match and says what it left out, cutting on white space', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    words[20] = "EU's target";
    const snippet = snippetOf(words.join(' '), markerOf('target'), { fuzzy: false, clip: true });
    // Eight words each side: EU and s are two of them, and the cut keeps EU's whole.
    expect(snippet.text).toBe("w14 w15 w16 w17 w18 w19 EU's target w21 w22 w23 w24 w25 w26 w27 w28");
    expect(marked(snippet)).toEqual(['target']);
    expect(snippet).toMatchObject({ clippedBefore: true, clippedAfter: true });
  });

  it('gives the start of the text when no word is recognised', () => {
    const snippet = snippetOf('one two three', markerOf('zzz'), { fuzzy: false, clip: true });
    expect(snippet).toEqual({ text: 'one two three', marks: [], clippedBefore: false, clippedAfter: false });
  });

  it('reads a bounded part of a long text, whatever the query: the cost of a hit does not grow with its text', () => {
    // Twenty misspelt words of eight letters or more, guessed at, against a text of 20,000 words
    // near them: the marker reads MAX_SNIPPET_WORDS words and guesses at four query words.
    const real = 'cooperation representative delegation participant resolutions discrimination'.split(' ');
    const text = Array.from({ length: 20_000 }, (_, i) => real[i % real.length]).join(' ');
    const query = Array.from({ length: 20 }, (_, i) => `${real[i % real.length].slice(0, -1)}x${i}`).join(
      ' ',
    );
    const marker = markerOf(query, []);
    const started = process.hrtime.bigint();
    const snippet = snippetOf(text, marker, { fuzzy: true, clip: true });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(snippet.clippedAfter).toBe(true);
    expect(Array.from(snippet.text).length).toBeLessThan(4000);
    expect(snippet.text.split(' ').length).toBeLessThanOrEqual(MAX_SNIPPET_WORDS);
    // About 5 ms; before the bound, each of 20 words met each of 20,000 words twice (seconds).
    expect(ms).toBeLessThan(500);
  });
});

describe('the name a hit matched', () => {
  const names = [
    { text: 'باتريك سيموني', lang: 'ar' as const, kind: 'NAME' },
    { text: 'Patrick Simonnet', lang: 'en' as const, kind: 'NAME' },
  ];

  it('is in the language of the index that found it, marked', () => {
    const best = bestMatchingName('Simonett', names, 'en', markerOf('Simonett', []), true);
    expect(best.name.text).toBe('Patrick Simonnet');
    expect(marked(best.snippet)).toEqual(['Simonnet']);
  });

  it('is the name with the most words marked, among names and aliases', () => {
    const madani = [
      { text: 'المدني', lang: 'ar' as const, kind: 'NAME' },
      { text: 'Madani', lang: 'en' as const, kind: 'NAME' },
      { text: 'إياد أمين مدني', lang: 'ar' as const, kind: 'VARIANT' },
    ];
    const best = bestMatchingName('أمين', madani, 'ar', markerOf('أمين'), false);
    expect(best.name.kind).toBe('VARIANT');
    expect(marked(best.snippet)).toEqual(['أمين']);
  });
});
