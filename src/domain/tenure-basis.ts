import { overlaps, type PartialDate } from './partial-date';

/**
 * How sure a tenure, or an answer to "who held it on date D", is: what the source gives for it,
 * relative to the date asked when there is one (tenureBasis() below is the rule).
 */
export const TENURE_BASES = {
  IN_OFFICE_PER_SOURCE:
    'The source states the holder in office then: the date asked shares a day with a stated period of office ' +
    '(from a stated start to a stated end), or with the stated start itself. Without a date asked: the source ' +
    'states both start and end.',
  ATTESTED_AT:
    'The source shows the holder in office at one date (attestedOn), and the date asked shares a day with it. ' +
    'Nothing is said of the start or the end.',
  TOOK_OFFICE_NO_END_KNOWN:
    'The source states when office began, the date asked is after it, and the source gives no end: the holder ' +
    'is taken to be still in office, which the source does not confirm.',
  APPOINTED_NO_END_KNOWN:
    'The source gives only the appointment: the holder is counted from it (no separate start of office is ' +
    'given) and no end is known. The source does not confirm the holder was in office at the date asked.',
  APPOINTED_END_KNOWN:
    'The source gives the appointment and an end of office, but no separate start: the holder is counted from ' +
    'the appointment to that end.',
  FORMER_NO_DATES:
    'The source only calls the holder "former" and gives no date: held at some time before the page was ' +
    'written. Never an answer as of a date.',
  NO_START_KNOWN:
    'The source gives no start, appointment or attested date (at most an end): the period is unknown. Never ' +
    'an answer as of a date.',
} as const;
export type TenureBasis = keyof typeof TENURE_BASES;

/** The dates of a tenure, as its qualifiers hold them. */
export interface TenureDates {
  inOfficeFrom?: PartialDate;
  inOfficeUntil?: PartialDate;
  appointedOn?: PartialDate;
  attestedOn?: PartialDate;
  former: boolean;
}

/**
 * How sure a tenure is, relative to the date asked (`at`) when there is one, else of the tenure
 * as a whole. The strongest evidence wins, in the order of TENURE_BASES: a stated period (or
 * the stated start sharing a day with `at`); then the date the source shows the holder in
 * office; then a stated start, or an appointment, with no end; then "former" without dates.
 * It is asked only of tenures the "as of" rule keeps at `at` (cypher/graph/relations-by-entity-ids).
 */
export function tenureBasis(tenure: TenureDates, at: PartialDate | null): TenureBasis {
  const { inOfficeFrom: start, inOfficeUntil: end, appointedOn: appointed, attestedOn: attested } = tenure;
  // A stated period needs no check against `at`: a date outside it is not asked of this tenure.
  if (start && (end || (at && overlaps(start, at)))) return 'IN_OFFICE_PER_SOURCE';
  if (attested && (at ? overlaps(attested, at) : !start && !appointed)) return 'ATTESTED_AT';
  if (start) return 'TOOK_OFFICE_NO_END_KNOWN';
  if (appointed) return end ? 'APPOINTED_END_KNOWN' : 'APPOINTED_NO_END_KNOWN';
  if (attested) return 'ATTESTED_AT';
  return tenure.former ? 'FORMER_NO_DATES' : 'NO_START_KNOWN';
}
