import fs from 'node:fs';
import type {
  CitationData,
  Dataset,
  EntityData,
  RelationData,
  SourceDocument,
} from '../../../src/domain/fact-data';
import { readDatasetFiles } from '../../../src/dataset/files';
import {
  checkNaming,
  findHeadings,
  formatNamingReport,
  names,
  namingPasses,
} from '../../../src/dataset/naming';
import { validateDataset } from '../../../src/dataset/validate';
import { copyDataset, editGraphFile } from '../../helpers/graph';

/*
 * A small page written for these tests: a banner in English, two headings, and under each a
 * paragraph. Nothing here is from a real source.
 */
const TEXT = [
  'Site banner in English',
  '',
  'هيكل رابطة المدن العربية',
  '',
  'تجتمع الجمعية العامة مرة في السنة. ويرأس المجلس أمين.',
  '',
  'علاقات الرابطة مع الاتحاد الأفريقي',
  '',
  'عقد الطرفان اجتماعاً مشتركاً في القاهرة، ووقعا ورقة تعاون',
  'سطر قصير',
  '',
  'سطر أخير',
].join('\n');
const SOURCE: SourceDocument = {
  meta: {
    id: 'test-page',
    file: 'test-page.txt',
    sha256: '',
    kind: 'WEB_PAGE',
    language: 'ar',
    title: { ar: 'صفحة اختبار', en: 'Test page' },
    publisher: { ar: 'الفريق', en: 'The team' },
    covers: { ar: 'اختبار', en: 'A test' },
  },
  text: TEXT,
  codePoints: Array.from(TEXT),
};

/** The citation of a quote of the test page, at its only occurrence. */
function cite(quote: string, supports?: string[]): CitationData {
  const unit = TEXT.indexOf(quote);
  if (unit < 0 || TEXT.indexOf(quote, unit + 1) >= 0) throw new Error(`not once in the page: ${quote}`);
  const start = Array.from(TEXT.slice(0, unit)).length;
  return {
    source: 'test-page',
    quote,
    start,
    end: start + Array.from(quote).length,
    ...(supports && { supports }),
  };
}

const HEADING_STRUCTURE = cite('هيكل رابطة المدن العربية');
const HEADING_RELATIONS = cite('علاقات الرابطة مع الاتحاد الأفريقي');
const MEETING_CLAUSE = 'عقد الطرفان اجتماعاً مشتركاً في القاهرة';

const entity = (id: string, ar: string, en: string, extra: Partial<EntityData> = {}): EntityData => ({
  id,
  kind: 'ORGANIZATION',
  names: { ar, en },
  description: { ar: 'وصف', en: 'A description' },
  citations: [],
  ...extra,
});
const ENTITIES = [
  entity('league', 'رابطة المدن العربية', 'League of Arab Cities'),
  entity('assembly', 'الجمعية العامة', 'General Assembly', { kind: 'ORGAN' }),
  entity('african-union', 'الاتحاد الأفريقي', 'African Union', {
    aliases: [{ text: 'تعاون', lang: 'ar', kind: 'RELATED_TERM', attestation: 'CURATOR' }],
  }),
  // Its name is the curator's; the page tells it in a clause, which is its cited mention.
  entity('meeting', 'الاجتماع المشترك', 'Joint meeting', {
    kind: 'EVENT',
    citations: [cite(MEETING_CLAUSE, ['name'])],
  }),
];
const relation = (id: string, from: string, to: string, citations: CitationData[], curator = false) =>
  ({
    id,
    type: 'PARTICIPANT',
    from,
    to,
    citations,
    ...(curator && {
      qualifiers: { attestation: 'CURATOR', curatorNote: { ar: 'ملاحظة', en: 'A note' } },
    }),
  }) as RelationData;

const graph = (...relations: RelationData[]): Dataset => ({
  sources: [SOURCE],
  entities: ENTITIES,
  relations,
});

describe('headings of a source', () => {
  it('are the short, unpunctuated lines standing alone before more text, in the source language, each over its section', () => {
    expect(findHeadings(SOURCE)).toEqual([
      { source: 'test-page', text: 'هيكل رابطة المدن العربية', start: 24, end: 48, sectionEnd: 105 },
      {
        source: 'test-page',
        text: 'علاقات الرابطة مع الاتحاد الأفريقي',
        start: 105,
        end: 139,
        sectionEnd: 217,
      },
    ]);
  });

  it('are the two titles of the curated page, not its banner', () => {
    const [source] = readDatasetFiles().sources;
    expect(
      findHeadings(source).map(({ text, start, end, sectionEnd }) => [text, start, end, sectionEnd]),
    ).toEqual([
      ['هيكلية منظمة التعاون الإسلامي', 54, 83, 960],
      ['العلاقات بين الاتحاد الأوروبي ومنظمة المؤتمر الإسلامي', 960, 1013, source.codePoints.length],
    ]);
  });
});

describe('names in a quote', () => {
  const [, , africanUnion] = ENTITIES;

  it('are matched after normalisation, as whole words, with Arabic proclitics', () => {
    expect(names('وقّع مع الإتحاد الافريقى', africanUnion)).toBe(true);
    expect(names('ممثل للاتحاد الأفريقي', africanUnion)).toBe(true);
    expect(names('وبالاتحاد الأفريقي', africanUnion)).toBe(true);
    expect(names('African Union', africanUnion)).toBe(true);
    expect(names('الاتحاد الأفريقيين', africanUnion)).toBe(false);
    expect(names('الاتحاد', africanUnion)).toBe(false);
  });

  it('leave out a related term, which is no name', () => {
    expect(names('ووقعا ورقة تعاون', africanUnion)).toBe(false);
  });
});

