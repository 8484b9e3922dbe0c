import type {
  AliasData,
  CitationData,
  EntityAttributes,
  EntityData,
  RelationData,
  RelationQualifiers,
  SourceDocument,
} from '../../src/domain/fact-data';
import { sha256 } from '../../src/dataset/files';
import {
  DOCUMENT_TYPES,
  EVENT_TYPES,
  type DocumentType,
  type EntityKind,
  type EventType,
} from '../../src/domain/kinds';
import { RELATION_TYPES, type RelationType } from '../../src/domain/relation-types';
import {
  acronym,
  coined,
  COMMITTEE_TYPES,
  dateInArabic,
  DOCUMENT_WORDS,
  DOMAINS,
  EVENT_WORDS,
  FIRST_NAMES,
  forAr,
  MISSION_TYPES,
  ORGAN_TYPES,
  ORGANISATION_TYPES,
  REGIONS,
  TITLES,
  type Pair,
} from './names';
import { hash32, Random, WeightedPicker } from './random';

/**
 * A synthetic knowledge graph in the project's own model, of any size, the same for the same
 * size and seed: entities of every kind with Arabic and English names, aliases and descriptions;
 * each cited by a sentence of a generated Arabic source with its code-point offsets; relations of
 * the vocabulary's types, joining only the kinds each type allows, dated where the curated data
 * dates them (tenures with appointment, start, end and attestation; signings, adoptions,
 * openings at year, month or day precision). Degrees follow a power law (each entity draws a
 * Pareto weight and relations pick their ends in proportion to it), and three hubs (an
 * organisation, a country, a topic) carry 10,000 to 11,000 relations each at every size from
 * 10,000 entities up.
 *
 * Entities are numbered 0..size-1 in id order: ids are "<kind>-<7 digits>" and kinds are laid out
 * alphabetically, so an entity's number is its place in the API's entity list. Everything about
 * an entity is drawn from its own random stream (seed, kind, number within the kind), so the
 * entity "person-0000123" is the same person at every size. Relations are generated once, as
 * compact arrays (ends, type, ordinal), and written out in batches.
 */

/** Kinds in id order (alphabetical by their id prefix) and their share of the entities. */
export const KIND_SHARES: Array<[EntityKind, number]> = [
  ['AGREEMENT', 0.04],
  ['COMMITTEE', 0.02],
  ['COUNTRY', 0.005],
  ['DOCUMENT', 0.1],
  ['EVENT', 0.25],
  ['MISSION', 0.02],
  ['ORGAN', 0.03],
  ['ORGANIZATION', 0.03],
  ['PERSON', 0.3],
  ['PLACE', 0.045],
  ['POSITION', 0.08],
  ['TOPIC', 0.08],
];

const RELATION_TYPE_LIST = Object.keys(RELATION_TYPES) as RelationType[];
const typeIndex = (type: RelationType): number => RELATION_TYPE_LIST.indexOf(type);

/** Entities per generated source document (one source per batch of entities). */
export const ENTITIES_PER_SOURCE = 1000;
/** Relations per batch; the dated ones of a batch are cited from one generated source. */
export const RELATIONS_PER_BATCH = 5000;
/** The smallest graph that holds three full hubs without repeating a relation. */
export const FULL_HUBS_FROM = 10_000;
const MIN_SIZE = 1_000;

export interface GraphOptions {
  /**
   * Scales the hubs' own relations (1: 10,000 to 11,000 each). Tests load small graphs with small
   * hubs; below 10,000 entities a graph may not hold full hubs without repeating a relation, and
   * each hub then gets what the graph has room for.
   */
  hubScale?: number;
}

