import { firstDay, lastDay, parsePartialDate } from '../domain/partial-date';
import { normaliseName } from '../domain/normalise';
import type {
  Bilingual,
  CitationData,
  Dataset,
  EntityData,
  RecurrenceData,
  RelationData,
  SourceDocument,
} from '../domain/fact-data';
import { createHash } from 'node:crypto';
import { ATTRIBUTES, isAttributeName } from '../domain/attributes';
import { KIND_LABELS } from '../domain/kinds';
import { asOfInterval, type AsOfDates } from '../domain/as-of';
import { DATE_QUALIFIER_NAMES } from '../domain/qualifiers';
import { dateSortKey, earliestDate, nameSortKey, UNDATED } from '../domain/sort-keys';

/**
 * The dataset as the property maps Neo4j stores. Neo4j properties cannot hold maps, so a
 * bilingual text becomes <name>Ar and <name>En, and a partial date <name> (its text, e.g.
 * "2011-12") with <name>Start and <name>End (its first and last day, ISO strings that compare
 * correctly as text).
 */

export type Props = Record<string, unknown>;

export interface CitationRecord {
  id: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface EntityRecord {
  id: string;
  label: string;
  hash: string;
  props: Props;
  citations: Array<{ id: string; supports: string[]; position: number }>;
}

export interface RelationRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  hash: string;
  props: Props;
}

export interface GraphRecords {
  sources: Props[];
  citations: CitationRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  /** One hash over everything, to tell whether the stored graph is this dataset. */
  hash: string;
}

export function citationId(citation: CitationData): string {
  return `${citation.source}@${citation.start}-${citation.end}`;
}

export function toGraphRecords(dataset: Dataset): GraphRecords {
  const citations = new Map<string, CitationRecord>();
  const cite = (citation: CitationData): string => {
    const id = citationId(citation);
    citations.set(id, {
      id,
      sourceId: citation.source!,
      quote: citation.quote,
      start: citation.start,
      end: citation.end,
    });
    return id;
  };
  // Hashes cover what is stored, not the file: a change to how facts are stored (a property
  // renamed) changes them too, so the next start rewrites the graph in the new form.
  const entities = dataset.entities.map((entity): EntityRecord => {
    // An alias's and a title's quotes are citations too, stored like any other.
    for (const alias of entity.aliases ?? []) if (alias.citation) cite(alias.citation);
    const label = KIND_LABELS[entity.kind];
    const props = { ...entityProps(entity), origin: 'dataset' };
    const cited = entity.citations.map((citation, position) => ({
      id: cite(citation),
      supports: citation.supports ?? [],
      position,
    }));
    const hash = contentHash({ label, props, cited });
    return { id: entity.id, label, hash, props: { ...props, contentHash: hash }, citations: cited };
  });
  const relations = dataset.relations.map((relation): RelationRecord => {
    if (relation.qualifiers?.title) cite(relation.qualifiers.title.citation);
    const props = {
      ...relationProps(relation),
      id: relation.id,
      citationIds: relation.citations.map(cite),
      origin: 'dataset',
    };
    const { type, from, to } = relation;
    const hash = contentHash({ type, from, to, props });
    return { id: relation.id, type, from, to, hash, props: { ...props, contentHash: hash } };
  });
  const sources = dataset.sources.map(sourceProps);
  return {
    sources,
    citations: [...citations.values()],
    entities,
    relations,
    hash: sha256(
      JSON.stringify({
        sources,
        citations: [...citations.values()],
        entities: entities.map((e) => e.hash),
        relations: relations.map((r) => r.hash),
      }),
    ),
  };
}

export function entityProps(entity: EntityData): Props {
  const aliases = entity.aliases ?? [];
  const namesAr = [entity.names.ar, ...aliases.filter((a) => a.lang === 'ar').map((a) => a.text)];
  const namesEn = [entity.names.en, ...aliases.filter((a) => a.lang === 'en').map((a) => a.text)];
  const props: Props = {
    id: entity.id,
    kind: entity.kind,
    nameAr: entity.names.ar,
    nameEn: entity.names.en,
    ...bilingual('description', entity.description),
    aliasTexts: aliases.map((a) => a.text),
    aliasLangs: aliases.map((a) => a.lang),
    aliasKinds: aliases.map((a) => a.kind),
    // Neo4j lists hold no nulls: an empty string stands for "none".
    aliasAttestations: aliases.map((a) => a.attestation),
    aliasCitationIds: aliases.map((a) => (a.citation ? citationId(a.citation) : '')),
    aliasCuratorNotesAr: aliases.map((a) => a.curatorNote?.ar ?? ''),
    aliasCuratorNotesEn: aliases.map((a) => a.curatorNote?.en ?? ''),
    namesAr,
    namesEn,
    searchKeys: [...new Set([...namesAr, ...namesEn].map(normaliseName))],
    // What lists filter and order names by (domain/sort-keys.ts).
    nameArSort: nameSortKey(entity.names.ar),
    nameEnSort: nameSortKey(entity.names.en),
  };
  for (const [name, value] of Object.entries(entity.attributes ?? {})) {
    if (!isAttributeName(name)) continue;
    const type = ATTRIBUTES[name].type;
    if (type === 'text') Object.assign(props, bilingual(name, value as Bilingual));
    else if (type === 'date') Object.assign(props, partialDate(name, value as string));
    else if (type === 'recurrence') Object.assign(props, recurrence('recurrence', value as RecurrenceData));
    else props[name] = value;
  }
  if (typeof props.date === 'string') props.dateSort = dateSortKey(parsePartialDate(props.date));
  return props;
}

