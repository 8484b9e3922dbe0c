import { fuzzyEdits, wordsOf } from '../db/lucene';
import { arabicForms, termOf } from './analysis';

/** The most distinct words of a query that take part in a search; the words after them are ignored. */
export const MAX_SEARCH_WORDS = 8;

/** The most words of a query guessed at (near words), the first ones long enough. */
export const MAX_FUZZY_WORDS = 4;

/** The longest text a search takes, in characters. */
export const MAX_SEARCH_TEXT = 200;

/**
 * How many texts each index query reads at most, its best by Lucene's score: a word held by more
 * texts of one index than this is listed in its best ones there only. It bounds what a search
 * reads, sorts and counts whatever the graph holds.
 */
export const SEARCH_CANDIDATES = 100;

/** A word of a query, as the indexes are asked for it and as a snippet finds it again. */
export interface QueryWord {
  /** As typed, lower-cased: what the indexes are asked for. */
  typed: string;
  /** The forms asked for, `typed` first (then an Arabic word's other form, src/search/analysis.ts). */
  forms: string[];
  /** The terms the indexes keep for those forms. */
  terms: string[];
  /** How many edits a guess at it may make; 0 when it is not guessed at. */
  edits: 0 | 1 | 2;
}

/**
 * The words of a query that take part: split as the indexes split text, deduplicated by the term
 * the indexes keep (الإرهاب and ارهاب are one word), at most MAX_SEARCH_WORDS of them, in the
 * order typed; only the first MAX_FUZZY_WORDS long enough are guessed at. The text is read up to
 * a bound, so that pricing a request whose text is past the limit costs no more than this.
 */
export function queryWordsOf(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  // The terms taken so far: at most MAX_SEARCH_WORDS (the loop stops there), per query.
  const seen = new Set<string>();
  let guessed = 0;
  for (const typed of wordsOf(text.slice(0, MAX_SEARCH_TEXT * 2))) {
    const term = termOf(typed);
    if (term.length === 0 || seen.has(term)) continue;
    seen.add(term);
    const forms = [typed, ...arabicForms(typed)];
    const edits = guessed < MAX_FUZZY_WORDS ? fuzzyEdits(typed) : 0;
    if (edits > 0) guessed += 1;
    words.push({ typed, forms, terms: [...new Set(forms.map(termOf))], edits });
    if (words.length === MAX_SEARCH_WORDS) break;
  }
  return words;
}
