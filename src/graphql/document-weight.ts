import type { DocumentNode } from 'graphql';

const weights = new WeakMap<DocumentNode, number>();

/**
 * What one token of a parsed document's chain costs to keep, in characters: a Token object with
 * its place, value and links, about 100 bytes (V8, measured: 320,000 `#` lines held 33 MB).
 */
const TOKEN_WEIGHT = 100;

/**
 * What keeping a parsed document costs, in characters: its parsed form (as JSON, as Apollo counts
 * it), the query text its nodes' locations hold, comments and all, and the chain of tokens its
 * location keeps, comments among them. A cache that keeps a document weighs it with this, so that
 * a short document padded with comments weighs what it holds. Measured once per document.
 */
export function documentWeight(document: DocumentNode): number {
  let weight = weights.get(document);
  if (weight === undefined) {
    weight =
      JSON.stringify(document).length +
      (document.loc?.source.body.length ?? 0) +
      TOKEN_WEIGHT * tokenCount(document);
    weights.set(document, weight);
  }
  return weight;
}

function tokenCount(document: DocumentNode): number {
  let count = 0;
  for (let token = document.loc?.startToken ?? null; token !== null; token = token.next) count += 1;
  return count;
}
