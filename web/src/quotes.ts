/**
 * Citations give offsets in Unicode code points, so the source text is handled as an array of
 * code points (Array.from), never as UTF-16 string indices.
 */

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
