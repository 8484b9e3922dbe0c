import {
  firstDay,
  lastDay,
  parsePartialDate,
  PartialDateError,
  type PartialDate,
} from '../domain/partial-date';
import type {
  Bilingual,
  CitationData,
  Dataset,
  EntityData,
  OfficeTitleData,
  RecurrenceData,
  RelationData,
  SourceDocument,
  SourceMeta,
} from '../domain/fact-data';
import { unsupportedPrecision } from '../domain/date-mentions';
import { sha256, type RawDataset } from './files';
import { findQuote, sliceSource } from './quotes';
import { ALIAS_KINDS, ATTESTATIONS, ENTITY_KINDS, RECURRENCE_UNITS } from '../domain/kinds';
import { ATTRIBUTE_VALUES, attributeSpec, isAttributeName } from '../domain/attributes';
import { DATE_QUALIFIER_NAMES, OTHER_QUALIFIERS } from '../domain/qualifiers';
import { RANKS } from '../domain/ranks';
import { joinProblem, RELATION_TYPES, type RelationType } from '../domain/relation-types';

/** The dataset broke a rule; nothing was written. Each problem names the element and the rule. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'DatasetError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;

/**
 * Checks every rule a fact must meet before anything is written: known ids, both names, quotes
 * found verbatim at their offsets, dates no more precise than their quotes, one id per element.
 * Returns the dataset when it is sound, throws a DatasetError listing every problem otherwise.
 */
