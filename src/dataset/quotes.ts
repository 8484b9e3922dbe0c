import type { SourceDocument } from '../domain/fact-data';
import { quoteOffsets } from '../domain/source-text';

/** The text between two code-point offsets (start inclusive, end exclusive). */
export function sliceSource(source: SourceDocument, start: number, end: number): string {
  return source.codePoints.slice(start, end).join('');
}

/** Every code-point offset at which the quote occurs in the source. */
export function findQuote(source: SourceDocument, quote: string): number[] {
  return quoteOffsets(source.text, quote);
}
