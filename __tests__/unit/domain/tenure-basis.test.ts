import { parsePartialDate } from '../../../src/domain/partial-date';
import { tenureBasis, type TenureDates } from '../../../src/domain/tenure-basis';

const at = (text: string) => parsePartialDate(text);

/** A tenure's dates, written as the data files write them. */
type Written = Partial<Record<'appointedOn' | 'inOfficeFrom' | 'inOfficeUntil' | 'attestedOn', string>> & {
  former?: boolean;
};
const tenure = ({ former, ...dates }: Written): TenureDates => ({
  ...Object.fromEntries(Object.entries(dates).map(([name, text]) => [name, at(text)])),
  former: former ?? false,
});

/** The rule behind Tenure.basis, on the dates the source gives (a pure unit: no database). */
describe('how sure a tenure is', () => {
  const written: Record<string, Written> = {
    taha: { appointedOn: '2020-11-28', inOfficeFrom: '2021-11-17' },
    simonnet: { appointedOn: '2020-09' },
    madani: { attestedOn: '2015' },
  };
  const taha = tenure(written.taha);
  const simonnet = tenure(written.simonnet);
  const madani = tenure(written.madani);

  it('says in office per the source on a date that shares a day with the stated start', () => {
    expect(tenureBasis(taha, at('2021-11-17'))).toBe('IN_OFFICE_PER_SOURCE');
    expect(tenureBasis(taha, at('2021-11'))).toBe('IN_OFFICE_PER_SOURCE');
    expect(tenureBasis(taha, at('2021'))).toBe('IN_OFFICE_PER_SOURCE');
  });

  it('says no end is known once the date is past a stated start, and of such a tenure as a whole', () => {
    expect(tenureBasis(taha, at('2021-11-18'))).toBe('TOOK_OFFICE_NO_END_KNOWN');
    expect(tenureBasis(taha, at('2025'))).toBe('TOOK_OFFICE_NO_END_KNOWN');
    expect(tenureBasis(taha, null)).toBe('TOOK_OFFICE_NO_END_KNOWN');
  });

  it('counts a stated start and end as in office per the source', () => {
    const ended = tenure({ inOfficeFrom: '2010', inOfficeUntil: '2014-10' });
    expect(tenureBasis(ended, at('2012'))).toBe('IN_OFFICE_PER_SOURCE');
    expect(tenureBasis(ended, null)).toBe('IN_OFFICE_PER_SOURCE');
  });

  it('says an appointment with no end known, at its own month and years later', () => {
    expect(tenureBasis(simonnet, at('2020-09'))).toBe('APPOINTED_NO_END_KNOWN');
    expect(tenureBasis(simonnet, at('2024'))).toBe('APPOINTED_NO_END_KNOWN');
    expect(tenureBasis(simonnet, null)).toBe('APPOINTED_NO_END_KNOWN');
    expect(tenureBasis(tenure({ ...written.simonnet, inOfficeUntil: '2021' }), at('2021-06'))).toBe(
      'APPOINTED_END_KNOWN',
    );
  });

  it('says attested at the date the source shows the holder in office', () => {
    expect(tenureBasis(madani, at('2015-09'))).toBe('ATTESTED_AT');
    expect(tenureBasis(madani, null)).toBe('ATTESTED_AT');
    expect(tenureBasis(tenure({ ...written.madani, former: true }), null)).toBe('ATTESTED_AT');
  });

  it('tells a "former" holder without dates from a tenure with no start at all', () => {
    expect(tenureBasis(tenure({ former: true }), null)).toBe('FORMER_NO_DATES');
    expect(tenureBasis(tenure({}), null)).toBe('NO_START_KNOWN');
    expect(tenureBasis(tenure({ inOfficeUntil: '2019' }), null)).toBe('NO_START_KNOWN');
  });
});
