import { comparePartialDates, type PartialDate } from '../domain/partial-date';
import type { RelationNode } from './graph.nodes';

/** Where a tenure starts for ordering: in office from, else appointed on, else attested on. */
function startOf(tenure: RelationNode): PartialDate | undefined {
  const { inOfficeFrom, appointedOn, attestedOn } = tenure.qualifiers;
  return inOfficeFrom ?? appointedOn ?? attestedOn;
}

/**
 * Tenures in the order they began; those the source does not date come last. Each remembers the
 * "as of" date it was asked under, which its basis is relative to.
 */
export function chronological(tenures: RelationNode[], asOf: PartialDate | null = null): RelationNode[] {
  return tenures
    .map((tenure) => ({ ...tenure, asOf }))
    .sort((a, b) => {
      const [sa, sb] = [startOf(a), startOf(b)];
      if (sa === undefined || sb === undefined)
        return sa === sb ? a.id.localeCompare(b.id) : sa === undefined ? 1 : -1;
      return comparePartialDates(sa, sb) || a.id.localeCompare(b.id);
    });
}
