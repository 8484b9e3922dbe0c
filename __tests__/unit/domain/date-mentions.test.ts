import { parsePartialDate } from '../../../src/domain/partial-date';
import { unsupportedPrecision } from '../../../src/domain/date-mentions';

const check = (date: string, quote: string) => unsupportedPrecision(parsePartialDate(date), quote);

describe('a date against the quote that cites it', () => {
  it('accepts the precision the quote gives, in the Levantine and the other month names', () => {
    expect(check('2020-11-28', 'في 28 تشرين ثاني 2020')).toBeNull();
    expect(check('2021-11-17', 'اعتبارًا من 17 نوفمبر 2021')).toBeNull();
    expect(check('2011-12', 'إلى جدة في كانون أول 2011')).toBeNull();
    expect(check('2020-07', 'الذي عقد في يوليو 2020 بشكل افتراضي')).toBeNull();
    expect(check('2016-04', 'في نيسان 2016')).toBeNull();
    expect(check('2005', 'في عام 2005')).toBeNull();
  });

  it('refuses a date more precise than its quote', () => {
    expect(check('2011-12-15', 'في كانون أول 2011')).toBe('the quote does not give day 15 of that month');
    expect(check('2005-09', 'في عام 2005')).toBe('the quote does not name month 9');
    expect(check('2012', 'في عام 2011')).toBe('the quote does not give the year 2012');
  });

  it('tells Levantine January from December', () => {
    expect(check('2011-01', 'في كانون أول 2011')).toBe('the quote does not name month 1');
  });
});