describe('the naming check', () => {
  it('lists a relation marked SOURCE whose quote names neither end, and fails', () => {
    const report = checkNaming(
      graph(relation('unnamed', 'meeting', 'african-union', [cite('ووقعا ورقة تعاون')])),
      {},
    );
    expect(report.entries).toEqual([
      {
        relation: 'unnamed',
        type: 'PARTICIPANT',
        from: 'meeting',
        to: 'african-union',
        unnamed: ['from', 'to'],
      },
    ]);
    expect(namingPasses(report)).toBe(false);
    expect(formatNamingReport(report)).toBe(
      [
        'Relations marked SOURCE: 1',
        'Headings: «هيكل رابطة المدن العربية» (test-page@24-48), «علاقات الرابطة مع الاتحاد الأفريقي» (test-page@105-139)',
        'Relations whose citations name an end neither in a quote nor in a cited heading: 1',
        '  unnamed (PARTICIPANT): no citation names from "meeting", to "african-union"',
        '    NO REASON GIVEN',
        '',
      ].join('\n'),
    );
  });

  it('lists the one end a quote leaves unnamed', () => {
    const report = checkNaming(
      graph(relation('organ', 'assembly', 'league', [cite('تجتمع الجمعية العامة مرة في السنة')])),
      {},
    );
    expect(report.entries.map((e) => [e.relation, e.unnamed])).toEqual([['organ', ['to']]]);
  });

  it('counts a cited heading over the section of the quote, and an event named by its own cited clause', () => {
    const report = checkNaming(
      graph(
        relation('organ', 'assembly', 'league', [
          cite('تجتمع الجمعية العامة مرة في السنة'),
          HEADING_STRUCTURE,
        ]),
        relation('side', 'meeting', 'african-union', [cite(MEETING_CLAUSE), HEADING_RELATIONS]),
        relation('heading-alone', 'african-union', 'league', [HEADING_RELATIONS, HEADING_STRUCTURE]),
      ),
      {},
    );
    expect(report.entries).toEqual([]);
    expect(namingPasses(report)).toBe(true);
  });

  it('does not count a heading cited over another section, nor a heading that is not cited', () => {
    const report = checkNaming(
      graph(
        relation('other-section', 'meeting', 'league', [cite(MEETING_CLAUSE), HEADING_STRUCTURE]),
        relation('uncited', 'meeting', 'african-union', [cite(MEETING_CLAUSE)]),
      ),
      {},
    );
    expect(report.entries.map((e) => [e.relation, e.unnamed])).toEqual([
      ['other-section', ['to']],
      ['uncited', ['to']],
    ]);
  });

  it("leaves a curator's fact alone: its note says what it rests on", () => {
    const report = checkNaming(
      graph(relation('curated', 'meeting', 'african-union', [cite('ووقعا ورقة تعاون')], true)),
      {},
    );
    expect([report.checked, report.entries]).toEqual([0, []]);
  });

  it('passes an entry kept with its reason, and fails a reason left over', () => {
    const unnamed = relation('unnamed', 'meeting', 'african-union', [cite('ووقعا ورقة تعاون')]);
    const kept = checkNaming(graph(unnamed), { unnamed: 'the page says no more' });
    expect(kept.entries[0].reason).toBe('the page says no more');
    expect(namingPasses(kept)).toBe(true);
    expect(formatNamingReport(kept)).toContain('    kept: the page says no more\n');
    const stale = checkNaming(graph(), { unnamed: 'the page says no more' });
    expect([stale.entries, stale.staleReasons, namingPasses(stale)]).toEqual([[], ['unnamed'], false]);
  });
});

describe('the naming check on the curated dataset', () => {
  it('lists nothing, and gives no reason', () => {
    const report = checkNaming(validateDataset(readDatasetFiles()));
    expect(report.checked).toBeGreaterThan(90);
    expect(report.entries).toEqual([]);
    expect(report.staleReasons).toEqual([]);
  });

  it('finds the weak citations again when the heading or the words that name an end are taken out', () => {
    const dir = copyDataset();
    try {
      const dropHeading = (content: any, id: string, start: number) => {
        const found = content.relations.find((r: any) => r.id === id);
        found.citations = found.citations.filter((c: any) => c.start !== start);
      };
      editGraphFile(dir, 'eu-oic-relations.json', (content) => {
        dropHeading(content, 'hlf-anti-muslim-discrimination-2017-organised-by-eu', 960);
        dropHeading(content, 'unhrc-resolutions-on-myanmar-2020-sponsored-by-oic', 960);
      });
      editGraphFile(dir, 'oic-structure.json', (content) => {
        const cfm = content.relations.find((r: any) => r.id === 'cfm-organ-of-oic');
        cfm.citations = [cfm.citations[0]];
      });
      const report = checkNaming(validateDataset(readDatasetFiles(dir)));
      expect(report.entries.map((e) => [e.relation, e.unnamed])).toEqual([
        ['hlf-anti-muslim-discrimination-2017-organised-by-eu', ['to']],
        ['unhrc-resolutions-on-myanmar-2020-sponsored-by-oic', ['to']],
        ['cfm-organ-of-oic', ['to']],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
