import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import type { EntityData, GraphFile, RelationData, SourceDocument, SourceMeta } from '../domain/fact-data';

export const DATA_DIR = path.join(projectRoot, 'data');

/** A dataset as read from disk, before validation; `file` says where each element came from. */
export interface RawDataset {
  sources: SourceDocument[];
  entities: Array<EntityData & { file: string }>;
  relations: Array<RelationData & { file: string }>;
}

/** Reads data/sources/*.json (with their text files) and data/graph/*.json. */
export function readDatasetFiles(dir: string = DATA_DIR): RawDataset {
  const sourcesDir = path.join(dir, 'sources');
  const sources = listJson(sourcesDir).map((file) => {
    const meta = JSON.parse(fs.readFileSync(path.join(sourcesDir, file), 'utf8')) as SourceMeta;
    const text = fs.readFileSync(path.join(sourcesDir, meta.file), 'utf8');
    return { meta, text, codePoints: Array.from(text) };
  });
  const graphDir = path.join(dir, 'graph');
  const entities: RawDataset['entities'] = [];
  const relations: RawDataset['relations'] = [];
  for (const file of listJson(graphDir)) {
    const content = JSON.parse(fs.readFileSync(path.join(graphDir, file), 'utf8')) as GraphFile;
    const where = `data/graph/${file}`;
    for (const entity of content.entities ?? []) entities.push({ ...entity, file: where });
    for (const relation of content.relations ?? []) relations.push({ ...relation, file: where });
  }
  return { sources, entities, relations };
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function listJson(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
}
