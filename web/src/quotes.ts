/**
 * Citations give offsets in Unicode code points, so the source text is handled as an array of
 * code points (Array.from), never as UTF-16 string indices.
 */

const SENTENCE_END = new Set(['.', '!', '?', '؟', '\n', '۔', '…']);
/** How far the context of a quote may reach on each side, in code points. */
const MAX_CONTEXT = 280;

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/** The quote inside its sentence (or sentences) of the source. */
export function quoteInContext(points: readonly string[], start: number, end: number): QuoteInContext {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !SENTENCE_END.has(points[from - 1])) from--;
  let to = end;
  while (to < points.length && to - end < MAX_CONTEXT && !SENTENCE_END.has(points[to - 1] ?? '')) to++;
  return {
    before: points.slice(from, start).join('').trimStart(),
    quote: points.slice(start, end).join(''),
    after: points.slice(end, to).join('').trimEnd(),
  };
}

const pointsCache = new WeakMap<object, string[]>();

/** The code points of a source's text, computed once per source object. */
export function codePoints(source: { text: string }): string[] {
  let points = pointsCache.get(source);
  if (!points) {
    points = Array.from(source.text);
    pointsCache.set(source, points);
  }
  return points;
}