/** The relations each hub receives on top of its share of the random ones. */
interface HubSpec {
  type: RelationType;
  /** OUT: the hub is the relation's source; IN: its target. */
  hubIs: 'from' | 'to';
  other: EntityKind;
  count: number;
  /**
   * Draw the other ends from those of an earlier spec (its index) rather than from the whole
   * kind: the events the hub organises are among those it takes part in. So a hub has the same
   * number of distinct neighbours at every size, and questions about it the same answer size.
   */
  within?: number;
}
const HUBS: Record<'organization' | 'country' | 'topic', { kind: EntityKind; specs: HubSpec[] }> = {
  organization: {
    kind: 'ORGANIZATION',
    specs: [
      { type: 'PARTICIPANT', hubIs: 'to', other: 'EVENT', count: 2500 },
      { type: 'ORGANISED_BY', hubIs: 'to', other: 'EVENT', count: 2500, within: 0 },
      { type: 'SPONSORED_BY', hubIs: 'to', other: 'DOCUMENT', count: 1000 },
      { type: 'ADOPTED', hubIs: 'from', other: 'DOCUMENT', count: 800, within: 2 },
      { type: 'PARTY', hubIs: 'to', other: 'AGREEMENT', count: 400 },
      { type: 'ACCREDITED', hubIs: 'from', other: 'POSITION', count: 800 },
      { type: 'POSITION_OF', hubIs: 'to', other: 'POSITION', count: 400, within: 5 },
      { type: 'BETWEEN', hubIs: 'to', other: 'TOPIC', count: 800 },
      { type: 'ORGAN_OF', hubIs: 'to', other: 'ORGAN', count: 200 },
      { type: 'MISSION_OF', hubIs: 'to', other: 'MISSION', count: 150 },
      { type: 'OPENED', hubIs: 'from', other: 'MISSION', count: 100, within: 9 },
      { type: 'ESTABLISHED', hubIs: 'from', other: 'COMMITTEE', count: 150 },
      { type: 'SERVICE_OF', hubIs: 'to', other: 'ORGANIZATION', count: 200 },
    ],
  },
  country: {
    kind: 'COUNTRY',
    specs: [
      { type: 'TOOK_PLACE_IN', hubIs: 'to', other: 'EVENT', count: 2500 },
      { type: 'INVOLVES', hubIs: 'to', other: 'EVENT', count: 2500, within: 0 },
      { type: 'PARTICIPANT', hubIs: 'to', other: 'EVENT', count: 2000, within: 0 },
      { type: 'CONCERNS', hubIs: 'to', other: 'EVENT', count: 1500, within: 0 },
      { type: 'CONCERNS', hubIs: 'to', other: 'DOCUMENT', count: 800 },
      { type: 'CONCERNS', hubIs: 'to', other: 'AGREEMENT', count: 300 },
      { type: 'ACCREDITED_TO', hubIs: 'to', other: 'POSITION', count: 800 },
      { type: 'POSITION_OF', hubIs: 'to', other: 'POSITION', count: 400, within: 6 },
      { type: 'ACCREDITED_TO', hubIs: 'to', other: 'MISSION', count: 200 },
    ],
  },
  topic: {
    kind: 'TOPIC',
    specs: [
      { type: 'CONCERNS', hubIs: 'to', other: 'EVENT', count: 2500 },
      { type: 'AGREED_TO_EXPAND_COOPERATION_IN', hubIs: 'to', other: 'EVENT', count: 2500, within: 0 },
      { type: 'PART_OF', hubIs: 'to', other: 'EVENT', count: 2000, within: 0 },
      { type: 'FOCUSES_ON', hubIs: 'to', other: 'DOCUMENT', count: 1000 },
      { type: 'CONCERNS', hubIs: 'to', other: 'DOCUMENT', count: 900, within: 3 },
      { type: 'PART_OF', hubIs: 'to', other: 'DOCUMENT', count: 900, within: 3 },
      { type: 'CONCERNS', hubIs: 'to', other: 'AGREEMENT', count: 400 },
      { type: 'PART_OF', hubIs: 'to', other: 'AGREEMENT', count: 400, within: 6 },
      { type: 'BETWEEN', hubIs: 'from', other: 'ORGANIZATION', count: 300 },
    ],
  },
};

/** Relation types that carry a date, and how often. */
const DATED: Partial<Record<RelationType, number>> = {
  APPOINTED: 0.9,
  ESTABLISHED: 0.7,
  OPENED: 0.8,
  ACCREDITED: 0.8,
  ACCREDITED_TO: 0.5,
  ADOPTED: 1,
  SIGNED: 1,
};

/** Numbers and names that tie a generated graph to the questions the benchmark asks of it. */
export interface Hubs {
  organization: number;
  country: number;
  topic: number;
}

interface Described {
  kind: EntityKind;
  id: string;
  names: Pair;
  aliases: AliasData[];
  description: Pair;
  attributes: EntityAttributes;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const slug = (kind: string): string => kind.toLowerCase().replace(/_/g, '-');

/** Growable typed arrays for the relations. */
class RelationArrays {
  from = new Int32Array(1 << 16);
  to = new Int32Array(1 << 16);
  type = new Uint8Array(1 << 16);
  ordinal = new Uint16Array(1 << 16);
  length = 0;

  add(type: RelationType, from: number, to: number, ordinal = 0): void {
    if (this.length === this.from.length) this.grow();
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.type[this.length] = typeIndex(type);
    this.ordinal[this.length] = ordinal;
    this.length += 1;
  }