export function validateDataset(raw: RawDataset): Dataset {
  const problems: string[] = [];
  // One namespace for every id the API addresses a thing by (Query.node): sources, entities and
  // relations never share one. Citation ids ("source@start-end") cannot be slugs, so they
  // cannot collide with these.
  const ids = new Map<string, string>();
  const claim = (id: unknown, what: string, file: string): void => {
    if (typeof id !== 'string' || !ID.test(id)) {
      problems.push(
        `${what} in ${file}: id ${JSON.stringify(id)} is not a lowercase slug such as "oic-secretary-general"`,
      );
      return;
    }
    const earlier = ids.get(id);
    if (earlier) problems.push(`${what} "${id}" in ${file}: duplicate id, already used by ${earlier}`);
    else ids.set(id, `${what} in ${file}`);
  };
  const sources = new Map<string, SourceDocument>();
  for (const source of raw.sources) {
    if (sha256(source.text) !== source.meta.sha256) {
      problems.push(
        `source "${source.meta.id}": ${source.meta.file} does not match its sha256; the copy has changed`,
      );
    }
    claim(source.meta.id, 'source', `data/sources/${source.meta.file}`);
    problems.push(...captureProblems(source.meta));
    if (!sources.has(source.meta.id)) sources.set(source.meta.id, source);
  }
  // A citation that names no source cites the dataset's own: the one source no curator added
  // (those npm run data:export writes always name theirs).
  const own = raw.sources.filter((source) => source.meta.origin !== 'curator');
  const defaultSource = own.length === 1 ? own[0].meta.id : undefined;

  const entities = new Map<string, EntityData>();
  for (const entity of raw.entities) {
    claim(entity.id, 'entity', entity.file);
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
  }
  for (const relation of raw.relations) claim(relation.id, 'relation', relation.file);

  const citations = (label: string, list: CitationData[] | undefined): CitationData[] => {
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${label}: has no citation; every fact cites its source`);
      return [];
    }
    list.forEach((citation, index) => checkCitation(`${label}: citation ${index + 1}`, citation));
    return list;
  };
  const checkCitation = (label: string, citation: CitationData): void => {
    const sourceId = citation.source ?? defaultSource;
    const source = sourceId === undefined ? undefined : sources.get(sourceId);
    if (!source) return void problems.push(`${label}: unknown source ${JSON.stringify(citation.source)}`);
    if (typeof citation.quote !== 'string' || citation.quote.trim() === '') {
      return void problems.push(`${label}: the quote is empty`);
    }
    const { start, end } = citation;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > source.codePoints.length ||
      end <= start
    ) {
      return void problems.push(
        `${label}: offsets ${start}-${end} are not a range within ${source.meta.id} (0-${source.codePoints.length})`,
      );
    }
    const actual = sliceSource(source, start, end);
    if (actual !== citation.quote) {
      const at = findQuote(source, citation.quote).map(
        (s) => `${s}-${s + Array.from(citation.quote).length}`,
      );
      problems.push(
        `${label}: quote not found at ${start}-${end} of ${source.meta.id} (the text there is "${actual}"); ` +
          (at.length > 0 ? `it occurs at ${at.join(', ')}` : 'it occurs nowhere in the source'),
      );
    }
  };
  const bilingual = (label: string, value: Bilingual | undefined): void => {
    if (typeof value?.ar !== 'string' || !ARABIC.test(value.ar))
      problems.push(`${label}: missing its Arabic text`);
    if (typeof value?.en !== 'string' || !LATIN.test(value.en))
      problems.push(`${label}: missing its English text`);
  };
  const date = (label: string, text: unknown, quotes: string[]): PartialDate | undefined => {
    let parsed: PartialDate;
    try {
      parsed = parsePartialDate(String(text));
    } catch (error) {
      if (!(error instanceof PartialDateError)) throw error;
      problems.push(`${label}: ${error.message}`);
      return undefined;
    }
    const reasons = quotes.map((quote) => unsupportedPrecision(parsed, quote));
    if (quotes.length > 0 && !reasons.includes(null)) {
      problems.push(`${label}: "${parsed.text}" is more precise than its quote (${reasons[0]})`);
    }
    return parsed;
  };
  const recurrence = (label: string, value: RecurrenceData): void => {
    bilingual(`${label}.text`, value.text);
    if (value.unit !== undefined && !(value.unit in RECURRENCE_UNITS))
      problems.push(`${label}: unknown unit "${value.unit}"`);
    if (value.interval !== undefined && !(Number.isInteger(value.interval) && value.interval > 0)) {
      problems.push(`${label}: interval must be a positive whole number, received ${value.interval}`);
    }
    if (
      value.month !== undefined &&
      !(Number.isInteger(value.month) && value.month >= 1 && value.month <= 12)
    ) {
      problems.push(`${label}: month must be 1 to 12, received ${value.month}`);
    }
    if (value.during !== undefined && !entities.has(value.during)) {
      problems.push(`${label}: "during" names unknown entity "${value.during}"`);
    }
  };

  const officeTitle = (label: string, relation: RelationData, title: OfficeTitleData): void => {
    if (relation.type !== 'HOLDS' && relation.type !== 'SIGNED')
      problems.push(`${label}: only a tenure (HOLDS) or a signature (SIGNED) has a title`);
    bilingual(`${label}.wording`, title.wording);
    if (title.curatorReading) bilingual(`${label}.curatorReading`, title.curatorReading);
    if (!title.citation) return void problems.push(`${label}: needs the citation of the source's wording`);
    checkCitation(`${label}: citation`, title.citation);
    const { quote, start, end } = title.citation;
    if (title.wording?.ar !== withoutFormer(quote)) {
      problems.push(
        `${label}: the Arabic wording must be the quote less «السابق»/«السابقة»: "${withoutFormer(quote)}"`,
      );
    }
    if (title.includesVicePresident !== quote.includes('نائب الرئيس')) {
      problems.push(`${label}: includesVicePresident must say whether the quote names «نائب الرئيس»`);
    }
    if (!relation.citations?.some((c) => c.start <= start && end <= c.end))
      problems.push(`${label}: the title's quote lies within none of the fact's own citations`);
  };

  for (const entity of raw.entities) {
    const label = `entity "${entity.id}" (${entity.file})`;
    if (!(entity.kind in ENTITY_KINDS)) {
      problems.push(
        `${label}: unknown kind "${entity.kind}"; expected one of ${Object.keys(ENTITY_KINDS).join(', ')}`,
      );
    }
    bilingual(`${label}: name`, entity.names);
    bilingual(`${label}: description`, entity.description);
    for (const alias of entity.aliases ?? []) {
      const where = `${label}: alias "${alias.text}"`;
      if (alias.lang !== 'ar' && alias.lang !== 'en') problems.push(`${where} has no language ar or en`);
      if (!(alias.kind in ALIAS_KINDS)) problems.push(`${where} has unknown kind "${alias.kind}"`);
      if (!(alias.attestation in ATTESTATIONS)) {
        problems.push(
          `${where}: attestation ${JSON.stringify(alias.attestation)} is not one of ${Object.keys(ATTESTATIONS).join(', ')}`,
        );
      } else if (alias.attestation === 'CURATOR') {
        if (alias.citation) problems.push(`${where}: a curator's alias cites no source words`);
      } else if (!alias.citation) {
        problems.push(`${where}: ${alias.attestation} needs the citation of the source's words`);
      } else {
        checkCitation(`${where}: citation`, alias.citation);
        if (alias.attestation === 'SOURCE' && alias.citation.quote !== alias.text)
          problems.push(
            `${where}: SOURCE means the source gives it verbatim, but the quote is "${alias.citation.quote}"`,
          );
      }
      if (alias.curatorNote) bilingual(`${where}: curatorNote`, alias.curatorNote);
      // That a name is former is a date-bound claim: the note says when it was the name, and on whose word.
      else if (alias.kind === 'FORMER_NAME')
        problems.push(`${where}: a former name needs a curatorNote saying when it was the name`);
    }
    const cited = citations(label, entity.citations);
    const supported = new Map<string, string[]>();
    for (const citation of cited) {
      for (const field of citation.supports ?? [])
        supported.set(field, [...(supported.get(field) ?? []), citation.quote]);
    }
    if (!supported.has('name'))
      problems.push(`${label}: no citation supports its name (mark one with supports: ["name"])`);
    const attributes = entity.attributes ?? {};
    for (const [name, value] of Object.entries(attributes)) {
      const where = `${label}: attribute ${name}`;
      if (!isAttributeName(name)) {
        problems.push(`${where}: unknown attribute`);
        continue;
      }
      const spec = attributeSpec(name);
      if (!spec.kinds.includes(entity.kind)) problems.push(`${where}: not an attribute of ${entity.kind}`);
      const quotes = supported.get(name) ?? [];
      if (quotes.length === 0) problems.push(`${where}: no citation supports it`);
      if (spec.type === 'text') bilingual(where, value as Bilingual);
      if (spec.type === 'date') date(where, value, quotes);
      if (spec.type === 'int' && !Number.isInteger(value)) problems.push(`${where}: expected a whole number`);
      if (spec.type === 'recurrence') recurrence(where, value as RecurrenceData);
      const allowed = ATTRIBUTE_VALUES[spec.type];
      if (allowed && !(String(value) in allowed)) problems.push(`${where}: unknown value "${value}"`);
    }
    for (const field of supported.keys()) {
      if (field !== 'name' && !(field in attributes))
        problems.push(`${label}: a citation supports "${field}", which it does not have`);
    }
  }

  for (const relation of raw.relations) {
    const label = `relation "${relation.id}" (${relation.file})`;
    const spec = RELATION_TYPES[relation.type as RelationType];
    if (!spec) problems.push(`${label}: unknown type "${relation.type}"`);
    for (const end of ['from', 'to'] as const) {
      const target = entities.get(relation[end]);
      if (!target) problems.push(`${label}: "${end}" names unknown entity "${relation[end]}"`);
      else if (spec) {
        const problem = joinProblem(relation.type, end, target.kind, target.id);
        if (problem) problems.push(`${label}: ${problem}`);
      }
    }
    const quotes = citations(label, relation.citations).map((citation) => citation.quote);
    const qualifiers = relation.qualifiers ?? {};
    const dates: Partial<Record<string, PartialDate>> = {};
    for (const name of DATE_QUALIFIER_NAMES) {
      if (qualifiers[name] !== undefined) dates[name] = date(`${label}: ${name}`, qualifiers[name], quotes);
    }
    const { inOfficeFrom, inOfficeUntil, appointedOn } = dates;
    if (inOfficeFrom && inOfficeUntil && lastDay(inOfficeUntil) < firstDay(inOfficeFrom)) {
      problems.push(
        `${label}: inOfficeUntil ${inOfficeUntil.text} is before inOfficeFrom ${inOfficeFrom.text}`,
      );
    }
    if (appointedOn && inOfficeFrom && lastDay(inOfficeFrom) < firstDay(appointedOn)) {
      problems.push(
        `${label}: in office from ${inOfficeFrom.text}, before the appointment on ${appointedOn.text}`,
      );
    }
    if (qualifiers.role !== undefined && !entities.has(qualifiers.role)) {
      problems.push(`${label}: role names unknown entity "${qualifiers.role}"`);
    }
    if (qualifiers.recurrence) recurrence(`${label}: recurrence`, qualifiers.recurrence);
    if (qualifiers.note) bilingual(`${label}: note`, qualifiers.note);
    if (qualifiers.attestation !== undefined && !['SOURCE', 'CURATOR'].includes(qualifiers.attestation)) {
      problems.push(
        `${label}: attestation of a fact is SOURCE or CURATOR, received "${qualifiers.attestation}"`,
      );
    }
    if (qualifiers.attestation === 'CURATOR' && !qualifiers.curatorNote)
      problems.push(`${label}: a curator's fact needs a curatorNote saying what it rests on`);
    if (qualifiers.curatorNote) bilingual(`${label}: curatorNote`, qualifiers.curatorNote);
    if (qualifiers.title) officeTitle(`${label}: title`, relation, qualifiers.title);
    for (const id of qualifiers.context ?? []) {
      if (!entities.has(id)) problems.push(`${label}: context names unknown entity "${id}"`);
    }
    if (qualifiers.rank !== undefined && !Object.hasOwn(RANKS, qualifiers.rank))
      problems.push(
        `${label}: rank is one of ${Object.keys(RANKS).join(', ')}, received "${qualifiers.rank}"`,
      );
    if (qualifiers.rank === 'DEPRECATED' && !qualifiers.rankReason)
      problems.push(`${label}: a DEPRECATED statement says why (rankReason)`);
    const known = new Set<string>([...DATE_QUALIFIER_NAMES, ...OTHER_QUALIFIERS]);
    for (const name of Object.keys(qualifiers))
      if (!known.has(name)) problems.push(`${label}: unknown qualifier "${name}"`);
  }

  if (problems.length > 0) throw new DatasetError(problems);
  const strip = <T extends { file: string }>({ file: _file, ...rest }: T): Omit<T, 'file'> => rest;
  return {
    sources: raw.sources,
    entities: raw.entities.map((entity) => {
      const element = withSource(strip(entity), defaultSource);
      if (!element.aliases) return element;
      const aliases = element.aliases.map((alias) =>
        alias.citation ? { ...alias, citation: sourced(alias.citation, defaultSource) } : alias,
      );
      return { ...element, aliases };
    }),
    relations: raw.relations.map((relation) => {
      const element = withSource(strip(relation), defaultSource);
      const title = element.qualifiers?.title;
      if (!title) return element;
      const qualifiers = {
        ...element.qualifiers,
        title: { ...title, citation: sourced(title.citation, defaultSource) },
      };
      return { ...element, qualifiers };
    }),
  };
}

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * What the capture says of where and when it was taken, checked when it is there: none is
 * required, since a capture that gives no URL or date must not be given an invented one.
 */
