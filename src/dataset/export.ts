import fs from 'node:fs';
import path from 'node:path';
import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type {
  AliasData,
  CitationData,
  EntityData,
  GraphFile,
  RelationData,
  RelationQualifiers,
  SourceMeta,
} from '../domain/fact-data';
import { DATE_QUALIFIER_NAMES } from '../domain/qualifiers';
import { decodeEntity, decodeRelation } from '../graph/decode';
import { DATA_DIR } from './files';

/**
 * npm run data:export: the accepted graph's curated work written back to data/, so that it can be
 * reviewed, committed and loaded on a fresh machine as part of the baseline: the sources curators
 * added (data/sources/<id>.json and its text), the entities and relations they added or that
 * reviewers accepted (data/graph/curated.json, each citing its source by quote and offsets, each
 * statement with its rank), and what curators changed of the dataset's own relations (a rank, an
 * end of office, another citation: patched where the relation is written; a retraction: the
 * relation taken out). What the files cannot hold is listed, not dropped silently: a fact resting
 * on a curator's note alone (the dataset cites a source for every fact), and a correction or
 * retraction of one of the dataset's entities (written back by hand for now).
 */

export const CURATED_FILE = 'curated.json';

export interface ExportReport {
  sources: string[];
  entities: string[];
  relations: string[];
  /** Dataset relations patched in their files (rank, end of office, citations). */
  patched: string[];
  /** Dataset relations a curator retracted, taken out of their files. */
  removed: string[];
  leftOut: Array<{ id: string; reason: string }>;
}

const NOTE_ONLY = "it rests on a curator's note alone, and the dataset cites a source for every fact";

/** Quote citations as the data files write them; a curator's note is none. */
function quoted(citations: Row[]): CitationData[] {
  return citations
    .filter((c) => typeof c.quote === 'string' && typeof c.sourceId === 'string')
    .map((c) => ({
      source: String(c.sourceId),
      quote: String(c.quote),
      start: Number(c.start),
      end: Number(c.end),
    }));
}

function sourceFiles(props: Row): { meta: SourceMeta; text: string } {
  const bilingual = (name: string) => ({ ar: String(props[`${name}Ar`]), en: String(props[`${name}En`]) });
  const optional = (name: string) =>
    typeof props[name] === 'string' ? { [name]: props[name] as string } : {};
  const meta: SourceMeta = {
    id: String(props.id),
    file: `${String(props.id)}.${String(props.language)}.txt`,
    sha256: String(props.sha256),
    kind: String(props.kind),
    language: props.language as SourceMeta['language'],
    title: bilingual('title'),
    publisher: bilingual('publisher'),
    covers: bilingual('covers'),
    ...optional('url'),
    ...optional('retrievedAt'),
    ...optional('publishedOn'),
    origin: 'curator',
    ...optional('addedBy'),
    ...optional('addedAt'),
  };
  return { meta, text: String(props.text) };
}

function entityData(props: Row, citations: Array<{ citation: Row; supports: string[] | null }>): EntityData {
  const entity = decodeEntity(props);
  const aliases: AliasData[] = entity.aliases.map((alias) => ({
    text: alias.text,
    lang: alias.lang,
    kind: alias.kind,
    attestation: alias.attestation,
    ...(alias.curatorNote ? { curatorNote: alias.curatorNote } : {}),
  }));
  const date = entity.attributes.date?.text;
  return {
    id: entity.id,
    kind: entity.kind,
    names: entity.name,
    description: entity.description,
    ...(aliases.length ? { aliases } : {}),
    ...(date ? { attributes: { date } } : {}),
    citations: quoted(citations.map((c) => c.citation)).map((citation, i) => ({
      ...citation,
      ...(citations[i].supports?.length ? { supports: citations[i].supports! } : {}),
    })),
  };
}

function qualifiersOf(type: unknown, props: Row): RelationQualifiers {
  const relation = decodeRelation(type, props);
  const q = relation.qualifiers;
  const qualifiers: RelationQualifiers = {};
  for (const name of DATE_QUALIFIER_NAMES) if (q[name]) qualifiers[name] = q[name]!.text;
  if (q.former) qualifiers.former = true;
  if (q.roleId) qualifiers.role = q.roleId;
  if (q.note) qualifiers.note = q.note;
  if (q.contextIds.length) qualifiers.context = q.contextIds;
  if (q.attestation === 'CURATOR' && q.curatorNote) {
    qualifiers.attestation = 'CURATOR';
    qualifiers.curatorNote = q.curatorNote;
  }
  if (relation.rank !== 'NORMAL') qualifiers.rank = relation.rank;
  if (relation.rankReason) qualifiers.rankReason = relation.rankReason;
  return qualifiers;
}