  private grow(): void {
    const bigger = <T extends Int32Array | Uint8Array | Uint16Array>(array: T): T => {
      const next = new (array.constructor as new (n: number) => T)(array.length * 2);
      next.set(array);
      return next;
    };
    this.from = bigger(this.from);
    this.to = bigger(this.to);
    this.type = bigger(this.type);
    this.ordinal = bigger(this.ordinal);
  }
}

export class SyntheticGraph {
  readonly ranges = new Map<EntityKind, { start: number; count: number }>();
  readonly hubs: Hubs;
  /** Four people kept out of every other relation: the two ends of the 6-hop path and one step each. */
  readonly tails: [number, number, number, number];
  readonly relations = new RelationArrays();
  /** The two people the 6-hop path passes through, two steps apart; set by linkPath(). */
  pathMiddle: { p: number; q: number } | null = null;
  private readonly kindOfIndex: Uint8Array;
  private readonly kinds: EntityKind[];
  private readonly pickers = new Map<EntityKind, WeightedPicker>();
  /** Where each entity's sentence sits in its source: filled as entity batches are made. */
  private sentenceStart: Int32Array | null = null;
  private sentenceEnd: Int32Array | null = null;

  private readonly hubScale: number;

  constructor(
    readonly size: number,
    readonly seed: number,
    options: GraphOptions = {},
  ) {
    if (!Number.isInteger(size) || size < MIN_SIZE) {
      throw new Error(`a synthetic graph needs at least ${MIN_SIZE} entities, asked for ${size}`);
    }
    this.hubScale = options.hubScale ?? 1;
    this.kinds = KIND_SHARES.map(([kind]) => kind);
    this.kindOfIndex = new Uint8Array(size);
    let start = 0;
    KIND_SHARES.forEach(([kind, share], k) => {
      const count = k === KIND_SHARES.length - 1 ? size - start : Math.round(size * share);
      this.ranges.set(kind, { start, count });
      this.kindOfIndex.fill(k, start, start + count);
      start += count;
    });
    this.hubs = {
      organization: this.range('ORGANIZATION').start,
      country: this.range('COUNTRY').start,
      topic: this.range('TOPIC').start,
    };
    const persons = this.range('PERSON');
    const last = persons.start + persons.count;
    this.tails = [last - 4, last - 3, last - 2, last - 1];
    for (const [kind] of KIND_SHARES) {
      const { start: first, count } = this.range(kind);
      const weights = new Float64Array(count);
      for (let local = 0; local < count; local++) {
        weights[local] = new Random(seed, this.kinds.indexOf(kind), local, 99).pareto(1.3, 300);
      }
      if (kind === 'PERSON') weights.fill(0, count - 4);
      this.pickers.set(kind, new WeightedPicker(first, weights));
    }
  }

  range(kind: EntityKind): { start: number; count: number } {
    return this.ranges.get(kind)!;
  }

  kindOf(index: number): EntityKind {
    return this.kinds[this.kindOfIndex[index]];
  }

  idOf(index: number): string {
    const kind = this.kindOf(index);
    return `${slug(kind)}-${pad(index - this.range(kind).start, 7)}`;
  }

  /** The entity's number from its id, or -1 when the id is not one of this graph's. */
  indexOf(id: string): number {
    const match = /^([a-z-]+)-(\d{7})$/.exec(id);
    const kind = this.kinds.find((k) => slug(k) === match?.[1]);
    if (!match || !kind) return -1;
    const local = Number(match[2]);
    return local < this.range(kind).count ? this.range(kind).start + local : -1;
  }

  get relationCount(): number {
    return this.relations.length;
  }

  typeOf(relation: number): RelationType {
    return RELATION_TYPE_LIST[this.relations.type[relation]];
  }

  relationId(relation: number): string {
    return `${slug(this.typeOf(relation))}-${pad(relation, 8)}`;
  }

  /** Generates every relation (ends, type, ordinal); call once, before reading relations. */
  generate(progress: (done: number) => void = () => {}): this {
    const random = new Random(this.seed, 0x5eed);
    this.structure(random, progress);
    for (const [name, hub] of Object.entries(HUBS))
      this.hubRelations(random, this.hubs[name as keyof Hubs], hub);
    return this;
  }

  // --- entities -------------------------------------------------------------------------------

