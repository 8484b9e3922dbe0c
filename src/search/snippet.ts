import { fuzzyEdits, wordsOf } from '../db/lucene';
import { normaliseName } from '../domain/normalise';
import { editDistance, termOf } from './analysis';

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

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

interface Word {
  start: number;
  end: number;
  term: string;
}

/**
 * The text, or the words around its first match when `clip` is set, with the words that match
 * the query marked. A word matches when the index keeps the same term for it as for a word of
 * the query; for a fuzzy hit, also when its term lies within that query word's fuzzy edits (the
 * rule of src/db/lucene.ts), since that is how the index found it. Offsets count code points, as
 * citation offsets do.
 */
export function snippetOf(
  text: string,
  query: string,
  options: { fuzzy: boolean; clip: boolean },
): SnippetValue {
  const points = Array.from(text);
  const words = wordsIn(points);
  const wanted = wordsOf(query)
    .map((word) => ({
      term: termOf(word),
      typed: normaliseName(word),
      edits: options.fuzzy ? fuzzyEdits(word) : 0,
    }))
    .filter((q) => q.term.length > 0);
  const matches = (word: Word) =>
    wanted.some(
      (q) =>
        q.term === word.term ||
        (q.edits > 0 &&
          Math.min(editDistance(q.typed, word.term), editDistance(q.term, word.term)) <= q.edits),
    );
  const marked = words.filter(matches);
  let from = 0;
  let to = points.length;
  if (options.clip && words.length > 0) {
    const first = marked.length > 0 ? words.indexOf(marked[0]) : 0;
    const lastMarked = marked.filter((word) => words.indexOf(word) - first < MAX_MARKED_SPAN).at(-1);
    const last = lastMarked ? words.indexOf(lastMarked) : first;
    const firstKept = Math.max(0, first - CONTEXT_WORDS);
    const lastKept = Math.min(words.length - 1, last + CONTEXT_WORDS);
    // A cut falls on white space, so "EU's" or "Vice-President" stays whole; the text's own start
    // and end stay with their punctuation.
    from = firstKept === 0 ? 0 : words[firstKept].start;
    while (from > 0 && !/\s/u.test(points[from - 1])) from--;
    to = lastKept === words.length - 1 ? points.length : words[lastKept].end;
    while (to < points.length && !/\s/u.test(points[to])) to++;
  }
  return {
    text: points.slice(from, to).join(''),
    marks: marked
      .filter((word) => word.start >= from && word.end <= to)
      .map((word) => ({ start: word.start - from, end: word.end - from })),
    clippedBefore: from > 0,
    clippedAfter: to < points.length,
  };
}

function wordsIn(points: string[]): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= points.length; i++) {
    const inWord = i < points.length && WORD_CHARACTER.test(points[i]);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      words.push({ start, end: i, term: termOf(points.slice(start, i).join('')) });
      start = -1;
    }
  }
  return words;
}
