import { parsePartialDate } from '../../../src/domain/partial-date';
import { dateWindow } from '../../../src/graphql/date-window';

describe('date windows', () => {
  const d = parsePartialDate;

  it('runs from the first day of from to the last day of to', () => {
    expect(dateWindow(d('2011'), d('2015-06'))).toEqual({
      fromDay: '2011-01-01',
      toDay: '2015-06-30',
      fromFloor: '2011-01-01',
      windowed: true,
    });
  });

  it('starts its seek at the first of January of the year of from, where any date that may reach from begins', () => {
    expect(dateWindow(d('2016-06-15'), null)).toEqual({
      fromDay: '2016-06-15',
      toDay: '9999-12-31',
      fromFloor: '2016-01-01',
      windowed: true,
    });
  });

  it('is the whole of time without bounds, and says so', () => {
    expect(dateWindow(null, null)).toEqual({
      fromDay: '0001-01-01',
      toDay: '9999-12-31',
      fromFloor: '0001-01-01',
      windowed: false,
    });
  });

  it('refuses a window that ends before it starts, naming the argument', () => {
    expect(() => dateWindow(d('2016'), d('2015-12'), 'where.date.from')).toThrow(
      'where.date.from: 2016 is after to: 2015-12',
    );
    // A window within one partial date is fine: the month lies within its year.
    expect(dateWindow(d('2016'), d('2016-03')).toDay).toBe('2016-03-31');
  });
});