  /** Everything about one entity but its citation, from its own random stream. */
  describe(index: number): Described {
    const kind = this.kindOf(index);
    const local = index - this.range(kind).start;
    const r = new Random(this.seed, this.kinds.indexOf(kind), local);
    const domain = r.pick(DOMAINS);
    // Aliases are the generator's, not words of its sources: CURATOR, with no citation.
    const aliases: AliasData[] = [];
    const attributes: EntityAttributes = {};
    let names: Pair;
    let description: Pair;
    switch (kind) {
      case 'ORGANIZATION': {
        const region = r.pick(REGIONS);
        const type = r.pick(ORGANISATION_TYPES);
        names = {
          en: `${region.en} ${type.en} for ${domain.en}`,
          ar: `${type.ar} ${type.feminine ? region.arFeminine : region.ar} ${forAr(domain.ar)}`,
        };
        aliases.push({ text: acronym(names.en), lang: 'en', kind: 'ACRONYM', attestation: 'CURATOR' });
        description = {
          en: `An organisation of states that works on ${domain.en.toLowerCase()}.`,
          ar: `منظمة من الدول تعمل في مجال ${domain.ar}.`,
        };
        break;
      }
      case 'ORGAN': {
        const type = r.pick(ORGAN_TYPES);
        names = { en: `${type.en} for ${domain.en}`, ar: `${type.ar} ${forAr(domain.ar)}` };
        description = {
          en: `An organ that decides on ${domain.en.toLowerCase()}.`,
          ar: `جهاز يقرر في شؤون ${domain.ar}.`,
        };
        break;
      }
      case 'COMMITTEE': {
        const type = r.pick(COMMITTEE_TYPES);
        names = { en: `${type.en} on ${domain.en}`, ar: `${type.ar} ${domain.ar}` };
        description = {
          en: `A committee that prepares decisions on ${domain.en.toLowerCase()}.`,
          ar: `لجنة تعدّ القرارات في مجال ${domain.ar}.`,
        };
        break;
      }
      case 'MISSION': {
        const type = r.pick(MISSION_TYPES);
        const country = coined(r, { en: 'ia', ar: 'يا' });
        names = { en: `${type.en} to ${country.en}`, ar: `${type.ar} لدى ${country.ar}` };
        description = {
          en: `A diplomatic mission accredited to ${country.en}.`,
          ar: `بعثة دبلوماسية معتمدة لدى ${country.ar}.`,
        };
        break;
      }
      case 'POSITION': {
        const title = r.pick(TITLES);
        names = { en: `${title.en} for ${domain.en}`, ar: `${title.ar} ${forAr(domain.ar)}` };
        description = {
          en: `An office in charge of ${domain.en.toLowerCase()}.`,
          ar: `منصب مسؤول عن ${domain.ar}.`,
        };
        break;
      }
      case 'PERSON': {
        const first = r.pick(FIRST_NAMES);
        const family = coined(r);
        names = { en: `${first.en} ${family.en}`, ar: `${first.ar} ${family.ar}` };
        if (r.chance(0.3))
          aliases.push({
            text: `${first.en.charAt(0)}. ${family.en}`,
            lang: 'en',
            kind: 'VARIANT',
            attestation: 'CURATOR',
          });
        if (r.chance(0.2)) {
          const father = r.pick(FIRST_NAMES);
          aliases.push(
            {
              text: `${first.en} bin ${father.en} ${family.en}`,
              lang: 'en',
              kind: 'FULL_NAME',
              attestation: 'CURATOR',
            },
            {
              text: `${first.ar} بن ${father.ar} ${family.ar}`,
              lang: 'ar',
              kind: 'FULL_NAME',
              attestation: 'CURATOR',
            },
          );
        }
        description = {
          en: `A diplomat and official working on ${domain.en.toLowerCase()}.`,
          ar: `دبلوماسي ومسؤول يعمل في مجال ${domain.ar}.`,
        };
        break;
      }
      case 'COUNTRY': {
        const root = coined(r, { en: '', ar: '' });
        names = { en: `${root.en}ia`, ar: `${root.ar}يا` };
        aliases.push(
          { text: `Republic of ${names.en}`, lang: 'en', kind: 'FULL_NAME', attestation: 'CURATOR' },
          { text: `جمهورية ${names.ar}`, lang: 'ar', kind: 'FULL_NAME', attestation: 'CURATOR' },
        );
        description = { en: 'A member state.', ar: 'دولة عضو.' };
        break;
      }
      case 'PLACE': {
        names = coined(r);
        description = { en: 'A city where meetings are held.', ar: 'مدينة تُعقد فيها الاجتماعات.' };
        break;
      }
      case 'EVENT': {
        const type = r.pick(Object.keys(EVENT_TYPES) as EventType[]);
        const date = this.dateOf(index);
        const word = EVENT_WORDS[type];
        const year = date.slice(0, 4);
        names = { en: `${year} ${word.en} on ${domain.en}`, ar: `${word.ar} ${domain.ar} ${year}` };
        attributes.date = date;
        attributes.eventType = type;
        description = {
          en: `A ${word.en.toLowerCase()} about ${domain.en.toLowerCase()}.`,
          ar: `${word.ar} حول ${domain.ar}.`,
        };
        break;
      }
      case 'DOCUMENT':
      case 'AGREEMENT': {
        const type: DocumentType =
          kind === 'AGREEMENT'
            ? 'MEMORANDUM_OF_UNDERSTANDING'
            : r.pick(Object.keys(DOCUMENT_TYPES) as DocumentType[]);
        const date = this.dateOf(index);
        const word =
          kind === 'AGREEMENT'
            ? { en: 'Memorandum of Understanding', ar: 'مذكرة تفاهم' }
            : DOCUMENT_WORDS[type];
        const year = date.slice(0, 4);
        names = { en: `${word.en} on ${domain.en} (${year})`, ar: `${word.ar} بشأن ${domain.ar} (${year})` };
        attributes.date = date;
        attributes.documentType = type;
        description = {
          en: `A text on ${domain.en.toLowerCase()} adopted in ${year}.`,
          ar: `نص بشأن ${domain.ar} اعتُمد عام ${year}.`,
        };
        break;
      }
      case 'TOPIC': {
        const region = r.pick(REGIONS);
        names = r.chance(0.5)
          ? { en: `Cooperation on ${domain.en}`, ar: `التعاون في مجال ${domain.ar}` }
          : {
              en: `${domain.en} in the ${region.en} region`,
              ar: `${domain.ar} في المنطقة ${region.arFeminine}`,
            };
        description = {
          en: `What states and organisations do together on ${domain.en.toLowerCase()}.`,
          ar: `ما تقوم به الدول والمنظمات معاً في مجال ${domain.ar}.`,
        };
        break;
      }
    }
    return { kind, id: this.idOf(index), names, aliases, description, attributes };
  }

