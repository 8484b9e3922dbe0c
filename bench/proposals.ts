import 'reflect-metadata';
import path from 'node:path';
import { createContext } from '../src/context';
import { DEFAULT_LIMITS } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { createLogger } from '../src/logger';
import { buildGraphQLSchema, createApolloServer } from '../src/server';
import { addSource } from '../src/curation/source.curation';
import { proposeRelation } from '../src/curation/proposal.curation';
import type { Actor } from '../src/curation/change';
import type { RelationInput } from '../src/curation/curation.types';
import { projectRoot } from '../src/paths';
import { writeFormatted } from './report';
import type { Resources } from './resources';
import { log, options, PASSWORD, prepareGraph, runMain } from './setup';
import { SyntheticGraph } from './synthetic/graph';
import type { SourceInput as AddedSource } from '../src/curation/source.types';

/**
 * Do pending proposals slow down reads of accepted facts? (issue 23's benchmark row.) On the
 * synthetic graph of a size (npm run bench:proposals -- --size 10k), the questions below are asked
 * through the whole GraphQL stack (executeOperation, no HTTP) one at a time, their wall time per
 * request measured (p50, p90); then 10 sources are added and 10,000 proposals made through the
 * curation code itself (addSource, proposeRelation: each a transaction, as an editor's request),
 * half of them statements about the position the holders question asks of, half about the
 * organisation hub; and the questions are measured again. Proposals are nodes of their own that
 * reads of accepted facts never expand, so the two should cost the same.
 */

const SOURCES = 10;
const PROPOSALS = 10_000;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

interface Question {
  key: string;
  query: string;
  variables: Record<string, unknown>;
}

function questions(position: string, hub: string, organisation: string): Question[] {
  return [
    {
      key: 'holders',
      query: `query Holders($id: ID!) { entity(id: $id) { ... on Position { holders {
        id person { id name } appointedOn { text } inOfficeUntil { text } basis } } } }`,
      variables: { id: position },
    },
    {
      key: 'holders-at',
      query: `query HoldersAt($id: ID!) { entity(id: $id) { ... on Position { holders(at: "2015") {
        id person { id name } basis } } } }`,
      variables: { id: position },
    },
    {
      key: 'hub-relations',
      query: `query HubRelations($id: ID!) { entity(id: $id) { id relations(first: 5) {
        nodes { type direction rank other { id name } } } } }`,
      variables: { id: hub },
    },
    {
      key: 'hub-relations-at',
      query: `query HubRelationsAt($id: ID!) { entity(id: $id) { id relations(first: 5, at: "2015") {
        totalCount nodes { type direction other { id name } } } } }`,
      variables: { id: hub },
    },
    {
      key: 'organisation',
      query: `query Organisation($id: ID!) { entity(id: $id) { id name ... on Organization {
        organs { id name } positions { id name holders { person { id name } } } } } }`,
      variables: { id: organisation },
    },
  ];
}

