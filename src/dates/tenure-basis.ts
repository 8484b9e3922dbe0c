import type { TenureBasis } from '../dataset/vocabulary';
import { overlaps, parsePartialDate, type PartialDate } from './partial-date';

/** The dates of a tenure as stored (src/dataset/graph-records.ts): each a partial date's text. */
export interface TenureDates {
  validFrom?: unknown;
  validUntil?: unknown;
  appointedOn?: unknown;
  attestedOn?: unknown;
  former?: unknown;
}

const date = (value: unknown): PartialDate | null =>
  typeof value === 'string' ? parsePartialDate(value) : null;

/**
 * How sure a tenure is, relative to the date asked (`at`) when there is one, else of the tenure
 * as a whole. The strongest evidence wins, in the order of TENURE_BASES: a stated period (or
 * the stated start sharing a day with `at`); then the date the source shows the holder in
 * office; then a stated start, or an appointment, with no end; then "former" without dates.
 * It is asked only of tenures the "as of" rule keeps at `at` (cypher/graph/relations-by-entity-ids).
 */
export function tenureBasis(tenure: TenureDates, at: PartialDate | null): TenureBasis {
  const start = date(tenure.validFrom);
  const end = date(tenure.validUntil);
  const appointed = date(tenure.appointedOn);
  const attested = date(tenure.attestedOn);
  // A stated period needs no check against `at`: a date outside it is not asked of this tenure.
  if (start && (end || (at && overlaps(start, at)))) return 'IN_OFFICE_PER_SOURCE';
  if (attested && (at ? overlaps(attested, at) : !start && !appointed)) return 'ATTESTED_AT';
  if (start) return 'TOOK_OFFICE_NO_END_KNOWN';
  if (appointed) return end ? 'APPOINTED_END_KNOWN' : 'APPOINTED_NO_END_KNOWN';
  if (attested) return 'ATTESTED_AT';
  return tenure.former === true ? 'FORMER_NO_DATES' : 'NO_START_KNOWN';
}
