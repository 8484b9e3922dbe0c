import 'reflect-metadata';
import type { App } from '../../../src/app';
import { readDatasetFiles } from '../../../src/dataset/files';
import { toGraphRecords } from '../../../src/graph/records';
import type { EntityData, RelationData, SourceDocument } from '../../../src/domain/fact-data';
import { validateDataset } from '../../../src/dataset/validate';
import { SyntheticGraph } from '../../../bench/synthetic/graph';
import { countStored, loadSyntheticGraph } from '../../../bench/synthetic/load';
import { Adjacency, chooseTargets, degreeSummary, type Targets } from '../../../bench/synthetic/targets';
import { postGraphQL, startTestApp } from '../../helpers/app';
import { Database } from '../../../src/db/database';
import { SCRATCH_WAIT_MS, scratchDatabase, type ScratchDatabase } from '../../helpers/database';

/** Everything a graph holds, as the validator reads a dataset from disk. */
function materialise(graph: SyntheticGraph) {
  const sources: SourceDocument[] = [];
  const entities: Array<EntityData & { file: string }> = [];
  const relations: Array<RelationData & { file: string }> = [];
  for (const batch of graph.entityBatches()) {
    sources.push(...batch.sources);
    entities.push(...batch.entities.map((e) => ({ ...e, file: 'synthetic' })));
  }
  for (const batch of graph.relationBatches()) {
    sources.push(...batch.sources);
    relations.push(...batch.relations.map((r) => ({ ...r, file: 'synthetic' })));
  }
  return { sources, entities, relations };
}

/** Relations between two entities, by breadth-first search over the generated arrays. */
function distance(graph: SyntheticGraph, from: string, to: string): number {
  const adjacency = new Adjacency(graph);
  const target = graph.indexOf(to);
  const seen = new Map([[graph.indexOf(from), 0]]);
  let frontier = [graph.indexOf(from)];
  for (let hop = 1; frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const index of frontier) {
      for (const n of adjacency.of(index)) {
        if (seen.has(n)) continue;
        if (n === target) return hop;
        seen.set(n, hop);
        next.push(n);
      }
    }
    frontier = next;
  }
  return Infinity;
}

