import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';

/**
 * One Cypher statement: from cypher/, named by its path without the extension, or built by the
 * store (src/graph/store/), named by its shape. `R` is the contract of its rows: what each row
 * it returns holds, declared once where the statement is, so that readers do not cast.
 */
export interface CypherQuery<R = Record<string, unknown>> {
  readonly name: string;
  readonly text: string;
  /** Never set: it carries the row contract in the type. */
  readonly rows?: R[];
}

export const CYPHER_DIR = path.join(projectRoot, 'cypher');
const cache = new Map<string, CypherQuery[]>();

/**
 * The statements of cypher/<name>.cypher. Files are constant text with $parameters only, so the
 * server's plan cache sees the same query every time; several statements are separated by a
 * semicolon at the end of a line.
 */
export function cypherStatements(name: string): CypherQuery[] {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`no Cypher file cypher/${name}.cypher`);
  const statements = fs
    .readFileSync(file, 'utf8')
    .split(/;\s*$/m)
    .map((text) => stripComments(text).trim())
    .filter((text) => text.length > 0)
    .map((text, index, all) => ({ name: all.length > 1 ? `${name}#${index + 1}` : name, text }));
  if (statements.length === 0) throw new Error(`cypher/${name}.cypher holds no statement`);
  cache.set(name, statements);
  return statements;
}

/** The one statement of cypher/<name>.cypher, with the contract of its rows. */
export function cypher<R = Record<string, unknown>>(name: string): CypherQuery<R> {
  const statements = cypherStatements(name);
  if (statements.length !== 1) {
    throw new Error(`cypher/${name}.cypher holds ${statements.length} statements, expected one`);
  }
  return statements[0] as CypherQuery<R>;
}

/**
 * A statement to EXPLAIN, with every parameter it names set to null: planning needs the
 * parameters present, not their values.
 */
export function explained(statement: CypherQuery): { query: CypherQuery; params: Record<string, null> } {
  const names = [...statement.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
  return {
    query: { name: statement.name, text: `EXPLAIN ${statement.text}` },
    params: Object.fromEntries(names.map((name) => [name, null])),
  };
}

/** Every query file's name, for the test that EXPLAINs them all. */
export function allCypherNames(): string[] {
  return fs
    .readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length).split(path.sep).join('/'))
    .sort();
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}