  /** The date of an event, agreement or document: 1970 to 2025, at year, month or day precision. */
  dateOf(index: number): string {
    const r = new Random(this.seed, index, 0xda7e);
    const year = 2025 - Math.floor(55 * Math.pow(r.float(), 1.5));
    return partialDate(r, year);
  }

  /** The sentence of the generated source that cites the entity (its name and any date). */
  sentence(entity: Described): string {
    const date = entity.attributes.date ? ` جرى ذلك في ${dateInArabic(entity.attributes.date)}.` : '';
    return `${entity.names.ar} (${entity.names.en}): ${entity.description.ar}${date}`;
  }

  /** Entities in batches of ENTITIES_PER_SOURCE, each batch with the source its citations quote. */
  *entityBatches(): Generator<{ sources: SourceDocument[]; entities: EntityData[] }> {
    this.sentenceStart ??= new Int32Array(this.size);
    this.sentenceEnd ??= new Int32Array(this.size);
    for (let first = 0; first < this.size; first += ENTITIES_PER_SOURCE) {
      const last = Math.min(this.size, first + ENTITIES_PER_SOURCE);
      const sourceId = `synthetic-entities-${pad(first / ENTITIES_PER_SOURCE, 5)}`;
      const text = new SourceText();
      const entities: EntityData[] = [];
      for (let index = first; index < last; index++) {
        const entity = this.describe(index);
        const { start, end, quote } = text.add(this.sentence(entity));
        this.sentenceStart[index] = start;
        this.sentenceEnd[index] = end;
        entities.push({
          id: entity.id,
          kind: entity.kind,
          names: entity.names,
          aliases: entity.aliases,
          description: entity.description,
          attributes: entity.attributes,
          citations: [
            { source: sourceId, quote, start, end, supports: ['name', ...Object.keys(entity.attributes)] },
          ],
        });
      }
      yield { sources: [text.document(sourceId, `entities ${first} to ${last - 1}`)], entities };
    }
  }

  /** The citation of an entity's own sentence, which its undated relations share. */
  private entityCitation(index: number): CitationData {
    // Relations written without their entities first (a test) place the sentences once.
    if (!this.sentenceStart || !this.sentenceEnd) Array.from(this.entityBatches());
    const described = this.describe(index);
    return {
      source: `synthetic-entities-${pad(Math.floor(index / ENTITIES_PER_SOURCE), 5)}`,
      quote: this.sentence(described),
      start: this.sentenceStart![index],
      end: this.sentenceEnd![index],
    };
  }

  // --- relations ------------------------------------------------------------------------------

