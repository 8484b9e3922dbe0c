import type { SourceDocument } from '../domain/fact-data';

/** The text between two code-point offsets (start inclusive, end exclusive). */
export function sliceSource(source: SourceDocument, start: number, end: number): string {
  return source.codePoints.slice(start, end).join('');
}

/** Every code-point offset at which the quote occurs in the source. */
export function findQuote(source: SourceDocument, quote: string): number[] {
  const found: number[] = [];
  const quoteLength = Array.from(quote).length;
  let unitIndex = source.text.indexOf(quote);
  while (unitIndex >= 0 && quoteLength > 0) {
    found.push(Array.from(source.text.slice(0, unitIndex)).length);
    unitIndex = source.text.indexOf(quote, unitIndex + 1);
  }
  return found;
}
