import { startApi, type Api } from '../helpers/api';

const TIMELINE = `query ($id: ID!, $from: DateText, $to: DateText) {
  timeline(entity: $id, from: $from, to: $to) {
    entity { id }
    entries { kind date { text } notBefore { text } notAfter { text } summary summaryAr: summary(lang: AR) entity { id } relation { id } }
    recurring { id }
    undated { id }
  }
}`;

describe('timelines', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const timeline = async (id: string, from?: string, to?: string) => {
    const result = await api.run(TIMELINE, { id, from, to });
    expect(result.errors).toBeUndefined();
    return result.data!.timeline;
  };

  it("tells a tenure's steps apart: attested, appointed, taking office", async () => {
    const { entries } = await timeline('oic-secretary-general');
    expect(entries.map((e: any) => [e.kind, e.date?.text ?? null, e.summary])).toEqual([
      ['EVENT', null, 'Exchange of letters between the High Representative and the OIC Secretary-General'],
      ['EVENT', '2011-12', 'First EEAS delegation visit to Jeddah'],
      ['IN_OFFICE', '2015', 'Madani: in office as Secretary-General of the OIC'],
      ['APPOINTMENT', '2020-11-28', 'Hissein Brahim Taha: appointed Secretary-General of the OIC'],
      ['TAKING_OFFICE', '2021-11-17', 'Hissein Brahim Taha: takes office as Secretary-General of the OIC'],
    ]);
    expect(entries[4].summaryAr).toBe('حسين إبراهيم طه: تولّى منصب الأمين العام لمنظمة التعاون الإسلامي');
    expect(entries[4].relation).toEqual({ id: 'taha-holds-oic-secretary-general' });
  });

  it('keeps only what may fall between from and to', async () => {
    const { entries, undated } = await timeline('eu-oic-relations', '2015', '2016-12');
    expect(entries.map((e: any) => [e.date.text, e.summary])).toEqual([
      ['2015', 'EU–OIC Memorandum of Understanding'],
      ['2016', 'European Union accredited a holder of EU Head of Delegation to the OIC'],
    ]);
    expect(undated).toEqual([]);
    const { entries: december } = await timeline('eu-oic-relations', '2011-12-15', '2011-12-20');
    // "2011" may name those days, and the letters came before the December 2011 visit: both may.
    expect(december.map((e: any) => e.entity?.id)).toEqual([
      'eeas-impetus-2011',
      'hr-sg-exchange-of-letters',
      'eeas-visit-to-jeddah-2011',
    ]);
  });

  it("covers an organisation's organs and positions, and lists its recurring meetings apart", async () => {
    const { entries, recurring } = await timeline('oic', '2016', '2016');
    expect(entries.map((e: any) => [e.date.text, e.kind, e.entity?.id ?? e.relation?.id])).toEqual([
      ['2016', 'FACT', 'eu-accredited-head-of-eu-delegation-to-the-oic'],
      ['2016-04', 'EVENT', 'islamic-summit-13'],
      ['2016-04', 'DOCUMENT', 'oic-2025-programme-of-action'],
    ]);
    expect(recurring).toEqual([{ id: 'eu-oic-political-dialogue' }]);
  });
});