export function relationProps(relation: RelationData): Props {
  const props: Props = {};
  const qualifiers = relation.qualifiers ?? {};
  for (const name of DATE_QUALIFIER_NAMES) {
    const value = qualifiers[name];
    if (value !== undefined) Object.assign(props, partialDate(name, value));
  }
  if (qualifiers.former !== undefined) props.former = qualifiers.former;
  if (qualifiers.role !== undefined) props.roleId = qualifiers.role;
  if (qualifiers.recurrence) Object.assign(props, recurrence('recurrence', qualifiers.recurrence));
  if (qualifiers.note) Object.assign(props, bilingual('note', qualifiers.note));
  if (qualifiers.context) props.contextIds = qualifiers.context;
  // Absent means SOURCE, so that facts stored before attestations existed read right.
  if (qualifiers.attestation === 'CURATOR') props.attestation = 'CURATOR';
  if (qualifiers.curatorNote) Object.assign(props, bilingual('curatorNote', qualifiers.curatorNote));
  const title = qualifiers.title;
  if (title) {
    Object.assign(props, bilingual('titleWording', title.wording), {
      titleIncludesVicePresident: title.includesVicePresident,
      titleCitationId: citationId(title.citation),
    });
    if (title.curatorReading) Object.assign(props, bilingual('titleCuratorReading', title.curatorReading));
  }
  // NORMAL is stored as no rank, so that facts stored before ranks existed read right.
  if (qualifiers.rank && qualifiers.rank !== 'NORMAL') props.rank = qualifiers.rank;
  if (qualifiers.rankReason) props.rankReason = qualifiers.rankReason;
  Object.assign(props, asOfProps(relation.type, props), factDateProps(props));
  return props;
}

/**
 * The date of a fact, for date filters, date order and counts by year: the earliest of its time
 * qualifiers (its appointment before its start of office), as factDate with factDateStart and
 * factDateEnd, and dateSort (domain/sort-keys.ts); nulls when it has none. And startSort, the
 * key of the order tenures began in. Worked out from its stored dates, so a curator's change of a
 * date recomputes them the same way.
 */
export function factDateProps(stored: Props): Props {
  const date = earliestDate(
    DATE_QUALIFIER_NAMES.map((name) =>
      typeof stored[name] === 'string' ? parsePartialDate(stored[name] as string) : undefined,
    ),
  );
  const start = ['inOfficeFrom', 'appointedOn', 'attestedOn'].find(
    (name) => typeof stored[name] === 'string',
  );
  return {
    factDate: date?.text ?? null,
    factDateStart: date ? firstDay(date) : null,
    factDateEnd: date ? lastDay(date) : null,
    dateSort: date ? dateSortKey(date) : null,
    // A tenure's place in the order tenures began: its start of office, else its appointment,
    // else the date it is attested on; undated last (list-filters.ts, the START order).
    startSort: start ? dateSortKey(parsePartialDate(stored[start] as string)) : UNDATED,
  };
}

/**
 * When the relation holds, for "as of" questions (domain/as-of.ts): asOfStart and asOfEnd, or
 * nulls when it never does. Worked out from its stored dates, so a curator's change of a date
 * recomputes it the same way.
 */
export function asOfProps(type: string, stored: Props): Props {
  const dates: AsOfDates = { former: stored.former === true };
  for (const name of DATE_QUALIFIER_NAMES) {
    if (typeof stored[name] === 'string') dates[name] = parsePartialDate(stored[name] as string);
  }
  const interval = asOfInterval(type, dates);
  return { asOfStart: interval?.start ?? null, asOfEnd: interval?.end ?? null };
}

function sourceProps(source: SourceDocument): Props {
  const { meta } = source;
  return {
    id: meta.id,
    kind: meta.kind,
    language: meta.language,
    file: meta.file,
    sha256: meta.sha256,
    capturedAs: meta.capturedAs ?? null,
    text: source.text,
    length: source.codePoints.length,
    ...bilingual('title', meta.title),
    ...bilingual('publisher', meta.publisher),
    ...bilingual('covers', meta.covers),
    ...(meta.note ? bilingual('note', meta.note) : {}),
    // Only when the capture gives them: absent keys keep the stored form, and its hash, unchanged.
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.retrievedAt ? { retrievedAt: meta.retrievedAt } : {}),
    ...(meta.publishedOn ? partialDate('publishedOn', meta.publishedOn) : {}),
    ...(meta.origin
      ? { origin: meta.origin, addedBy: meta.addedBy ?? null, addedAt: meta.addedAt ?? null }
      : {}),
  };
}

function bilingual(name: string, value: Bilingual): Props {
  return { [`${name}Ar`]: value.ar, [`${name}En`]: value.en };
}

function partialDate(name: string, text: string): Props {
  const date = parsePartialDate(text);
  return { [name]: date.text, [`${name}Start`]: firstDay(date), [`${name}End`]: lastDay(date) };
}

function recurrence(name: string, value: RecurrenceData): Props {
  return {
    [`${name}Interval`]: value.interval ?? null,
    [`${name}Unit`]: value.unit ?? null,
    [`${name}Month`]: value.month ?? null,
    [`${name}During`]: value.during ?? null,
    ...bilingual(name, value.text),
  };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A hash of an element's definition with keys sorted, so key order in the file does not matter. */
function contentHash(value: unknown): string {
  const canonical = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(canonical)
      : node !== null && typeof node === 'object'
        ? Object.fromEntries(
            Object.entries(node as Record<string, unknown>)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : node;
  return sha256(JSON.stringify(canonical(value)));
}
