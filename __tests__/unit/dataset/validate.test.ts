import fs from 'node:fs';
import { readDatasetFiles } from '../../../src/dataset/files';
import { DatasetError, validateDataset } from '../../../src/dataset/validate';
import { copyDataset, editGraphFile, editSourceMeta } from '../../helpers/graph';

/** The problems of a copy of the dataset after a change to it; none when it is valid. */
function problemsAfterChange(change: (dir: string) => void): string[] {
  const dir = copyDataset();
  try {
    change(dir);
    validateDataset(readDatasetFiles(dir));
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const problemsAfter = (file: string, edit: (content: any) => void) =>
  problemsAfterChange((dir) => editGraphFile(dir, file, edit));
/** After an edit of the source's metadata (data/sources/*.json). */
const problemsAfterSourceEdit = (edit: (meta: any) => void) =>
  problemsAfterChange((dir) => editSourceMeta(dir, edit));

const relation = (content: any, id: string) => content.relations.find((r: any) => r.id === id);
const entity = (content: any, id: string) => content.entities.find((e: any) => e.id === id);

describe('dataset validation', () => {
  it('accepts the curated dataset', () => {
    const dataset = validateDataset(readDatasetFiles());
    expect(dataset.entities.length).toBeGreaterThan(50);
    expect(dataset.relations.length).toBeGreaterThan(80);
  });

  it('refuses a relation to an unknown id, naming the relation', () => {
    expect(
      problemsAfter('oic-structure.json', (c) => {
        relation(c, 'taha-holds-oic-secretary-general').to = 'oic-secretary-generall';
      }),
    ).toEqual([
      'relation "taha-holds-oic-secretary-general" (data/graph/oic-structure.json): "to" names unknown entity "oic-secretary-generall"',
    ]);
  });

  it('refuses an entity without its name in either language', () => {
    expect(
      problemsAfter('eu.json', (c) => {
        entity(c, 'patrick-simonnet').names.ar = '';
        entity(c, 'javier-solana').names = { ar: 'خافيير سولانا' };
      }),
    ).toEqual([
      'entity "javier-solana" (data/graph/eu.json): name: missing its English text',
      'entity "patrick-simonnet" (data/graph/eu.json): name: missing its Arabic text',
    ]);
  });

  it('refuses a quote that is not at its offsets, and says where it is', () => {
    const problems = problemsAfter('eu.json', (c) => {
      const citation = entity(c, 'josep-borrell').citations[0];
      citation.start += 3;
      citation.end += 3;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^entity "josep-borrell" \(data\/graph\/eu\.json\): citation 1: quote not found at \d+-\d+ of eeas-oic-structure-eu-relations-ar \(the text there is ".+"\); it occurs at \d+-\d+$/,
    );
  });

  it('refuses a quote that is not in the source at all', () => {
    const problems = problemsAfter('eu.json', (c) => {
      entity(c, 'josep-borrell').citations[0].quote = 'جوزيب بوريل فونتيس';
    });
    expect(problems[0]).toMatch(/citation 1: quote not found at .*it occurs nowhere in the source$/);
  });

  it('refuses a date more precise than its quote', () => {
    expect(
      problemsAfter('eu.json', (c) => {
        relation(c, 'borrell-appointed-simonnet').qualifiers.date = '2020-09-15';
      }),
    ).toEqual([
      'relation "borrell-appointed-simonnet" (data/graph/eu.json): date: "2020-09-15" is more precise than its quote (the quote does not give day 15 of that month)',
    ]);
    expect(
      problemsAfter('oic-structure.json', (c) => {
        entity(c, 'islamic-summit-13').attributes.date = '2016-04-01';
      }),
    ).toEqual([
      'entity "islamic-summit-13" (data/graph/oic-structure.json): attribute date: "2016-04-01" is more precise than its quote (the quote does not give day 1 of that month)',
    ]);
  });

  it('refuses a duplicate id, naming both places', () => {
    expect(
      problemsAfter('eu.json', (c) => {
        c.entities.push({ ...entity(c, 'eu'), id: 'oic' });
      }),
    ).toEqual([
      'entity "oic" in data/graph/oic-structure.json: duplicate id, already used by entity in data/graph/eu.json',
    ]);
  });

  it('refuses a source id that an entity holds: ids are unique across sources, entities and relations', () => {
    expect(
      problemsAfterSourceEdit((meta) => {
        meta.id = 'oic';
      }),
    ).toEqual([
      'entity "oic" in data/graph/oic-structure.json: duplicate id, already used by source in data/sources/eeas-oic-structure-eu-relations.ar.txt',
    ]);
  });

  it('refuses a relation id that a source holds', () => {
    expect(
      problemsAfter('eu.json', (c) => {
        relation(c, 'borrell-appointed-simonnet').id = 'eeas-oic-structure-eu-relations-ar';
      }),
    ).toEqual([
      'relation "eeas-oic-structure-eu-relations-ar" in data/graph/eu.json: duplicate id, already used by source in data/sources/eeas-oic-structure-eu-relations.ar.txt',
    ]);
  });

  it('refuses a source id that is not a slug, so that no citation id ("source@start-end") can equal it', () => {
    expect(
      problemsAfterSourceEdit((meta) => {
        meta.id = 'eeas@page';
      }),
    ).toEqual([
      'source in data/sources/eeas-oic-structure-eu-relations.ar.txt: id "eeas@page" is not a lowercase slug such as "oic-secretary-general"',
    ]);
  });

  it("accepts a capture's URL and retrieval date when it gives them, and keeps them", () => {
    expect(
      problemsAfterSourceEdit((meta) => {
        meta.url = 'https://www.eeas.europa.eu/eeas/organisation-islamic-cooperation-oic_ar';
        meta.retrievedAt = '2024-05-01T09:30:00+03:00';
      }),
    ).toEqual([]);
    expect(problemsAfterSourceEdit((meta) => (meta.retrievedAt = '2024-05-01'))).toEqual([]);
    const [source] = validateDataset(readDatasetFiles()).sources;
    expect([source.meta.url, source.meta.retrievedAt]).toEqual([undefined, undefined]);
  });

  it('refuses a URL or a retrieval date that is not one', () => {
    const label = 'source "eeas-oic-structure-eu-relations-ar"';
    const urls = ['ftp://example.org/page', 'www.eeas.europa.eu', ''];
    for (const url of urls) {
      expect(problemsAfterSourceEdit((meta) => (meta.url = url))).toEqual([
        `${label}: url must be an absolute http(s) URL, received ${JSON.stringify(url)}`,
      ]);
    }
    const dates = ['2024-02-30', '2024-05-01T25:00Z', '2024-05-01T09:30', '01/05/2024', '2024-05'];
    for (const date of dates) {
      expect(problemsAfterSourceEdit((meta) => (meta.retrievedAt = date))).toEqual([
        `${label}: retrievedAt must be an ISO 8601 day or instant ("2024-05-01", "2024-05-01T09:30:00Z"), received ${JSON.stringify(date)}`,
      ]);
    }
  });

  it('refuses a relation between kinds its type does not join', () => {
    expect(
      problemsAfter('eu.json', (c) => {
        relation(c, 'borrell-holds-eu-high-representative').to = 'eu';
      }),
    ).toEqual([
      'relation "borrell-holds-eu-high-representative" (data/graph/eu.json): HOLDS cannot go to a ORGANIZATION ("eu"); allowed: POSITION',
    ]);
  });

  it('refuses an attribute no citation supports, and a fact with no citation', () => {
    expect(
      problemsAfter('oic-structure.json', (c) => {
        entity(c, 'oic-council-of-foreign-ministers').citations[0].supports = ['name'];
        relation(c, 'cfm-organ-of-oic').citations = [];
      }),
    ).toEqual([
      'entity "oic-council-of-foreign-ministers" (data/graph/oic-structure.json): attribute recurrence: no citation supports it',
      'relation "cfm-organ-of-oic" (data/graph/oic-structure.json): has no citation; every fact cites its source',
    ]);
  });

  it('refuses an alias that does not say who vouches for it, or says it wrongly', () => {
    expect(
      problemsAfter('oic-structure.json', (c) => {
        const oic = entity(c, 'oic');
        delete oic.aliases[0].attestation;
        oic.aliases[1].citation = { quote: 'منظمة التعاون الإسلامي', start: 61, end: 83 };
        entity(c, 'oic-council-of-foreign-ministers').aliases[0].citation = {
          quote: 'CFM',
          start: 0,
          end: 3,
        };
        entity(c, 'oic-secretary-general').aliases[0].attestation = 'RENDERING';
        delete entity(c, 'oic-secretary-general').aliases[0].citation;
      }),
    ).toEqual([
      'entity "oic" (data/graph/oic-structure.json): alias "OIC": attestation undefined is not one of SOURCE, RENDERING, CURATOR',
      'entity "oic" (data/graph/oic-structure.json): alias "منظمة المؤتمر الإسلامي": SOURCE means the source gives it verbatim, but the quote is "منظمة التعاون الإسلامي"',
      'entity "oic-council-of-foreign-ministers" (data/graph/oic-structure.json): alias "CFM": a curator\'s alias cites no source words',
      'entity "oic-secretary-general" (data/graph/oic-structure.json): alias "OIC Secretary-General": RENDERING needs the citation of the source\'s words',
    ]);
  });

  it('refuses a former name without a note saying when it was the name', () => {
    expect(
      problemsAfter('oic-structure.json', (c) => {
        delete entity(c, 'oic').aliases[1].curatorNote;
      }),
    ).toEqual([
      'entity "oic" (data/graph/oic-structure.json): alias "منظمة المؤتمر الإسلامي": a former name needs a curatorNote saying when it was the name',
    ]);
  });

  it("refuses a curator's fact without a note saying what it rests on", () => {
    expect(
      problemsAfter('eu.json', (c) => {
        delete relation(c, 'eeas-service-of-eu').qualifiers.curatorNote;
        relation(c, 'eu-high-representative-position-of-eu').qualifiers = { attestation: 'RENDERING' };
      }),
    ).toEqual([
      'relation "eeas-service-of-eu" (data/graph/eu.json): a curator\'s fact needs a curatorNote saying what it rests on',
      'relation "eu-high-representative-position-of-eu" (data/graph/eu.json): attestation of a fact is SOURCE or CURATOR, received "RENDERING"',
    ]);
  });

  it('refuses a title that is not the wording of its quote', () => {
    expect(
      problemsAfter('eu.json', (c) => {
        const title = relation(c, 'solana-held-eu-high-representative').qualifiers.title;
        title.wording.ar = 'الممثل الأعلى/ نائب الرئيس';
        title.includesVicePresident = true;
        relation(c, 'eu-high-representative-position-of-eu').qualifiers = { title };
      }),
    ).toEqual([
      'relation "eu-high-representative-position-of-eu" (data/graph/eu.json): title: only a tenure (HOLDS) or a signature (SIGNED) has a title',
      'relation "eu-high-representative-position-of-eu" (data/graph/eu.json): title: the Arabic wording must be the quote less «السابق»/«السابقة»: "الممثل الأعلى للاتحاد الأوروبي"',
      'relation "eu-high-representative-position-of-eu" (data/graph/eu.json): title: includesVicePresident must say whether the quote names «نائب الرئيس»',
      'relation "solana-held-eu-high-representative" (data/graph/eu.json): title: the Arabic wording must be the quote less «السابق»/«السابقة»: "الممثل الأعلى للاتحاد الأوروبي"',
      'relation "solana-held-eu-high-representative" (data/graph/eu.json): title: includesVicePresident must say whether the quote names «نائب الرئيس»',
    ]);
  });

  it('refuses a changed copy of the source', () => {
    const dir = copyDataset();
    try {
      const file = `${dir}/sources/eeas-oic-structure-eu-relations.ar.txt`;
      fs.appendFileSync(file, '.');
      expect(() => validateDataset(readDatasetFiles(dir))).toThrow(
        /source "eeas-oic-structure-eu-relations-ar": eeas-oic-structure-eu-relations\.ar\.txt does not match its sha256/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
