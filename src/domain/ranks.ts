/**
 * Ranks of statements, as Wikidata ranks them. Where sources disagree (an appointment month, whether
 * a tenure has ended), each reading is kept as a statement of its own, with its citations and a rank;
 * answers use the best-ranked statements of each group, and the generic view lists them all.
 */
export const RANKS = {
  PREFERRED: 'The statement answers for its group: the best-supported or most current reading.',
  NORMAL: 'A statement in good standing; it answers unless another of its group is preferred.',
  DEPRECATED:
    'A statement kept for the record and never an answer: known wrong, or superseded (its reason says why).',
} as const;
export type Rank = keyof typeof RANKS;

/** A statement of a group: the statements of one type between the same two entities. */
export interface RankedStatement {
  id: string;
  rank: Rank;
}

/**
 * The statements of a group that do not answer (Wikidata's "truthy" rule): when one is preferred,
 * every other; otherwise the deprecated ones. A deprecated statement never answers, even alone.
 */
export function outranked(group: readonly RankedStatement[]): Set<string> {
  const best: Rank = group.some((statement) => statement.rank === 'PREFERRED') ? 'PREFERRED' : 'NORMAL';
  return new Set(group.filter((statement) => statement.rank !== best).map((statement) => statement.id));
}