  /** Relations in batches of RELATIONS_PER_BATCH, with the source that cites the dated ones. */
  *relationBatches(): Generator<{ sources: SourceDocument[]; relations: RelationData[] }> {
    for (let first = 0; first < this.relationCount; first += RELATIONS_PER_BATCH) {
      const last = Math.min(this.relationCount, first + RELATIONS_PER_BATCH);
      const sourceId = `synthetic-relations-${pad(first / RELATIONS_PER_BATCH, 5)}`;
      const text = new SourceText();
      const relations: RelationData[] = [];
      for (let k = first; k < last; k++) {
        const relation = this.relation(k);
        const sentence = relation.sentence;
        const citation = sentence
          ? { source: sourceId, ...text.add(sentence) }
          : this.entityCitation(this.relations.from[k]);
        relations.push({ ...relation.data, citations: [citation] });
      }
      yield {
        sources: text.length > 0 ? [text.document(sourceId, `relations ${first} to ${last - 1}`)] : [],
        relations,
      };
    }
  }

  /** One relation with its qualifiers, and the Arabic sentence that states it when it is dated. */
  relation(k: number): { data: Omit<RelationData, 'citations'>; sentence: string | null } {
    const type = this.typeOf(k);
    const from = this.relations.from[k];
    const to = this.relations.to[k];
    const r = new Random(this.seed, k, 0x7e1a);
    const data = { id: this.relationId(k), type, from: this.idOf(from), to: this.idOf(to) };
    const between = (): string =>
      `${this.describe(from).names.ar} ${RELATION_TYPES[type].descriptionAr} ${this.describe(to).names.ar}`;
    if (type === 'HOLDS') {
      const qualifiers = this.tenure(to, this.relations.ordinal[k]);
      if (Object.keys(qualifiers).length === 0) return { data, sentence: null };
      if (qualifiers.former) return { data: { ...data, qualifiers }, sentence: `${between()} سابقاً.` };
      const parts = [
        qualifiers.appointedOn && `عُيّن في ${dateInArabic(qualifiers.appointedOn)}`,
        qualifiers.inOfficeFrom && `تولّى المنصب في ${dateInArabic(qualifiers.inOfficeFrom)}`,
        qualifiers.inOfficeUntil && `غادره في ${dateInArabic(qualifiers.inOfficeUntil)}`,
        qualifiers.attestedOn && `كان يشغله في ${dateInArabic(qualifiers.attestedOn)}`,
      ].filter(Boolean);
      return { data: { ...data, qualifiers }, sentence: `${between()}: ${parts.join('، ')}.` };
    }
    const dated = DATED[type];
    if (dated === undefined || !r.chance(dated)) return { data, sentence: null };
    const date =
      type === 'ADOPTED' || type === 'SIGNED'
        ? this.dateOf(to)
        : partialDate(r, 2025 - Math.floor(55 * Math.pow(r.float(), 1.5)));
    return { data: { ...data, qualifiers: { date } }, sentence: `${between()} في ${dateInArabic(date)}.` };
  }

  /**
   * The ordinal-th tenure of a position: its holders follow one another from a start year of the
   * position's own; most tenures give an appointment and a start, all but the last an end, some
   * an attestation; a few are only called "former", with no date.
   */
  tenure(position: number, ordinal: number): RelationQualifiers {
    // Ordinal 0 is the holder in office; each earlier one left in the year the next one came.
    const r = new Random(this.seed, position, 0x7e4e);
    let until = 2025;
    let year = 2025 - r.int(6);
    for (let j = 0; j < ordinal; j++) {
      until = year;
      year -= r.between(1, 6);
    }
    const t = new Random(this.seed, position, ordinal, 0x7e4f);
    const current = ordinal === 0;
    if (!current && t.chance(0.08)) return { former: true };
    const qualifiers: RelationQualifiers = {};
    const start = partialDate(t, year);
    if (t.chance(0.6)) qualifiers.appointedOn = start.length === 10 ? start.slice(0, 7) : start.slice(0, 4);
    if (t.chance(0.85)) qualifiers.inOfficeFrom = start;
    if (!current && t.chance(0.85)) qualifiers.inOfficeUntil = partialDate(t, until);
    if (t.chance(0.2)) qualifiers.attestedOn = String(year + t.int(Math.max(1, until - year)));
    return qualifiers;
  }

