import type { CitationContext } from './citation.types';

/**
 * A quote in the text around it (Citation.context). Neo4j cuts a window out of the source: the
 * quote and, on each side, the asked reach and a few code points more (BEYOND), so that the edge
 * of the reach can be told from the edge of a sentence: what lies just beyond the reach says
 * whether the reach stopped inside a word, and whether the sentence goes on past it. This file
 * trims that window to the quote's sentence, or to whole words where the reach ends inside it.
 * All counts are Unicode code points, the unit of citation offsets: the window is handled as
 * Array.from(text), never by UTF-16 string indices.
 */

/** The text around a quote as Neo4j cuts it: see cypher/graph/quote-windows.cypher. */
export interface QuoteWindow {
  /** Offset in the source of the window's first code point. */
  from: number;
  /** The window: up to chars + BEYOND code points, the quote, up to chars + BEYOND code points. */
  text: string;
  /** The quote's offsets in the source. */
  start: number;
  end: number;
}

/** The widest context a client may ask for on each side of a quote, in code points. */
export const MAX_CONTEXT_CHARS = 1000;

/**
 * Code points read past the reach on each side: enough to see past the spaces or line breaks at
 * its edge to the character that tells whether a sentence ended there.
 */
export const BEYOND = 16;

const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔', '…', '\n']);
const isSpace = (point: string | undefined) => point !== undefined && /\s/u.test(point);
const endsSentence = (point: string | undefined) => point !== undefined && SENTENCE_END.has(point);

/** Trims a window to the quote's sentence within `chars` code points on each side. */
export function quoteInContext(window: QuoteWindow, chars: number): CitationContext {
  const points = Array.from(window.text);
  const quoteAt = window.start - window.from;
  const quoteEnd = window.end - window.from;
  const quote = points.slice(quoteAt, quoteEnd);
  const before = sideBefore(points.slice(0, quoteAt), chars);
  const after = endsSentence(quote.at(-1))
    ? { points: [], truncated: false }
    : sideAfter(points.slice(quoteEnd), chars);
  return {
    before: before.points.join(''),
    quote: quote.join(''),
    after: after.points.join(''),
    start: window.start - before.points.length,
    end: window.end + after.points.length,
    truncatedBefore: before.truncated,
    truncatedAfter: after.truncated,
  };
}

interface Side {
  points: string[];
  truncated: boolean;
}

/** The text before the quote, from the code points before it (the nearest last). */
function sideBefore(points: string[], chars: number): Side {
  const cut = Math.max(0, points.length - chars);
  const reach = points.slice(cut);
  const beyond = points.slice(0, cut);
  let begin = 0;
  let truncated = false;
  const sentenceEnd = reach.findLastIndex(endsSentence);
  if (sentenceEnd >= 0) begin = sentenceEnd + 1;
  else if (goesOn(beyond.findLast((point) => !isSpace(point)))) {
    truncated = true;
    // Where the reach starts inside a word, that word is left out.
    if (!isSpace(beyond.at(-1))) begin = reach.findIndex(isSpace) + 1 || reach.length;
  }
  while (begin < reach.length && isSpace(reach[begin])) begin++;
  return { points: reach.slice(begin), truncated };
}

/** The text after the quote, from the code points after it (the nearest first). */
function sideAfter(points: string[], chars: number): Side {
  const reach = points.slice(0, chars);
  const beyond = points.slice(chars);
  let stop = reach.length;
  let truncated = false;
  const sentenceEnd = reach.findIndex(endsSentence);
  if (sentenceEnd >= 0) stop = sentenceEnd + 1;
  else if (goesOn(beyond.find((point) => !isSpace(point)))) {
    truncated = true;
    // Where the reach ends inside a word, that word is left out.
    if (!isSpace(beyond[0])) stop = Math.max(0, reach.findLastIndex(isSpace));
  }
  while (stop > 0 && isSpace(reach[stop - 1])) stop--;
  return { points: reach.slice(0, stop), truncated };
}

/**
 * Whether the sentence goes on past the reach, from the nearest visible character beyond it:
 * none (the edge of the text, or only whitespace within BEYOND) or a sentence end says it does not.
 */
const goesOn = (nearest: string | undefined): boolean => nearest !== undefined && !endsSentence(nearest);
