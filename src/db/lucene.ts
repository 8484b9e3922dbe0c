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
 * Each word as itself, and, from four letters on, as a fuzzy term too (one edit; two from eight
 * letters), so "Mogerini" finds Mogherini and "Solanna" finds Solana. Words are OR-ed: an entity
 * matching more of them scores higher.
 */
export function fuzzyQuery(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      const length = Array.from(word).length;
      if (length < 4) return escaped;
      return `(${escaped}^2 OR ${escaped}~${length >= 8 ? 2 : 1})`;
    })
    .join(' ');
}

/** The whole normalised text as one exact term, for the keyword-analysed name keys. */
export function exactQuery(normalised: string): string | null {
  return normalised.length === 0 ? null : `"${normalised.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