interface Figures {
  p50: number;
  p90: number;
  records: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main(resources: Resources): Promise<void> {
  const config = options(process.argv.slice(2).length ? process.argv.slice(2) : ['--size', '10k']);
  if (config.entities === null)
    throw new Error('--size: a synthetic size (10k, 100k), not the curated dataset');
  const { neo4j, targets } = await prepareGraph(config, resources);
  const db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password: PASSWORD }), 'neo4j');
  resources.add('the driver', () => db.close());
  const logger = createLogger('silent');
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    logger,
    production: true,
    introspection: false,
    landingPage: false,
    limits: DEFAULT_LIMITS,
  });
  await apollo.start();
  resources.add('Apollo', () => apollo.stop());
  let request = 0;
  const ask = async (question: Question): Promise<number> => {
    const contextValue = createContext(
      { database: db, logger, limits: DEFAULT_LIMITS },
      { requestId: `bench-${++request}`, principal: null, debugDb: true },
    );
    const response = await apollo.executeOperation(
      { query: question.query, variables: question.variables },
      { contextValue },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(`${question.key}: ${JSON.stringify(response.body)}`.slice(0, 500));
    }
    return contextValue.stats.records;
  };
  const asked = questions(targets.position, targets.hub, targets.organisation);
  // Samples per question and state, pooled over the rounds: the machine's load drifts, and rounds
  // that alternate the two states share it alike.
  const samples = { without: new Map<string, number[]>(), with: new Map<string, number[]>() };
  const records = new Map<string, number>();
  const measure = async (state: 'without' | 'with', requests: number): Promise<void> => {
    for (const question of asked) {
      for (let i = 0; i < WARMUP / 5; i++) await ask(question);
      const times = samples[state].get(question.key) ?? [];
      for (let i = 0; i < requests; i++) {
        const started = process.hrtime.bigint();
        const read = await ask(question);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        records.set(`${state}:${question.key}`, read);
      }
      samples[state].set(question.key, times);
    }
  };
  const figures = (state: 'without' | 'with', key: string): Figures => {
    const sorted = [...samples[state].get(key)!].sort((a, b) => a - b);
    return {
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
      records: records.get(`${state}:${key}`)!,
    };
  };

  for (const question of asked) for (let i = 0; i < WARMUP; i++) await ask(question);

  const started = Date.now();
  const editor: Actor = { principal: { name: 'bench-editor', role: 'editor' }, requestId: 'bench' };
  const perSource = PROPOSALS / SOURCES;
  const line = (source: number, n: number) =>
    `Statement ${String(n).padStart(5, '0')} of bench source ${source}.`;
  for (let s = 0; s < SOURCES; s++) {
    const source: AddedSource = {
      id: `bench-source-${s}`,
      text: Array.from({ length: perSource }, (_, n) => line(s, n)).join('\n'),
      language: 'en',
      kind: 'OTHER',
      title: { ar: 'مصدر للقياس', en: `Benchmark source ${s}` },
      publisher: { ar: 'القياس', en: 'The benchmark' },
      covers: { ar: 'جمل للقياس.', en: 'Sentences for the benchmark.' },
    };
    await addSource(db, editor, source);
  }
  // Half the proposals are statements about the position the holders questions ask of (HOLDS from
  // a person), half about the organisation hub (POSITION_OF from a position).
  const graph = new SyntheticGraph(config.entities, config.seed);
  const persons = graph.range('PERSON');
  const positions = graph.range('POSITION');
  for (let i = 0; i < PROPOSALS; i++) {
    const holds = i % 2 === 0;
    const relation: RelationInput = holds
      ? {
          id: `bench-proposed-${i}`,
          type: 'HOLDS',
          from: graph.idOf(persons.start + (i % persons.count)),
          to: targets.position,
        }
      : {
          id: `bench-proposed-${i}`,
          type: 'POSITION_OF',
          from: graph.idOf(positions.start + (i % positions.count)),
          to: targets.hub,
        };
    const source = Math.floor(i / perSource);
    await proposeRelation(db, editor, relation, {
      sourceId: `bench-source-${source}`,
      quote: line(source, i % perSource),
    });
    if ((i + 1) % 1000 === 0) log(`proposed ${i + 1}`);
  }
  const proposing = (Date.now() - started) / 1000;
  log(`added ${SOURCES} sources and ${PROPOSALS} pending proposals in ${proposing.toFixed(0)} s`);

  // The proposals as stored, to take them away and put them back between rounds: the same nodes
  // (one statement each way), so that the rounds alternate a graph without them and with them.
  const stored = (
    await db.read({ name: 'bench/proposals', text: 'MATCH (p:Proposal) RETURN properties(p) AS props' })
  ).map((row) => row.props);
  // A thousand at a time: 10,000 in one transaction pass Neo4j's transaction memory limit.
  const BATCH = 1000;
  const remove = {
    name: 'bench/remove-proposals',
    text: `MATCH (p:Proposal) WITH p LIMIT ${BATCH} DETACH DELETE p RETURN count(*) AS n`,
  };
  const restore = {
    name: 'bench/restore-proposals',
    text: 'UNWIND $rows AS row CREATE (p:Proposal) SET p = row',
  };
  const perRound = Math.max(1, Math.round(REQUESTS / ROUNDS));
  for (let round = 1; round <= ROUNDS; round++) {
    while (Number((await db.write(remove))[0]?.n ?? 0) > 0);
    await measure('without', perRound);
    for (let i = 0; i < stored.length; i += BATCH)
      await db.write(restore, { rows: stored.slice(i, i + BATCH) });
    await measure('with', perRound);
    log(`round ${round}/${ROUNDS} done`);
  }
  const pending = await db.read({
    name: 'bench/count',
    text: "MATCH (p:Proposal {status: 'PENDING'}) RETURN count(p) AS n",
  });
  log(`${String(pending[0].n)} proposals pending at the end`);

  const rows = asked.map((question) => {
    const [a, b] = [figures('without', question.key), figures('with', question.key)];
    return `| ${question.key} | ${a.p50.toFixed(2)} | ${b.p50.toFixed(2)} | ${(b.p50 / a.p50).toFixed(2)}× | ${a.p90.toFixed(2)} | ${b.p90.toFixed(2)} | ${a.records} | ${b.records} |`;
  });
  const text = [
    `# Reads with ${SOURCES} sources and ${PROPOSALS.toLocaleString('en')} proposals pending (${config.size})`,
    '',
    `Each question asked ${perRound * ROUNDS} times in each state, one at a time, through the whole GraphQL stack`,
    `(executeOperation), in ${ROUNDS} rounds that alternate the graph without the proposals and with them (the`,
    "same nodes taken away and put back), so that both states share the machine's load; wall time per request in",
    'ms, pooled over the rounds; records: rows Neo4j returned for one request.',
    '',
    '| question | p50 without | p50 with | ratio | p90 without | p90 with | records without | records with |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Adding the sources and proposals (one transaction each, as the API does) took ${proposing.toFixed(0)} s.`,
  ].join('\n');
  const dir = path.join(projectRoot, 'bench', 'results');
  await writeFormatted(path.join(dir, `proposals-${config.size}.md`), text);
  process.stdout.write(`${text}\n`);
}

runMain(main);