describe('the synthetic graph of the benchmark', () => {
  let graph: SyntheticGraph;
  let targets: Targets;
  beforeAll(() => {
    graph = new SyntheticGraph(10_000, 7).generate();
    targets = chooseTargets(graph);
  });

  it('is the same graph for the same size and seed, and another for another seed', () => {
    const again = new SyntheticGraph(10_000, 7).generate();
    expect(chooseTargets(again)).toEqual(targets);
    expect(again.relationCount).toBe(graph.relationCount);
    expect(Buffer.from(again.relations.from.buffer).equals(Buffer.from(graph.relations.from.buffer))).toBe(
      true,
    );
    expect(Buffer.from(again.relations.to.buffer).equals(Buffer.from(graph.relations.to.buffer))).toBe(true);
    expect(again.describe(1234)).toEqual(graph.describe(1234));
    expect(again.relation(4321)).toEqual(graph.relation(4321));
    const other = new SyntheticGraph(10_000, 8).generate();
    expect(other.describe(1234)).not.toEqual(graph.describe(1234));
    // An entity is the same at every size: its own random stream, named by kind and number.
    const bigger = new SyntheticGraph(20_000, 7);
    expect(bigger.describe(bigger.indexOf('person-0000100'))).toEqual(
      graph.describe(graph.indexOf('person-0000100')),
    );
  });

  it("obeys every rule of the curated dataset's validator: kinds, both languages, quotes at their offsets, dates", () => {
    const raw = materialise(graph);
    const dataset = validateDataset(raw);
    expect(dataset.entities).toHaveLength(10_000);
    expect(dataset.relations).toHaveLength(graph.relationCount);
    // Every kind and every relation type of the vocabulary occurs.
    expect(new Set(dataset.entities.map((e) => e.kind)).size).toBe(12);
    expect(new Set(dataset.relations.map((r) => r.type)).size).toBe(31);
    // Partial dates at all three precisions, and tenures with all four qualifiers.
    const dates = dataset.entities.flatMap((e) => (e.attributes?.date ? [e.attributes.date] : []));
    for (const length of [4, 7, 10]) {
      expect(dates.filter((d) => d.length === length).length).toBeGreaterThan(dates.length / 5);
    }
    const tenures = dataset.relations.filter((r) => r.type === 'HOLDS').map((r) => r.qualifiers ?? {});
    for (const qualifier of [
      'appointedOn',
      'inOfficeFrom',
      'inOfficeUntil',
      'attestedOn',
      'former',
    ] as const) {
      expect(tenures.filter((q) => q[qualifier] !== undefined).length).toBeGreaterThan(50);
    }
    // Names and aliases in both scripts.
    const person = dataset.entities.find((e) => e.id === 'person-0000100')!;
    expect(person.names.en).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(person.names.ar).toMatch(/^[\u0600-\u06FF ]+$/);
    expect(
      dataset.entities.flatMap((e) => e.aliases ?? []).filter((a) => a.lang === 'ar').length,
    ).toBeGreaterThan(100);
  });

  it('has power-law degrees, three hubs of 10,000 to 14,000 relations, and a path exactly six relations long', () => {
    const degrees = degreeSummary(graph, new Adjacency(graph));
    for (const hub of Object.values(targets.hubs)) {
      expect(degrees.hubs[hub]).toBeGreaterThanOrEqual(10_000);
      expect(degrees.hubs[hub]).toBeLessThanOrEqual(14_000);
    }
    expect(degrees.p50).toBeLessThanOrEqual(10);
    expect(degrees.maxOutsideHubs).toBeLessThan(2_000);
    // Every bucket from 2^3 up holds fewer entities than the one before: a heavy but thinning tail.
    const tail = degrees.histogram.filter((h) => h.from >= 8 && h.from < 8192).map((h) => h.entities);
    expect(tail.every((n, i) => i === 0 || n < tail[i - 1])).toBe(true);
    // A hub has as many distinct neighbours at every size, so questions about it keep their answer size.
    const distinct = (g: SyntheticGraph) => new Set(new Adjacency(g).of(g.hubs.organization)).size;
    const bigger = new SyntheticGraph(40_000, 7).generate();
    expect(Math.abs(distinct(bigger) - distinct(graph))).toBeLessThan(distinct(graph) / 100);
    expect(distance(graph, targets.path.from, targets.path.to)).toBe(6);
    const holders = Array.from({ length: graph.relationCount }, (_, k) => k).filter(
      (k) => graph.typeOf(k) === 'HOLDS' && graph.idOf(graph.relations.to[k]) === targets.position,
    );
    expect(holders).toHaveLength(8);
  });

  it('refuses a size too small to model', () => {
    expect(() => new SyntheticGraph(999, 1)).toThrow(
      'a synthetic graph needs at least 1000 entities, asked for 999',
    );
  });

  describe('written with the loader’s own statements', () => {
    let db: ScratchDatabase;
    let app: App;
    let small: SyntheticGraph;
    let chosen: Targets;
    beforeAll(async () => {
      db = await scratchDatabase();
      small = new SyntheticGraph(1_000, 3, { hubScale: 0.05 }).generate();
      chosen = chooseTargets(small);
      // The loader's batches may take longer than a request's 10 s on a busy machine, as in the benchmark.
      await loadSyntheticGraph(
        new Database(db.driver, db.name, { transactionTimeoutMs: 600_000 }),
        small,
        () => {},
      );
      app = await startTestApp(db);
    }, SCRATCH_WAIT_MS);
    afterAll(async () => {
      await app?.close();
      await db?.release();
    });

    it('stores exactly what the dataset loader stores for the same records', async () => {
      expect(await countStored(db)).toEqual({ entities: 1_000, relations: small.relationCount });
      const [batch] = small.entityBatches();
      const records = toGraphRecords({ sources: batch.sources, entities: batch.entities, relations: [] });
      const [row] = await db.read(
        {
          name: 'test/stored',
          text: 'MATCH (e:Entity {id: $id}) RETURN properties(e) AS props, labels(e) AS labels',
        },
        { id: records.entities[5].id },
      );
      expect(row.props).toEqual(records.entities[5].props);
      expect((row.labels as string[]).sort()).toEqual([records.entities[5].label, 'Entity'].sort());

      // A tenure with a start of office: stored with the loader's props, its "as of" interval included.
      const [relations] = small.relationBatches();
      const tenures = toGraphRecords({
        sources: relations.sources,
        entities: [],
        relations: relations.relations,
      }).relations.filter(
        (r) =>
          r.type === 'HOLDS' && typeof r.props.inOfficeFromStart === 'string' && !('attestedOn' in r.props),
      );
      const tenure = tenures[0];
      const [stored] = await db.read(
        {
          name: 'test/stored-relation',
          text: 'MATCH ()-[r:HOLDS {id: $id}]->() RETURN properties(r) AS props',
        },
        { id: tenure.id },
      );
      expect(stored.props).toEqual(tenure.props);
      // In office from its start (not its appointment) until its end, or for good (domain/as-of.ts).
      expect(tenure.props.asOfStart).toBe(tenure.props.inOfficeFromStart);
      expect(tenure.props.asOfEnd).toBe(tenure.props.inOfficeUntilEnd ?? '9999-12-31');
    });

    it('answers through the API: names in both languages, search in Arabic, tenures, the 6-hop path', async () => {
      const person = small.describe(small.indexOf('person-0000100'));
      const found = await postGraphQL(
        app.url,
        `query ($text: String!) { search(text: $text, first: 50) { nodes { entity { id name(lang: AR) } exact } } }`,
        { text: person.names.ar },
      );
      expect(found.body.data!.search.nodes).toContainEqual({
        entity: { id: 'person-0000100', name: person.names.ar },
        exact: true,
      });

      const position = small.indexOf(chosen.position);
      const expected = Array.from({ length: small.relationCount }, (_, k) => k)
        .filter((k) => small.typeOf(k) === 'HOLDS' && small.relations.to[k] === position)
        .map((k) => ({ id: small.relationId(k), ...small.tenure(position, small.relations.ordinal[k]) }))
        .map((t) => ({
          id: t.id,
          appointedOn: t.appointedOn ?? null,
          inOfficeFrom: t.inOfficeFrom ?? null,
          inOfficeUntil: t.inOfficeUntil ?? null,
          attestedOn: t.attestedOn ?? null,
          former: t.former ?? false,
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
      const held = await postGraphQL(
        app.url,
        `query ($id: ID!) { entity(id: $id) { ... on Position { holders {
           id appointedOn { text } inOfficeFrom { text } inOfficeUntil { text } attestedOn { text } former } } } }`,
        { id: chosen.position },
      );
      const text = (date: { text: string } | null) => date?.text ?? null;
      expect(
        (held.body.data!.entity.holders as any[])
          .map((h) => ({
            id: h.id,
            appointedOn: text(h.appointedOn),
            inOfficeFrom: text(h.inOfficeFrom),
            inOfficeUntil: text(h.inOfficeUntil),
            attestedOn: text(h.attestedOn),
            former: h.former,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);

      const path = await postGraphQL(
        app.url,
        'query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) { length } }',
        chosen.path,
      );
      expect(path.body.data!.shortestPath).toEqual({ length: 6 });
    });
  });

  it('keeps the curated dataset apart: none of its ids looks like a generated one', () => {
    const curated = readDatasetFiles();
    expect(curated.entities.filter((e) => graph.indexOf(e.id) >= 0)).toEqual([]);
  });
});
