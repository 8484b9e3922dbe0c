import { isDeepStrictEqual } from 'node:util';
import { AskError, type Peer, type Statement } from './peers';
import type { Scenario } from './scenarios';

/**
 * Per peer: how long its very first request took (cold: Neo4j plans the query, the library checks
 * the Neo4j version), the Cypher statements one request ran (with their text and parameters when
 * recorded), or why it failed.
 */
export type Counted = Map<
  string,
  | { ok: true; firstMs: number; queries: number; statements?: Statement[] }
  | { ok: false; firstMs: number; error: string; message: string }
>;

/** A disagreement between two systems' answers: timing them would be meaningless. */
export class AnswersDiffer extends Error {}

/**
 * Asks every peer the scenario. A peer that fails (an error code, a timeout) is recorded as
 * failed and left out of the timing; the others must all give the same facts as the first that
 * answered, or the run stops with the difference.
 */
export async function check(scenario: Scenario, peers: Peer[]): Promise<{ facts: number; counted: Counted }> {
  const counted: Counted = new Map();
  let expected: { peer: Peer; facts: string[] } | null = null;
  for (const peer of peers) {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    let facts: string[];
    try {
      await peer.ask(scenario).catch((error: unknown) => {
        // A cold request that times out may only have been planning (a big statement on a busy
        // machine): it gets one more, warm, try before it counts as a failure.
        if (error instanceof AskError && /TIMEOUT|TimedOut/i.test(error.code)) return peer.ask(scenario);
        throw error;
      });
      const firstMs = elapsed();
      const { data, cypherQueries, statements } = await peer.count(scenario);
      facts = peer.facts(scenario, data);
      counted.set(peer.key, { ok: true, firstMs, queries: cypherQueries, statements });
    } catch (error) {
      if (!(error instanceof AskError)) throw error;
      counted.set(peer.key, { ok: false, firstMs: elapsed(), error: error.code, message: error.message });
      continue;
    }
    if (facts.length === 0) throw new AnswersDiffer(`${scenario.title}: ${peer.label} returned nothing`);
    if (!expected) {
      expected = { peer, facts };
      continue;
    }
    if (!isDeepStrictEqual(facts, expected.facts)) {
      const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x)).slice(0, 20);
      throw new AnswersDiffer(
        `${scenario.title}: the answers differ, so timing them would be meaningless.\n` +
          `  only in ${expected.peer.label}:\n    ${only(expected.facts, facts).join('\n    ') || '(none)'}\n` +
          `  only in ${peer.label}:\n    ${only(facts, expected.facts).join('\n    ') || '(none)'}\n` +
          `  (counts: ${expected.facts.length} vs ${facts.length})`,
      );
    }
  }
  return { facts: expected?.facts.length ?? 0, counted };
}
