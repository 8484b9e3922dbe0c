import { isDeepStrictEqual } from 'node:util';
import type { Peer } from './peers';
import type { Scenario } from './scenarios';

/**
 * Per peer: how long its very first request took (cold: Neo4j plans the query, the library checks
 * the Neo4j version), the Cypher queries one request ran, and their text when known.
 */
export type Counted = Map<string, { firstMs: number; queries: number; cypher?: string[] }>;

/** Asks every peer the scenario and fails unless all give the same facts as the first (our server). */
export async function check(scenario: Scenario, peers: Peer[]): Promise<{ facts: number; counted: Counted }> {
  const counted: Counted = new Map();
  let expected: { peer: Peer; facts: string[] } | null = null;
  for (const peer of peers) {
    const started = process.hrtime.bigint();
    await peer.ask(scenario);
    const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
    const { data, cypherQueries, cypher } = await peer.count(scenario);
    const facts = peer.facts(scenario, data);
    if (facts.length === 0) throw new Error(`${scenario.title}: ${peer.label} returned nothing`);
    counted.set(peer.key, { firstMs, queries: cypherQueries, cypher });
    if (!expected) {
      expected = { peer, facts };
      continue;
    }
    if (!isDeepStrictEqual(facts, expected.facts)) {
      const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
      throw new Error(
        `${scenario.title}: the answers differ, so timing them would be meaningless.\n` +
          `  only in ${expected.peer.label}:\n    ${only(expected.facts, facts).join('\n    ') || '(none)'}\n` +
          `  only in ${peer.label}:\n    ${only(facts, expected.facts).join('\n    ') || '(none)'}\n` +
          `  (counts: ${expected.facts.length} vs ${facts.length})`,
      );
    }
  }
  return { facts: expected?.facts.length ?? 0, counted };
}
