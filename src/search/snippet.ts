import { normaliseName } from '../domain/normalise';
import { termOf, withinEdits } from './analysis';
import type { QueryWord } from './query';

/** A marked word of a snippet, in Unicode code points of the snippet's text, end exclusive. */
export interface MarkValue {
  start: number;
  end: number;
}

export interface SnippetValue {
  text: string;
  marks: MarkValue[];
  /** Text of the whole was left out before / after the snippet. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Words kept on each side of the marked words, and the most words a snippet spans between marks. */
const CONTEXT_WORDS = 8;
const MAX_MARKED_SPAN = 24;

/**
 * How much of a text the marker reads: its first MAX_SNIPPET_WORDS words, within its first
 * MAX_SNIPPET_POINTS code points. A match past them is not marked (the snippet then shows the
 * start of the text), so a hit costs the same however long its text is.
 */
export const MAX_SNIPPET_WORDS = 300;
export const MAX_SNIPPET_POINTS = 4000;

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

interface Word {
  start: number;
  end: number;
  term: string;
}

/**
 * Which words of a text match the query, as the index found them: a word whose term is the term
 * of a query word the indexes hold (a word no index holds, such as a stop word, marks nothing),
 * or, on a fuzzy hit, a word within the edits of a word guessed at, one no index holds (the rule
 * of src/db/lucene.ts and cypher/search/hits.cypher). The
 * terms of the words it reads are kept for the request (at most the words of one page of hits),
 * since the same words recur from hit to hit.
 */
export class Marker {
  private readonly terms: ReadonlySet<string>;
  private readonly guesses: ReadonlyArray<{ forms: string[]; edits: number }>;
  private readonly seen = new Map<string, string>();

  constructor(words: readonly QueryWord[], found: ReadonlySet<number>) {
    this.terms = new Set(words.flatMap((word, i) => (found.has(i) ? word.terms : [])));
    this.guesses = words
      .filter((word, i) => word.edits > 0 && !found.has(i))
      .map((word) => ({
        forms: [...new Set([normaliseName(word.typed), termOf(word.typed)])],
        edits: word.edits,
      }));
  }

  termOf(word: string): string {
    let term = this.seen.get(word);
    if (term === undefined) {
      term = termOf(word);
      this.seen.set(word, term);
    }
    return term;
  }

  matches(term: string, fuzzy: boolean): boolean {
    if (this.terms.has(term)) return true;
    return (
      fuzzy && this.guesses.some((guess) => guess.forms.some((form) => withinEdits(form, term, guess.edits)))
    );
  }
}

/**
 * The text, or the words around its first match when `clip` is set, with the words that match
 * the query marked. Offsets count code points, as citation offsets do.
 */
export function snippetOf(
  text: string,
  marker: Marker,
  options: { fuzzy: boolean; clip: boolean },
): SnippetValue {
  // Past MAX_SNIPPET_POINTS, or past the word that ends the marker's reading, the text is cut.
  const whole = Array.from(text.slice(0, MAX_SNIPPET_POINTS * 2));
  const read = whole.length > MAX_SNIPPET_POINTS ? whole.slice(0, MAX_SNIPPET_POINTS) : whole;
  const words = wordsIn(read, marker);
  const long =
    read.length < whole.length || text.length > MAX_SNIPPET_POINTS * 2 || words.length === MAX_SNIPPET_WORDS;
  const points = long && words.length > 0 ? read.slice(0, words.at(-1)!.end) : read;
  const marked = words.filter((word) => marker.matches(word.term, options.fuzzy));
  let from = 0;
  let to = points.length;
  if ((options.clip || long) && words.length > 0) {
    const first = marked.length > 0 ? words.indexOf(marked[0]) : 0;
    const lastMarked = marked.filter((word) => words.indexOf(word) - first < MAX_MARKED_SPAN).at(-1);
    const last = lastMarked ? words.indexOf(lastMarked) : first;
    const firstKept = Math.max(0, first - CONTEXT_WORDS);
    const lastKept = Math.min(words.length - 1, last + CONTEXT_WORDS);
    // A cut falls on white space, so "EU's" or "Vice-President" stays whole; the text's own start
    // and end stay with their punctuation.
    from = firstKept === 0 ? 0 : words[firstKept].start;
    while (from > 0 && !SPACE.test(points[from - 1])) from--;
    to = lastKept === words.length - 1 ? points.length : words[lastKept].end;
    while (to < points.length && !SPACE.test(points[to])) to++;
  }
  return {
    text: points.slice(from, to).join(''),
    marks: marked
      .filter((word) => word.start >= from && word.end <= to)
      .map((word) => ({ start: word.start - from, end: word.end - from })),
    clippedBefore: from > 0,
    clippedAfter: to < points.length || long,
  };
}

/** The words of a text, at most MAX_SNIPPET_WORDS. */
function wordsIn(points: string[], marker: Marker): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= points.length && words.length < MAX_SNIPPET_WORDS; i++) {
    const inWord = i < points.length && WORD_CHARACTER.test(points[i]);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      words.push({ start, end: i, term: marker.termOf(points.slice(start, i).join('')) });
      start = -1;
    }
  }
  return words;
}
