import { normaliseName } from './normalise';
import { comparePartialDates, firstDay, type PartialDate } from './partial-date';

/**
 * Keys that lists are filtered and ordered by, stored on the nodes and relationships when the
 * graph is written, so that Neo4j compares them with its own (code-point) string order and its
 * indexes, and nothing is sorted in JavaScript.
 */

/**
 * A name as lists compare it: normalised as names are matched (normalise.ts), then the hamza
 * seats folded (ؤ as و, ئ as ي) and the bare hamza ء dropped. After that, Arabic letters in
 * code-point order are the alphabetical (hijā'ī) order: ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ
 * ف ق ك ل م ن ه و ي, with the hamza forms of alef as ا, taa marbuta as ه and alef maqsura as ي;
 * a space (a word's end) comes before any letter. Latin is lower case without accents.
 */
export function nameSortKey(text: string): string {
  return normaliseName(text)
    .replace(/\u0624/g, '\u0648') // waw with hamza
    .replace(/\u0626/g, '\u064A') // yaa with hamza
    .replace(/\u0621/g, '') // bare hamza
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Sorts after every date key, so that undated items come last in ascending order. */
export const UNDATED = '~';

const RANK = { YEAR: 1, MONTH: 2, DAY: 3 } as const;

/**
 * A partial date as text that sorts in the timeline order (comparePartialDates): by first day,
 * the coarser date first on a tie, then by its text.
 */
export function dateSortKey(date: PartialDate): string {
  return `${firstDay(date)}|${RANK[date.precision]}|${date.text}`;
}

/** The earliest of some dates in that order, or null when there is none. */
export function earliestDate(dates: ReadonlyArray<PartialDate | undefined>): PartialDate | null {
  const known = dates.filter((date): date is PartialDate => date !== undefined);
  return known.sort(comparePartialDates)[0] ?? null;
}
