import { BEGINNING, END_OF_TIME } from '../domain/as-of';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import { BadUserInputError } from '../errors';

/**
 * A date window as the timeline statements take it: the days from the first day of `from` to
 * the last day of `to`, so that a partial date is in the window when it may name one of its
 * days ("2016-04" is within 2011–2016, "2016" within 2016-06–2017). `fromFloor` is the first
 * of January of `from`'s year: a partial date spans at most one calendar year, so one that can
 * end on or after `from` starts on or after that day, and a range seek on the start day can stop
 * there instead of reading the whole history before the window.
 */
export interface DateWindow {
  fromDay: string;
  toDay: string;
  fromFloor: string;
  /** True when a bound was given: undated things have no place in a window. */
  windowed: boolean;
}

export function dateWindow(
  from: PartialDate | null | undefined,
  to: PartialDate | null | undefined,
  argument = 'from',
): DateWindow {
  if (from && to && firstDay(from) > lastDay(to)) {
    throw new BadUserInputError(`${argument}: ${from.text} is after to: ${to.text}`, argument);
  }
  const fromDay = from ? firstDay(from) : BEGINNING;
  return {
    fromDay,
    toDay: to ? lastDay(to) : END_OF_TIME,
    fromFloor: `${fromDay.slice(0, 4)}-01-01`,
    windowed: Boolean(from || to),
  };
}
