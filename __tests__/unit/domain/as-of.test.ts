import { asOfInterval, BEGINNING, END_OF_TIME, type AsOfDates } from '../../../src/domain/as-of';
import { parsePartialDate } from '../../../src/domain/partial-date';

const dates = (written: Record<string, string>, former = false): AsOfDates => ({
  ...Object.fromEntries(Object.entries(written).map(([name, text]) => [name, parsePartialDate(text)])),
  former,
});

/** When a relation holds, for questions "as of" a date: the rule, worked out once per relation. */
describe('the as-of interval of a relation', () => {
  it('counts a tenure from its start of office, not from the appointment, to its end', () => {
    expect(asOfInterval('HOLDS', dates({ appointedOn: '2020-11-28', inOfficeFrom: '2021-11-17' }))).toEqual({
      start: '2021-11-17',
      end: END_OF_TIME,
    });
    expect(asOfInterval('HOLDS', dates({ inOfficeFrom: '2010', inOfficeUntil: '2014-10' }))).toEqual({
      start: '2010-01-01',
      end: '2014-10-31',
    });
  });

  it('counts from the appointment when the source gives no separate start', () => {
    expect(asOfInterval('HOLDS', dates({ appointedOn: '2020-09' }))).toEqual({
      start: '2020-09-01',
      end: END_OF_TIME,
    });
  });

  it('holds a tenure the source attests only on the days of that date, and joins it to a stated period', () => {
    expect(asOfInterval('HOLDS', dates({ attestedOn: '2015' }, true))).toEqual({
      start: '2015-01-01',
      end: '2015-12-31',
    });
    expect(
      asOfInterval('HOLDS', dates({ inOfficeFrom: '2019', inOfficeUntil: '2019-06', attestedOn: '2020' })),
    ).toEqual({
      start: '2019-01-01',
      end: '2020-12-31',
    });
  });

  it('never holds a tenure whose period is unknown: only "former", no date, or only an end', () => {
    expect(asOfInterval('HOLDS', dates({}, true))).toBeNull();
    expect(asOfInterval('HOLDS', dates({}))).toBeNull();
    expect(asOfInterval('HOLDS', dates({ inOfficeUntil: '2019' }))).toBeNull();
  });

  it('holds a dated fact once its date may have come, and a timeless one always', () => {
    expect(asOfInterval('APPOINTED', dates({ date: '2020-09' }))).toEqual({
      start: '2020-09-01',
      end: END_OF_TIME,
    });
    expect(asOfInterval('ORGAN_OF', dates({}))).toEqual({ start: BEGINNING, end: END_OF_TIME });
  });
});
