import type { PartialDate } from './api';

/**
 * A partial date at its precision, never with a day the source does not give: "2011",
 * "April 2016", "28 November 2020" (and their Arabic forms).
 */
export function formatDate(date: PartialDate | null | undefined, lang: 'en' | 'ar'): string {
  if (!date) return '';
  const locale = lang === 'ar' ? 'ar' : 'en-GB';
  const when = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'YEAR'
      ? { year: 'numeric', timeZone: 'UTC' }
      : date.precision === 'MONTH'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(when);
}

/** "2021", "2021-11" or "2021-11-17" read as a partial date, for the as-of control. */
export function parseDateText(text: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  const lastOfMonth = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > lastOfMonth(month!))) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const earliest = `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  const latest = `${year}-${pad(month ?? 12)}-${pad(day ?? lastOfMonth(month ?? 12))}`;
  return {
    text,
    precision: day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR',
    year,
    month,
    day,
    earliest,
    latest,
  };
}

/** Days since 1970 of an ISO day, for placing spans on a time axis. */
export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

interface Qualified {
  date: PartialDate | null;
  appointedOn: PartialDate | null;
  inOfficeFrom: PartialDate | null;
  inOfficeUntil: PartialDate | null;
  attestedOn: PartialDate | null;
  former?: boolean;
}

/**
 * Whether a relation holds as of a date, by the API's rule (Entity.relations(at:)), for views whose
 * query takes no `at` (a path): timeless facts always, except a tenure, whose period is then
 * unknown; dated ones once their date may have come; tenures from their start of office to their
 * end, or at an attested date.
 */
export function holdsAt(relation: Qualified & { type?: string }, at: PartialDate): boolean {
  const { date, appointedOn, inOfficeFrom: from, inOfficeUntil: until, attestedOn, former } = relation;
  if (!from && !appointedOn && !attestedOn && !until && !former)
    return relation.type !== 'HOLDS' && (!date || date.earliest <= at.latest);
  const start = from ?? appointedOn;
  if (start && start.earliest <= at.latest && (!until || until.latest >= at.earliest)) return true;
  return !!attestedOn && attestedOn.earliest <= at.latest && attestedOn.latest >= at.earliest;
}
