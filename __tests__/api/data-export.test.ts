import fs from 'node:fs';
import path from 'node:path';
import type { Principal } from '../../src/auth/auth';
import { exportGraph } from '../../src/dataset/export';
import { readDatasetFiles } from '../../src/dataset/files';
import { seedGraph } from '../../src/dataset/seed';
import { validateDataset } from '../../src/dataset/validate';
import { startApi, type Api } from '../helpers/api';
import { resetGraph, SCRATCH_WAIT_MS } from '../helpers/database';
import { copyDataset } from '../helpers/graph';
import { REPORT, REPORT_STATEMENT, REPORT_TENURE } from '../fixtures/fixture-sources';

const ed: Principal = { name: 'ed', role: 'editor' };
const rev: Principal = { name: 'rev', role: 'reviewer' };
const as = (principal: Principal) => ({ principal });
const REP = 'eu-representative-to-the-oic';
const CURATED = 'simonnet-holds-eu-representative-to-the-oic';
const PER_REPORT = REPORT_STATEMENT.id;

describe('npm run data:export: reviewed work written back to data/ and loaded on a fresh graph', () => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    api = await startApi({ writes: true });
    dir = copyDataset();
  }, SCRATCH_WAIT_MS);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await api.close();
  });

  const holders = async (at: string) =>
    (
      await api.run(
        `query ($at: DateText) { entity(id: "${REP}") { ... on Position { holders(at: $at) { id basis } } } }`,
        { at },
      )
    ).data!.entity.holders;
  const statements = async () =>
    (
      await api.run(`{ entity(id: "patrick-simonnet") { relations(types: [HOLDS], direction: OUTGOING) {
        nodes { id rank rankReason citations { source { id } } } } } }`)
    ).data!.entity.relations.nodes.filter((r: any) => r.id.startsWith(CURATED));

  it('writes the added source, the accepted statement with its rank and the rank of a dataset statement, and a fresh graph answers as the old one', async () => {
    expect(
      (
        await api.run(
          'mutation ($source: SourceInput!) { addSource(source: $source) { changed } }',
          { source: REPORT },
          undefined,
          as(ed),
        )
      ).errors,
    ).toBeUndefined();
    const proposed = await api.run(
      `mutation ($relation: RelationInput!, $citation: CitationInput!) {
        proposeRelation(relation: $relation, citation: $citation) { proposal { id } } }`,
      {
        relation: REPORT_STATEMENT,
        citation: { sourceId: REPORT.id, quote: REPORT_TENURE },
      },
      undefined,
      as(ed),
    );
    await api.run(
      'mutation ($id: ID!) { acceptProposal(id: $id, reason: "The report is the later source.", rank: PREFERRED) { changed } }',
      { id: proposed.data!.proposeRelation.proposal.id },
      undefined,
      as(rev),
    );
    await api.run(
      `mutation { rankStatement(id: "${CURATED}", rank: DEPRECATED, reason: "Superseded by the report.") { changed } }`,
      {},
      undefined,
      as(rev),
    );
    const before = { holders: await holders('2024-02'), statements: await statements() };
    expect(before.holders).toEqual([{ id: PER_REPORT, basis: 'APPOINTED_END_KNOWN' }]);

    const report = await exportGraph(api.db, dir);
    expect(report).toEqual({
      sources: [REPORT.id],
      entities: [],
      relations: [PER_REPORT],
      patched: [CURATED],
      removed: [],
      leftOut: [],
    });
    const files = readDatasetFiles(dir);
    expect(
      validateDataset(files)
        .sources.map((s) => s.meta.id)
        .sort(),
    ).toEqual(['eeas-oic-structure-eu-relations-ar', REPORT.id]);
    expect(fs.readFileSync(path.join(dir, 'sources', `${REPORT.id}.ar.txt`), 'utf8')).toBe(REPORT.text);
    expect(files.relations.find((r) => r.id === CURATED)!.qualifiers).toEqual({
      appointedOn: '2020-09',
      rank: 'DEPRECATED',
      rankReason: 'Superseded by the report.',
    });

    // Loaded into the graph it came from, the curator's elements stay the curator's: no second copy.
    const again = await seedGraph(api.db, dir);
    expect(again.conflicts).toContainEqual({
      id: PER_REPORT,
      element: 'relation',
      reason: "a curator added it through the API; the graph keeps the curator's version",
    });
    expect({ holders: await holders('2024-02'), statements: await statements() }).toEqual(before);

    // A fresh graph loaded from the files answers as the curated one did.
    await resetGraph(api.db);
    const fresh = await seedGraph(api.db, dir);
    expect(fresh.conflicts).toEqual([]);
    expect(await holders('2024-02')).toEqual(before.holders);
    expect(await statements()).toEqual(before.statements);
    expect(
      (await api.run(`{ source(id: "${REPORT.id}") { length provenance { origin addedBy } } }`)).data,
    ).toEqual({
      source: { length: Array.from(REPORT.text).length, provenance: { origin: 'CURATOR', addedBy: 'ed' } },
    });
    expect((await seedGraph(api.db, dir)).written).toBe(false);
  });
});
