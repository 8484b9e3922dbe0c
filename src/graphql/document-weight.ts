import type { DocumentNode } from 'graphql';

const weights = new WeakMap<DocumentNode, number>();

/**
 * What keeping a parsed document costs, in characters: its parsed form (as JSON, as Apollo counts
 * it) and the query text its nodes' locations hold, comments and all. A cache that keeps a
 * document weighs it with this, so that a short document padded with a megabyte of comments
 * weighs a megabyte. Measured once per document.
 */
export function documentWeight(document: DocumentNode): number {
  let weight = weights.get(document);
  if (weight === undefined) {
    weight = JSON.stringify(document).length + (document.loc?.source.body.length ?? 0);
    weights.set(document, weight);
  }
  return weight;
}
