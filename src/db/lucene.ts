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

/** Words of the query, split on anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0)
    .slice(0, 20);
}

/**
 * How many edits a fuzzy term of a word allows: none under four letters (too many short words lie
 * one edit apart), one from four, two from eight. So "Mogerini" finds Mogherini, "Solanna" Solana.
 */
export function fuzzyEdits(word: string): 0 | 1 | 2 {
  const length = Array.from(word).length;
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** The words as typed (each analysed by the index), OR-ed: a text matching more of them scores higher. */
export function strictQuery(text: string): string | null {
  const words = wordsOf(text);
  return words.length === 0 ? null : words.map(escapeLucene).join(' ');
}

/**
 * What only a guess finds: a word within its fuzzy edits of a query word, in a text that holds no
 * query word as typed (`+(solanna~1) -solanna`). Disjoint from strictQuery by construction, so a hit
 * of this query is a fuzzy hit and nothing else is. Null when no word is long enough to guess at.
 */
export function fuzzyOnlyQuery(text: string): string | null {
  const words = wordsOf(text);
  const guesses = words.filter((word) => fuzzyEdits(word) > 0);
  if (guesses.length === 0) return null;
  const fuzzy = guesses.map((word) => `${escapeLucene(word)}~${fuzzyEdits(word)}`).join(' ');
  return `+(${fuzzy}) ${words.map((word) => `-${escapeLucene(word)}`).join(' ')}`;
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
