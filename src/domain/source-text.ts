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

/** Every code-point offset at which the quote occurs in the text, overlapping occurrences included. */
export function quoteOffsets(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote.length === 0) return found;
  let codePoints = 0;
  let counted = 0;
  for (let unit = text.indexOf(quote); unit >= 0; unit = text.indexOf(quote, unit + 1)) {
    // Code points from the last occurrence on: the text is walked once, whatever the count.
    codePoints += Array.from(text.slice(counted, unit)).length;
    counted = unit;
    found.push(codePoints);
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
