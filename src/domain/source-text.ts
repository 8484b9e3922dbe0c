/**
 * How a source's text is kept. The curated source (data/sources/) is UTF-8 in Unicode NFC, with
 * LF line breaks and no byte-order mark; a text added through the API is brought to that same
 * form and nothing more: no trimming, no change of spaces, quotes or digits. Its SHA-256 is taken
 * of that form, and citation offsets count its code points.
 */

/** The longest source text the graph takes, in Unicode code points (the curated page has 2,809). */
export const MAX_SOURCE_CODE_POINTS = 100_000;

/** The text in the form sources are kept in: NFC, LF line breaks, no byte-order mark. */
export function normaliseSourceText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
/** Whether a UTF-16 index of the text falls between two code points (not inside a pair). */
const atBoundary = (text: string, unit: number) =>
  unit === 0 || unit >= text.length || !(isLow(text.charCodeAt(unit)) && isHigh(text.charCodeAt(unit - 1)));

/**
 * Every code-point offset at which the quote occurs in the text, overlapping occurrences included.
 * One pass over the text (Knuth-Morris-Pratt over UTF-16 units, code points counted on the way):
 * its cost is the text's length plus the quote's whatever the two hold, where a search from each
 * occurrence could cost their product (100,000 × 2,000 for a capped source and quote).
 */
export function quoteOffsets(text: string, quote: string): number[] {
  const found: number[] = [];
  const m = quote.length;
  if (m === 0) return found;
  // fallback[i]: the longest proper prefix of quote[0..i] that is also a suffix of it.
  const fallback = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && quote.charCodeAt(i) !== quote.charCodeAt(k)) k = fallback[k - 1];
    if (quote.charCodeAt(i) === quote.charCodeAt(k)) k++;
    fallback[i] = k;
  }
  const quoteCodePoints = Array.from(quote).length;
  let codePoints = 0;
  for (let i = 0, k = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (atBoundary(text, i)) codePoints++;
    while (k > 0 && unit !== quote.charCodeAt(k)) k = fallback[k - 1];
    if (unit === quote.charCodeAt(k)) k++;
    if (k === m) {
      // A match that cuts a surrogate pair is no occurrence of the quote's code points.
      if (atBoundary(text, i - m + 1) && atBoundary(text, i + 1)) found.push(codePoints - quoteCodePoints);
      k = fallback[k - 1];
    }
  }
  return found;
}

/** What sort of document a source is. */
export const SOURCE_KINDS = {
  WEB_PAGE: 'A page of a website, as captured.',
  PRESS_RELEASE: 'A press release or statement of an organisation.',
  COMMUNIQUE: 'A final communiqué, declaration or resolution text of a meeting.',
  REPORT: 'A report or study.',
  ARTICLE: 'A news or journal article.',
  OTHER: 'Any other document.',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
