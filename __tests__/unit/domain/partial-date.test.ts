import {
  comparePartialDates,
  firstDay,
  lastDay,
  overlaps,
  parsePartialDate,
} from '../../../src/domain/partial-date';

describe('partial dates', () => {
  it('keeps the precision the text gives', () => {
    expect(parsePartialDate('2005')).toEqual({ year: 2005, precision: 'YEAR', text: '2005' });
    expect(parsePartialDate('2011-12')).toEqual({
      year: 2011,
      month: 12,
      precision: 'MONTH',
      text: '2011-12',
    });
    expect(parsePartialDate('2020-11-28')).toEqual({
      year: 2020,
      month: 11,
      day: 28,
      precision: 'DAY',
      text: '2020-11-28',
    });
  });

  it('stands for the interval of days it names, without inventing a day', () => {
    expect([firstDay(parsePartialDate('2005')), lastDay(parsePartialDate('2005'))]).toEqual([
      '2005-01-01',
      '2005-12-31',
    ]);
    expect([firstDay(parsePartialDate('2016-02')), lastDay(parsePartialDate('2016-02'))]).toEqual([
      '2016-02-01',
      '2016-02-29',
    ]);
    expect([firstDay(parsePartialDate('2021-11-17')), lastDay(parsePartialDate('2021-11-17'))]).toEqual([
      '2021-11-17',
      '2021-11-17',
    ]);
  });

  it('refuses malformed and impossible dates with a reason', () => {
    expect(() => parsePartialDate('November 2020')).toThrow(
      'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, received "November 2020"',
    );
    expect(() => parsePartialDate('2020-13')).toThrow('month out of range in "2020-13"');
    expect(() => parsePartialDate('2021-02-29')).toThrow('2021-02 has no day 29 ("2021-02-29")');
  });

  it('orders by first day, the coarser date first on a tie', () => {
    const sorted = ['2011-12', '2012', '2011', '2011-01-01', '2005', '2011-12-01']
      .map(parsePartialDate)
      .sort(comparePartialDates)
      .map((date) => date.text);
    expect(sorted).toEqual(['2005', '2011', '2011-01-01', '2011-12', '2011-12-01', '2012']);
  });

  it('overlaps when the two can name a common day', () => {
    expect(overlaps(parsePartialDate('2021-11'), parsePartialDate('2021-11-17'))).toBe(true);
    expect(overlaps(parsePartialDate('2021-11-16'), parsePartialDate('2021-11-17'))).toBe(false);
    expect(overlaps(parsePartialDate('2020'), parsePartialDate('2020-09'))).toBe(true);
  });
});
