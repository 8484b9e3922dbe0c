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
 * The other form an Arabic word takes in the texts, which the light stemmer does not bring to the
 * same term: the indefinite accusative, written with tanween and an alef («أمينًا عامًا», "as
 * Secretary-General", where a query says «الأمين العام»). The stemmer strips the article but not
 * that alef, so each form is asked for as well as the word; a word typed with the tanween
 * («أمينًا») is asked for without its alef too. Normalised; empty for a word that takes no such form.
 */
export function arabicForms(word: string): string[] {
  const normalised = normaliseName(word);
  if (!ARABIC_LETTER.test(normalised) || normalised.includes(' ')) return [];
  if (word.includes(TANWEEN_FATH) && normalised.endsWith('ا')) {
    return normalised.length >= 3 ? [normalised.slice(0, -1)] : [];
  }
  const article = ARTICLES.find(
    (prefix) => normalised.startsWith(prefix) && normalised.length >= prefix.length + 2,
  );
  const base = article ? normalised.slice(article.length) : normalised;
  // Taa marbuta (ه once normalised) and a final alef take the tanween without an added alef.
  return base.length < 2 || /[اه]$/u.test(base) ? [] : [`${base}ا`];
}

const TANWEEN_FATH = '\u064B';
// The article, alone or after a conjunction or preposition, as the stemmer's prefixes.
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل'];

/**
 * Whether two words lie within `max` edits of each other, a swap of neighbours counting as one,
 * as Lucene's fuzzy terms count them (optimal string alignment). Bounded: words whose lengths
 * differ by more than `max` are never compared, and the table stops at the first row whose every
 * cell is past `max`, so a long word costs little more than a short one.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let cell = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        cell = Math.min(cell, before[j - 2] + 1);
      row.push(cell);
      smallest = Math.min(smallest, cell);
    }
    if (smallest > max) return false;
    before = previous;
    previous = row;
  }
  return previous[y.length] <= max;
}
