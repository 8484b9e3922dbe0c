import type { PartialDate } from './partial-date';
import { normaliseName } from './normalise';

/**
 * Month names as Arabic sources write them: the Levantine calendar names (كانون الثاني, شباط, ...,
 * with or without the article, as the source's "تشرين ثاني" and "كانون أول"), the names taken
 * from French and English (يناير, ..., نوفمبر), and English. Compared after normaliseName.
 */
const MONTH_NAMES: string[][] = [
  ['كانون الثاني', 'كانون ثاني', 'يناير', 'january', 'jan'],
  ['شباط', 'فبراير', 'february', 'feb'],
  ['آذار', 'اذار', 'مارس', 'march', 'mar'],
  ['نيسان', 'أبريل', 'ابريل', 'إبريل', 'april', 'apr'],
  ['أيار', 'ايار', 'مايو', 'may'],
  ['حزيران', 'يونيو', 'يونيه', 'june', 'jun'],
  ['تموز', 'يوليو', 'يوليه', 'july', 'jul'],
  ['آب', 'اب', 'أغسطس', 'اغسطس', 'august', 'aug'],
  ['أيلول', 'ايلول', 'سبتمبر', 'september', 'sep', 'sept'],
  ['تشرين الأول', 'تشرين أول', 'أكتوبر', 'اكتوبر', 'october', 'oct'],
  ['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'november', 'nov'],
  ['كانون الأول', 'كانون أول', 'ديسمبر', 'december', 'dec'],
].map((names) => [...new Set(names.map(normaliseName))]);

function mentionsMonth(words: string, month: number): boolean {
  return MONTH_NAMES[month - 1].some((name) => ` ${words} `.includes(` ${name} `));
}

/**
 * Why a quote does not support a date this precise, or null when it does: the quote must give
 * the year, for a month the month's name, and for a day the day's number before that name.
 * A fact may not be more precise than the words it cites.
 */
export function unsupportedPrecision(date: PartialDate, quote: string): string | null {
  const words = normaliseName(quote);
  if (!` ${words} `.includes(` ${date.year} `)) return `the quote does not give the year ${date.year}`;
  if (date.month === undefined) return null;
  if (!mentionsMonth(words, date.month)) return `the quote does not name month ${date.month}`;
  if (date.day === undefined) return null;
  const dayBeforeMonth = MONTH_NAMES[date.month - 1].some((name) =>
    ` ${words} `.includes(` ${date.day} ${name} `),
  );
  return dayBeforeMonth ? null : `the quote does not give day ${date.day} of that month`;
}