  private structure(random: Random, progress: (done: number) => void): void {
    const add = (type: RelationType, from: number, to: number, ordinal = 0): void => {
      if (from !== to) this.relations.add(type, from, to, ordinal);
    };
    const pick = (kind: EntityKind): number => this.pickers.get(kind)!.pick(random);
    const pickOf = (kinds: Array<[EntityKind, number]>): number => {
      let roll = random.float() * kinds.reduce((sum, [, share]) => sum + share, 0);
      for (const [kind, share] of kinds) {
        roll -= share;
        if (roll < 0) return pick(kind);
      }
      return pick(kinds[kinds.length - 1][0]);
    };
    const each = (kind: EntityKind, body: (index: number) => void): void => {
      const { start, count } = this.range(kind);
      for (let index = start; index < start + count; index++) {
        body(index);
        if ((index & 0xffff) === 0) progress(this.relations.length);
      }
    };
    const actors: Array<[EntityKind, number]> = [
      ['ORGANIZATION', 3],
      ['ORGAN', 1],
      ['MISSION', 1],
      ['COMMITTEE', 1],
      ['POSITION', 2],
      ['PERSON', 4],
      ['COUNTRY', 2],
    ];
    each('ORGAN', (organ) => {
      add('ORGAN_OF', organ, pick('ORGANIZATION'));
      if (random.chance(0.1)) add('APPOINTED', organ, pick('PERSON'));
      if (random.chance(0.1)) add('IMPLEMENTS_DECISIONS_OF', organ, pick('ORGAN'));
    });
    each('MISSION', (mission) => {
      const organisation = pick('ORGANIZATION');
      add('MISSION_OF', mission, organisation);
      if (random.chance(0.5)) add('OPENED', organisation, mission);
      if (random.chance(0.3))
        add(
          'ACCREDITED_TO',
          mission,
          pickOf([
            ['ORGANIZATION', 1],
            ['COUNTRY', 2],
          ]),
        );
    });
    each('COMMITTEE', (committee) => add('ESTABLISHED', pick('ORGANIZATION'), committee));
    each('ORGANIZATION', (organisation) => {
      if (random.chance(0.1)) add('SERVICE_OF', organisation, pick('ORGANIZATION'));
    });
    each('POSITION', (position) => {
      add(
        'POSITION_OF',
        position,
        pickOf([
          ['ORGANIZATION', 4],
          ['ORGAN', 2],
          ['MISSION', 2],
          ['COMMITTEE', 1],
          ['COUNTRY', 1],
        ]),
      );
      const holders = Math.floor(random.pareto(1.5, 40));
      for (let ordinal = 0; ordinal < holders; ordinal++) add('HOLDS', pick('PERSON'), position, ordinal);
      if (random.chance(0.1)) add('ACCREDITED', pick('ORGANIZATION'), position);
      if (random.chance(0.1))
        add(
          'ACCREDITED_TO',
          position,
          pickOf([
            ['ORGANIZATION', 1],
            ['COUNTRY', 1],
          ]),
        );
    });
    each('PERSON', (person) => {
      if (!this.tails.includes(person) && random.chance(0.05)) add('APPOINTED', person, pick('PERSON'));
    });
    each('TOPIC', (topic) => {
      if (random.chance(0.3)) for (let i = 0; i < 2; i++) add('BETWEEN', topic, pick('ORGANIZATION'));
    });
    each('EVENT', (event) => {
      add(
        'TOOK_PLACE_IN',
        event,
        pickOf([
          ['PLACE', 7],
          ['COUNTRY', 3],
        ]),
      );
      const participants = random.between(1, 5);
      for (let i = 0; i < participants; i++) add('PARTICIPANT', event, pickOf(actors));
      if (random.chance(0.5)) add('ORGANISED_BY', event, pick('ORGANIZATION'));
      if (random.chance(0.3))
        add(
          'INSTANCE_OF',
          event,
          pickOf([
            ['ORGAN', 1],
            ['EVENT', 1],
          ]),
        );
      if (random.chance(0.3)) add('FOLLOWS', event, pick('EVENT'));
      if (random.chance(0.5))
        add(
          'CONCERNS',
          event,
          pickOf([
            ['TOPIC', 3],
            ['EVENT', 1],
            ['COUNTRY', 1],
          ]),
        );
      if (random.chance(0.3)) add('INVOLVES', event, pick('COUNTRY'));
      if (random.chance(0.2))
        add(
          'PART_OF',
          event,
          pickOf([
            ['TOPIC', 1],
            ['EVENT', 1],
          ]),
        );
      if (random.chance(0.1))
        add(
          'HELD_DURING',
          event,
          pickOf([
            ['ORGAN', 1],
            ['EVENT', 1],
          ]),
        );
      if (random.chance(0.1)) add('INITIATED_BY', event, pick('PERSON'));
      if (random.chance(0.1)) add('AGREED_TO_EXPAND_COOPERATION_IN', event, pick('TOPIC'));
    });
    each('DOCUMENT', (document) => {
      add(
        'ADOPTED',
        pickOf([
          ['ORGANIZATION', 2],
          ['ORGAN', 1],
        ]),
        document,
      );
      const foci = random.between(1, 2);
      for (let i = 0; i < foci; i++) add('FOCUSES_ON', document, pick('TOPIC'));
      if (random.chance(0.3)) add('RESOLUTION_OF', document, pick('ORGAN'));
      if (random.chance(0.2)) add('ADOPTED_AT', document, pick('EVENT'));
      if (random.chance(0.2)) add('SPONSORED_BY', document, pick('ORGANIZATION'));
      if (random.chance(0.2))
        add(
          'CONCERNS',
          document,
          pickOf([
            ['TOPIC', 3],
            ['COUNTRY', 1],
          ]),
        );
      if (random.chance(0.1)) add('PART_OF', document, pick('TOPIC'));
    });
    each('AGREEMENT', (agreement) => {
      for (let i = 0; i < 2; i++) add('PARTY', agreement, pick('ORGANIZATION'));
      for (let i = 0; i < 2; i++) add('SIGNED', pick('PERSON'), agreement);
      if (random.chance(0.3)) add('SIGNED_AT', agreement, pick('EVENT'));
      if (random.chance(0.2))
        add(
          'CONCERNS',
          agreement,
          pickOf([
            ['TOPIC', 3],
            ['COUNTRY', 1],
          ]),
        );
    });
    progress(this.relations.length);
  }

