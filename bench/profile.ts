import neo4j, { Neo4jError, type Driver, type ProfiledPlan } from 'neo4j-driver';
import { allCypherNames, cypherStatements } from '../src/db/queries';
import type { Statement } from './peers';

/**
 * PROFILE through the driver: Neo4j runs the statement and reports, per operator, the database
 * hits (reads of nodes, relationships, properties and index entries) it made. Their sum over the
 * plan is the statement's work; compared across graph sizes, it shows which statements grow
 * with the graph while their answer does not.
 */

export interface Profiled {
  /** The cypher/ file the statement comes from, the server's name for a generated one, or "raw Cypher". */
  name: string;
  dbHits: number;
  rows: number;
  /** Wall time of the PROFILE run, for orientation only (PROFILE itself slows a query down). */
  ms: number;
  /** The operator with the most db hits: where the work is. */
  top: { operator: string; dbHits: number } | null;
  /** The statement profiled, for a reader who wants to see what a generated one does. */
  text?: string;
  error?: string;
}

/** Our statements by their text, so a recorded statement is named by its cypher/ file. */
function statementNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const name of allCypherNames()) {
    for (const statement of cypherStatements(name)) names.set(statement.text, statement.name);
  }
  return names;
}

function sumHits(plan: ProfiledPlan): { dbHits: number; top: Profiled['top'] } {
  let dbHits = plan.dbHits;
  let top: Profiled['top'] = { operator: plan.operatorType, dbHits: plan.dbHits };
  for (const child of plan.children) {
    const below = sumHits(child);
    dbHits += below.dbHits;
    if (below.top && below.top.dbHits > (top?.dbHits ?? -1)) top = below.top;
  }
  return { dbHits, top };
}

export class Profiler {
  private readonly names = statementNames();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  nameOf(statement: Statement, fallback: string): string {
    return this.names.get(statement.text) ?? statement.name ?? fallback;
  }

  async profile(statement: Statement, fallback: string): Promise<Profiled> {
    const name = this.nameOf(statement, fallback);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const started = Date.now();
    try {
      const result = await session.run(`PROFILE ${statement.text}`, statement.params, {
        timeout: this.timeoutMs,
      });
      const plan = result.summary.profile;
      if (!plan) throw new Error(`no profile for ${name}`);
      const { dbHits, top } = sumHits(plan);
      return {
        name,
        dbHits,
        rows: result.records.length,
        ms: Date.now() - started,
        top,
        text: statement.text,
      };
    } catch (error) {
      if (!(error instanceof Neo4jError)) throw error;
      return { name, dbHits: NaN, rows: 0, ms: Date.now() - started, top: null, error: error.code };
    } finally {
      await session.close();
    }
  }
}