const writeJson = (file: string, value: unknown) =>
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

export async function exportGraph(db: Database, dir: string = DATA_DIR): Promise<ExportReport> {
  const report: ExportReport = {
    sources: [],
    entities: [],
    relations: [],
    patched: [],
    removed: [],
    leftOut: [],
  };

  for (const row of await db.read(cypher('dataset/export-sources'))) {
    const { meta, text } = sourceFiles(row.props as Row);
    fs.writeFileSync(path.join(dir, 'sources', meta.file), text);
    writeJson(path.join(dir, 'sources', `${meta.id}.json`), meta);
    report.sources.push(meta.id);
  }

  const curated: Required<GraphFile> = { entities: [], relations: [] };
  for (const row of await db.read(cypher('dataset/export-entities'))) {
    const entity = entityData(
      row.props as Row,
      row.citations as Array<{ citation: Row; supports: string[] | null }>,
    );
    if (entity.citations.length === 0) report.leftOut.push({ id: entity.id, reason: NOTE_ONLY });
    else {
      curated.entities.push(entity);
      report.entities.push(entity.id);
    }
  }

  // data:export is an admin's offline script over the whole accepted graph: the rows, the citation
  // ids (each once), the citations by id and the dataset's patched relations by id are as large as
  // the graph and no larger, read in two round trips; no request reaches it.
  const rows = await db.read(cypher('dataset/export-relations'));
  const citationIds = [...new Set(rows.flatMap((row) => ((row.props as Row).citationIds as string[]) ?? []))];
  const citations = new Map(
    (await db.read(cypher('graph/citations-by-ids'), { ids: citationIds })).map((c) => [
      c.id as string,
      c.props as Row,
    ]),
  );
  const citationsOf = (props: Row) =>
    quoted(
      ((props.citationIds as string[]) ?? []).map((id) => citations.get(id)).filter((c): c is Row => !!c),
    );
  const patches = new Map<string, Row & { type: string }>();
  for (const row of rows) {
    const props = row.props as Row;
    const id = String(props.id);
    if (props.origin === 'dataset') {
      patches.set(id, { ...props, type: String(row.type) });
      continue;
    }
    const relation: RelationData = {
      id,
      type: row.type as RelationData['type'],
      from: String(row.from),
      to: String(row.to),
      qualifiers: qualifiersOf(row.type, props),
      citations: citationsOf(props),
    };
    if (relation.citations.length === 0) report.leftOut.push({ id, reason: NOTE_ONLY });
    else {
      curated.relations.push(relation);
      report.relations.push(id);
    }
  }
  writeJson(path.join(dir, 'graph', CURATED_FILE), curated);

  // The dataset's own relations a curator changed: patched (or taken out) where they are written.
  for (const file of fs
    .readdirSync(path.join(dir, 'graph'))
    .filter((f) => f.endsWith('.json') && f !== CURATED_FILE)) {
    const full = path.join(dir, 'graph', file);
    const content = JSON.parse(fs.readFileSync(full, 'utf8')) as GraphFile;
    let changed = false;
    const kept: RelationData[] = [];
    for (const relation of content.relations ?? []) {
      const patch = patches.get(relation.id);
      if (!patch) {
        kept.push(relation);
        continue;
      }
      changed = true;
      if (patch.retractedAt) {
        report.removed.push(relation.id);
        continue;
      }
      const qualifiers = { ...relation.qualifiers };
      const now = qualifiersOf(patch.type, patch);
      for (const name of ['rank', 'rankReason', 'inOfficeUntil'] as const) {
        if (now[name] === undefined) delete qualifiers[name];
        else (qualifiers as Record<string, unknown>)[name] = now[name];
      }
      const known = new Set(relation.citations.map((c) => `${c.source ?? ''}@${c.start}-${c.end}`));
      const more = citationsOf(patch).filter(
        (c) => !known.has(`${c.source}@${c.start}-${c.end}`) && !known.has(`@${c.start}-${c.end}`),
      );
      kept.push({ ...relation, qualifiers, citations: [...relation.citations, ...more] });
      report.patched.push(relation.id);
    }
    if (changed) writeJson(full, { ...content, relations: kept });
  }
  return report;
}
