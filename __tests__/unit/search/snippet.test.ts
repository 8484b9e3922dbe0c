import { arabicStem, editDistance, termOf } from '../../../src/search/analysis';
import { snippetOf } from '../../../src/search/snippet';

const marked = (snippet: { text: string; marks: Array<{ start: number; end: number }> }) =>
  snippet.marks.map((mark) => Array.from(snippet.text).slice(mark.start, mark.end).join(''));

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

  it('counts a swap of neighbours as one edit, as Lucene does', () => {
    expect(editDistance('simonet', 'simonnet')).toBe(1);
    expect(editDistance('solana', 'sloana')).toBe(1);
    expect(editDistance('taha', 'taha')).toBe(0);
  });
});

describe('snippets', () => {
  it('marks the words of a name that match, in code points', () => {
    const snippet = snippetOf('𝐀 Patrick Simonnet', 'simonnet', { fuzzy: false, clip: false });
    // The mathematical A is one code point and two UTF-16 units.
    expect(snippet.marks).toEqual([{ start: 10, end: 18 }]);
    expect(marked(snippet)).toEqual(['Simonnet']);
  });

  it('marks near words only on a fuzzy hit', () => {
    expect(snippetOf('Patrick Simonnet', 'Simonet', { fuzzy: true, clip: false }).marks).toEqual([
      { start: 8, end: 16 },
    ]);
    expect(snippetOf('Patrick Simonnet', 'Simonet', { fuzzy: false, clip: false }).marks).toEqual([]);
  });

  it('marks Arabic words whatever their prefixes and spelling', () => {
    const snippet = snippetOf('والذي يركز أيضاً بشكل مهم على الإرهاب والتطرف', 'الارهاب التطرف', {
      fuzzy: false,
      clip: true,
    });
    expect(marked(snippet)).toEqual(['الإرهاب', 'والتطرف']);
    expect(snippet).toMatchObject({ clippedBefore: false, clippedAfter: false });
  });

  it('keeps the words around the match and says what it left out, cutting on white space', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    words[20] = "EU's target";
    const snippet = snippetOf(words.join(' '), 'target', { fuzzy: false, clip: true });
    // Eight words each side: EU and s are two of them, and the cut keeps EU's whole.
    expect(snippet.text).toBe("w14 w15 w16 w17 w18 w19 EU's target w21 w22 w23 w24 w25 w26 w27 w28");
    expect(marked(snippet)).toEqual(['target']);
    expect(snippet).toMatchObject({ clippedBefore: true, clippedAfter: true });
  });

  it('gives the start of the text when no word is recognised', () => {
    const snippet = snippetOf('one two three', 'zzz', { fuzzy: false, clip: true });
    expect(snippet).toEqual({ text: 'one two three', marks: [], clippedBefore: false, clippedAfter: false });
  });
});
