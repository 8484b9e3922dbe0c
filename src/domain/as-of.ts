import { firstDay, lastDay, type PartialDate } from './partial-date';

/** The first and last day on which a relation holds, as ISO days; null when never "as of" a date. */
export interface AsOfInterval {
  start: string;
  end: string;
}

/** Before and after any date a source gives: a timeless fact holds from and until these. */
export const BEGINNING = '0001-01-01';
export const END_OF_TIME = '9999-12-31';

export interface AsOfDates {
  date?: PartialDate;
  appointedOn?: PartialDate;
  inOfficeFrom?: PartialDate;
  inOfficeUntil?: PartialDate;
  attestedOn?: PartialDate;
  former?: boolean;
}

/**
 * The rule of "as of": on which days a relation holds, so that a question asked as of a date
 * keeps it when the date and this interval can share a day (dates compare at the coarser of the
 * two precisions, since a partial date stands for every day it may name).
 *
 * - A tenure (HOLDS) holds while in office: from its start of office, or from the appointment when
 *   the source gives no separate start (appointed is not yet in office otherwise), until its end;
 *   or on the date the source attests it (the two together: from the earlier to the later). A
 *   tenure with no start and no attested date (only "former", say) has no known period: never.
 * - Any other relation with a date (an appointment, a signing, an opening) holds once that date
 *   may have come; one without time qualifiers is timeless and always holds.
 *
 * It is worked out once, when a relation is stored (graph/records.ts), so that reads compare two
 * stored days instead of re-deciding the rule in every query.
 */
export function asOfInterval(type: string, dates: AsOfDates): AsOfInterval | null {
  const start = dates.inOfficeFrom ?? dates.appointedOn;
  const spans: AsOfInterval[] = [];
  if (start) {
    spans.push({
      start: firstDay(start),
      end: dates.inOfficeUntil ? lastDay(dates.inOfficeUntil) : END_OF_TIME,
    });
  }
  if (dates.attestedOn) spans.push({ start: firstDay(dates.attestedOn), end: lastDay(dates.attestedOn) });
  if (spans.length > 0) {
    return {
      start: spans.map((span) => span.start).sort()[0],
      end: spans
        .map((span) => span.end)
        .sort()
        .at(-1)!,
    };
  }
  if (type === 'HOLDS' || dates.former || dates.inOfficeUntil) return null;
  return { start: dates.date ? firstDay(dates.date) : BEGINNING, end: END_OF_TIME };
}
