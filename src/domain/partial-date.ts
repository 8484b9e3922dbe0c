/**
 * A date as precise as its source: "2005", "2011-12" or "2020-11-28". A partial date stands for
 * the interval of days it names: "2011-12" is 1 to 31 December 2011. It is never widened into a
 * made-up day; comparisons use its first and last day.
 */
export type Precision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  /** ISO 8601 at its precision: "2005", "2011-12", "2020-11-28". */
  text: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class PartialDateError extends Error {}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; throws a PartialDateError saying what is wrong. */
export function parsePartialDate(text: string): PartialDate {
  const match = FORM.exec(text);
  if (!match) {
    throw new PartialDateError(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, received "${text}"`);
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1 || year > 9999) throw new PartialDateError(`year out of range in "${text}"`);
  if (month !== undefined && (month < 1 || month > 12))
    throw new PartialDateError(`month out of range in "${text}"`);
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    throw new PartialDateError(`${year}-${pad(month)} has no day ${day} ("${text}")`);
  }
  const precision: Precision = day !== undefined ? 'DAY' : month !== undefined ? 'MONTH' : 'YEAR';
  return { year, month, day, precision, text };
}

/** First day the date may denote, as YYYY-MM-DD. */
export function firstDay(date: PartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** Last day the date may denote, as YYYY-MM-DD. */
export function lastDay(date: PartialDate): string {
  const month = date.month ?? 12;
  return `${pad(date.year, 4)}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`;
}

const RANK: Record<Precision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/**
 * The timeline order: by first day; on a tie the coarser date first ("2011" before "2011-01-01",
 * the broader statement before the narrower), then by text. A total order, so sorts repeat.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = firstDay(a).localeCompare(firstDay(b));
  if (byStart !== 0) return byStart;
  const byPrecision = RANK[a.precision] - RANK[b.precision];
  return byPrecision !== 0 ? byPrecision : a.text.localeCompare(b.text);
}

/** True when the two dates can denote a common day (their intervals overlap). */
export function overlaps(a: PartialDate, b: PartialDate): boolean {
  return firstDay(a) <= lastDay(b) && firstDay(b) <= lastDay(a);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