  /**
   * A hub's own relations: for each spec, distinct entities of the other kind. Where a small
   * graph has fewer such entities than a spec asks for, the hub gets what there is.
   */
  private hubRelations(random: Random, hub: number, { specs }: { specs: HubSpec[] }): void {
    // The hub, and the reserved people, are never drawn.
    const reserved = (kind: EntityKind): number =>
      (kind === this.kindOf(hub) ? 1 : 0) + (kind === 'PERSON' ? this.tails.length : 0);
    const drawn: number[][] = [];
    specs.forEach((spec) => {
      const count = Math.min(
        Math.round(spec.count * this.hubScale),
        this.range(spec.other).count - reserved(spec.other),
      );
      let others: number[];
      if (spec.within !== undefined) {
        others = drawn[spec.within].slice(0, count);
      } else {
        // A random sample without repeats, so a hub never holds the same relation twice.
        const { start, count: available } = this.range(spec.other);
        const taken = new Set<number>();
        while (taken.size < count) {
          const other = start + random.int(available);
          if (other !== hub && !this.tails.includes(other)) taken.add(other);
        }
        others = [...taken];
      }
      drawn.push(others);
      for (const other of others) {
        if (spec.hubIs === 'from') this.relations.add(spec.type, hub, other);
        else this.relations.add(spec.type, other, hub);
      }
    });
  }

  /**
   * Joins the four reserved people to two ordinary people p and q that are two steps apart, as
   * tail - tail - p ... q - tail - tail: the shortest path between the outer two is then exactly
   * six relations long, whatever else the graph holds (the reserved people have no other relation).
   */
  linkPath(p: number, q: number): void {
    const [a, a1, b1, b] = this.tails;
    this.relations.add('APPOINTED', a, a1);
    this.relations.add('APPOINTED', a1, p);
    this.relations.add('APPOINTED', q, b1);
    this.relations.add('APPOINTED', b1, b);
    this.pathMiddle = { p, q };
  }
}

/** A partial date in a given year, at year (30%), month (30%) or day (40%) precision. */
function partialDate(r: Random, year: number): string {
  const roll = r.float();
  if (roll < 0.3) return String(year);
  const month = r.between(1, 12);
  if (roll < 0.6) return `${year}-${pad(month, 2)}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month, 2)}-${pad(r.between(1, days), 2)}`;
}

/** A generated source: sentences one per line, with each sentence's code-point offsets. */
class SourceText {
  private readonly lines: string[] = [];
  private offset = 0;

  get length(): number {
    return this.lines.length;
  }

  add(sentence: string): { start: number; end: number; quote: string } {
    const start = this.offset;
    const end = start + Array.from(sentence).length;
    this.lines.push(sentence);
    this.offset = end + 1;
    return { start, end, quote: sentence };
  }

  document(id: string, covers: string): SourceDocument {
    const text = this.lines.join('\n');
    return {
      meta: {
        id,
        file: `synthetic/${id}.txt`,
        sha256: sha256(text),
        kind: 'SYNTHETIC',
        language: 'ar',
        title: { en: `Synthetic source: ${covers}`, ar: `مصدر مولَّد: ${covers}` },
        publisher: { en: 'The benchmark generator (bench/synthetic)', ar: 'مولّد بيانات الاختبار' },
        covers: { en: `Generated sentences for ${covers}.`, ar: `جمل مولَّدة: ${covers}.` },
      },
      text,
      codePoints: Array.from(text),
    };
  }
}

/** A stable 32-bit seed from text, for --seed given as a word. */
export const seedOf = (text: string): number =>
  /^\d+$/.test(text) ? Number(text) >>> 0 : hash32(...Array.from(text, (c) => c.codePointAt(0)!));