function captureProblems(meta: SourceMeta): string[] {
  const problems: string[] = [];
  const label = `source "${meta.id}"`;
  if (meta.url !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(String(meta.url));
    } catch {
      // reported below
    }
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
      problems.push(`${label}: url must be an absolute http(s) URL, received ${JSON.stringify(meta.url)}`);
  }
  if (meta.retrievedAt !== undefined) {
    const text = String(meta.retrievedAt);
    const day = INSTANT.exec(text)?.[1] ?? text;
    let valid = false;
    try {
      valid = parsePartialDate(day).precision === 'DAY';
    } catch (error) {
      if (!(error instanceof PartialDateError)) throw error;
    }
    if (!valid)
      problems.push(
        `${label}: retrievedAt must be an ISO 8601 day or instant ("2024-05-01", "2024-05-01T09:30:00Z"), received ${JSON.stringify(meta.retrievedAt)}`,
      );
  }
  return problems;
}

/** A title as the source words it, less «السابق»/«السابقة» ("former": page-relative, not part of the title). */
export function withoutFormer(quote: string): string {
  return quote.replace(/\s+السابقة?(?=[\s/]|$)/gu, '');
}

/** Fills in each citation's source, so that nothing downstream guesses it. */
function withSource<T extends EntityData | RelationData>(element: T, source: string | undefined): T {
  return { ...element, citations: element.citations.map((citation) => sourced(citation, source)) };
}

function sourced(citation: CitationData, source: string | undefined): CitationData {
  return { ...citation, source: citation.source ?? source };
}
