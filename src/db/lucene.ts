/**
 * Builds Lucene queries for Neo4j's full-text indexes from what an analyst typed. Every
 * character Lucene gives meaning to is escaped and every word lower-cased (Lucene's operators
 * AND, OR, NOT and TO are upper-case words), so input can only ever be words to look for:
 * "OIC AND NOT x", wildcards or field names are searched for as text, never obeyed.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (c) => `\\${c}`);
}

/** Words of the query, split on anything that is not a letter or digit, lower-cased. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0);
}

/**
 * How many edits a fuzzy term of a word allows: none under four letters (too many short words lie
 * one edit apart), one from four, two from eight. So "Mogerini" finds Mogherini, "Solanna" Solana.
 */
export function fuzzyEdits(word: string): 0 | 1 | 2 {
  const length = Array.from(word).length;
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** A word of a query as the builders below take it: its forms (any of them will do) and its edits. */
export interface LuceneWord {
  forms: readonly string[];
  edits: number;
}

/** Any form of one word: `(الأمين امينا)`, or the word alone. A text holding it matches. */
export function wordQuery(word: LuceneWord): string {
  const forms = word.forms.map(escapeLucene);
  return forms.length === 1 ? forms[0] : `(${forms.join(' ')})`;
}

/** Every word, each in any of its forms: `+(الأمين امينا) +(العام عاما)`. */
export function allWordsQuery(words: readonly LuceneWord[]): string {
  return words.map((word) => `+${wordQuery(word)}`).join(' ');
}

/**
 * The words next to each other, in the order typed: `"الأمين العام"`, and the same in the words'
 * other forms where they have one (`"امينا عاما"`), as the forms of one phrase go together.
 */
export function phraseQuery(words: readonly LuceneWord[]): string {
  const phrase = (form: (word: LuceneWord) => string) =>
    `"${words.map((word) => escapeLucene(form(word))).join(' ')}"`;
  const first = phrase((word) => word.forms[0]);
  if (!words.some((word) => word.forms.length > 1)) return first;
  return `${first} ${phrase((word) => word.forms[1] ?? word.forms[0])}`;
}

/**
 * What a guess at a word asks: the terms within its fuzzy edits (`solanna~1`). A guess goes with
 * noneOfQuery, in texts that hold no word of the query in any form (`+(solanna~1) -solanna`), so
 * a hit of it is a fuzzy hit and nothing else is.
 */
export function nearWordClause(word: LuceneWord): string {
  return `${escapeLucene(word.forms[0])}~${word.edits}`;
}

/** Leaves out the texts holding any word in any form: `-solana -javier`. */
export function noneOfQuery(words: readonly LuceneWord[]): string {
  return words.flatMap((word) => word.forms.map((form) => `-${escapeLucene(form)}`)).join(' ');
}

/** The whole normalised text as one exact term, for the keyword-analysed name keys. */
export function exactQuery(normalised: string): string | null {
  return normalised.length === 0 ? null : `"${normalised.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * A query for a keyword full-text index whose fields hold days ("2015-06-01"): any of the fields
 * between two days, both included. Days are fixed-width, so Lucene's term order is date order.
 */
export function dayRangeQuery(fields: readonly string[], from: string, to: string): string {
  const day = (text: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`not a day: ${text}`);
    return `"${text}"`;
  };
  return fields.map((field) => `${field}:[${day(from)} TO ${day(to)}]`).join(' OR ');
}
