import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { DATA_DIR } from '../../src/dataset/files';

/**
 * Everything stored, as sorted lines: each node with its labels and properties, each
 * relationship with its type, ends and properties. Two equal snapshots mean an unchanged graph.
 * The DatasetState node is left out: it records when the dataset was last loaded.
 */
export async function snapshotGraph(db: Database): Promise<string[]> {
  const rows = await db.read({
    name: 'test/snapshot',
    text: `
      CALL () {
        MATCH (n) WHERE NOT n:DatasetState
        RETURN 'node ' + coalesce(n.id, elementId(n)) + ' ' + apoc.convert.toJson([labels(n), properties(n)]) AS line
        UNION ALL
        MATCH (a)-[r]->(b)
        RETURN 'rel ' + coalesce(a.id, '') + ' -' + type(r) + '-> ' + coalesce(b.id, '') + ' ' + apoc.convert.toJson(properties(r)) AS line
      }
      RETURN line ORDER BY line`,
  });
  return rows.map((row) => String(row.line));
}

/** A throw-away copy of data/ for a test to change. */
export function copyDataset(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-data-'));
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites one graph file of a copied dataset. */
export function editGraphFile(dir: string, file: string, edit: (content: any) => void): void {
  const full = path.join(dir, 'graph', file);
  const content = JSON.parse(fs.readFileSync(full, 'utf8'));
  edit(content);
  fs.writeFileSync(full, JSON.stringify(content, null, 2));
}

/** Rewrites the metadata of a copied dataset's source (data/sources/<file>). */
export function editSourceMeta(
  dir: string,
  edit: (meta: any) => void,
  file = 'eeas-oic-structure-eu-relations.ar.json',
): void {
  const full = path.join(dir, 'sources', file);
  const meta = JSON.parse(fs.readFileSync(full, 'utf8'));
  edit(meta);
  fs.writeFileSync(full, JSON.stringify(meta, null, 2));
}
