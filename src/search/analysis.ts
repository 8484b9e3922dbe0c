import { normaliseName } from '../domain/normalise';

/**
 * What the full-text indexes do to a word, mirrored here so that a snippet can mark the words
 * that matched. Lucene's Arabic analyzer normalises (hamza forms of alef, taa marbuta, alef
 * maqsura, diacritics, tatweel) and then strips one prefix and some suffixes (the light stemmer
 * of Lucene's ArabicStemmer); the standard analyzer lower-cases. The indexes decide what matches;
 * this only finds the words again, so a mark it misses is a missing highlight, never a wrong hit.
 */

// Tried in this order; the first that fits is stripped (Lucene's ArabicStemmer).
const ARABIC_PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
// Each is tried in turn on what the previous ones left.
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** The light stem of a normalised Arabic word, as Lucene's ArabicStemmer computes it. */
export function arabicStem(word: string): string {
  let stem = word;
  for (const prefix of ARABIC_PREFIXES) {
    // A one-letter prefix (wa-) needs four letters, the others two left after them.
    const long = prefix.length === 1 ? stem.length >= 4 : stem.length >= prefix.length + 2;
    if (long && stem.startsWith(prefix)) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** The term an index keeps for a word: normalised, and light-stemmed when Arabic. */
export function termOf(word: string): string {
  const normalised = normaliseName(word);
  return ARABIC_LETTER.test(normalised) ? arabicStem(normalised) : normalised;
}

/**
 * Edits between two words, a swap of neighbours counting as one, as Lucene's fuzzy terms count
 * them (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const rows = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[x.length][y.length];
}
