import type { Row } from '../db/database';
import { ATTRIBUTE_VALUES, ATTRIBUTES, type AttributeName, type AttributeType } from '../domain/attributes';
import {
  ALIAS_KINDS,
  ATTESTATIONS,
  ENTITY_KINDS,
  RECURRENCE_UNITS,
  type AliasKind,
  type Attestation,
  type DocumentType,
  type EntityKind,
  type EventType,
  type MeetingMode,
} from '../domain/kinds';
import { DATE_QUALIFIER_NAMES, type DateQualifier } from '../domain/qualifiers';
import { RELATION_TYPES, type RelationType } from '../domain/relation-types';
import { RANKS, type Rank } from '../domain/ranks';
import { toPartialDate, type PartialDate } from '../graphql/date.types';
import type { LocalizedText, Recurrence } from '../graphql/values.types';

/**
 * The one reader of what Neo4j stores (the inverse of records.ts): every entity and relation a
 * query returns is decoded here into typed values, and checked on the way, so resolvers read
 * `event.attributes.date` rather than casting `props.date`. A stored value that does not fit the
 * vocabulary is a corrupt graph, not a client mistake: it throws, and the server masks and logs it.
 */

export class StoredValueError extends Error {
  constructor(what: string, expected: string, received: unknown) {
    super(`stored ${what}: expected ${expected}, received ${JSON.stringify(received)?.slice(0, 80)}`);
    this.name = 'StoredValueError';
  }
}

export interface AliasValue {
  text: string;
  lang: 'ar' | 'en';
  kind: AliasKind;
  attestation: Attestation;
  curatorNote: LocalizedText | null;
  /** SOURCE: where the source gives it; RENDERING: the source's words it renders. */
  citationId: string | null;
}

/** The title under which the source shows someone holding an office or signing. */
export interface OfficeTitleValue {
  wording: LocalizedText;
  includesVicePresident: boolean;
  curatorReading: LocalizedText | null;
  citationId: string;
}

/** Where an entity or relation came from and who changed it since. */
export interface ProvenanceValue {
  origin: 'DATASET' | 'CURATOR';
  addedBy: string | null;
  addedAt: string | null;
  curatedBy: string | null;
  curatedAt: string | null;
}

type AttributeValue<T extends AttributeType> = T extends 'text'
  ? LocalizedText
  : T extends 'date'
    ? PartialDate
    : T extends 'int'
      ? number
      : T extends 'recurrence'
        ? Recurrence
        : T extends 'eventType'
          ? EventType
          : T extends 'mode'
            ? MeetingMode
            : DocumentType;

/** An entity's attributes, typed by the vocabulary (ATTRIBUTES). */
export type Attributes = { [K in AttributeName]?: AttributeValue<(typeof ATTRIBUTES)[K]['type']> };

export type Qualifiers = { [K in DateQualifier]?: PartialDate } & {
  /** The source calls it former and gives no dates. */
  former: boolean;
  /** The position or capacity the fact is about (appointed as what, signed as what). */
  roleId: string | null;
  recurrence: Recurrence | null;
  note: LocalizedText | null;
  /** Entities this fact is part of the story of. */
  contextIds: string[];
  /** SOURCE unless stored as the curator's knowledge. */
  attestation: 'SOURCE' | 'CURATOR';
  curatorNote: LocalizedText | null;
  /** For a tenure or a signature: the title the source gives the person. */
  title: OfficeTitleValue | null;
};

export interface DecodedEntity {
  id: string;
  kind: EntityKind;
  name: LocalizedText;
  description: LocalizedText;
  aliases: AliasValue[];
  attributes: Attributes;
  provenance: ProvenanceValue;
}

export interface DecodedRelation {
  type: RelationType;
  qualifiers: Qualifiers;
  /** Its rank in its group (NORMAL unless stored), and why it was ranked so. */
  rank: Rank;
  rankReason: string | null;
  citationIds: string[];
  provenance: ProvenanceValue;
}

const bilingual = (name: string) => [`${name}Ar`, `${name}En`];

/**
 * The stored properties each decoded value of a fact is read from (qualifiersOf, titleOf,
 * recurrenceOf, provenanceOf below): what a field of a fact declares it reads (@Stored), so that
 * a planned statement projects those properties and no more.
 */
export const STORED = {
  ...(Object.fromEntries(DATE_QUALIFIER_NAMES.map((name) => [name, [name]])) as Record<
    DateQualifier,
    string[]
  >),
  former: ['former'],
  basis: [...DATE_QUALIFIER_NAMES, 'former'],
  role: ['roleId'],
  recurrence: [
    ...bilingual('recurrence'),
    'recurrenceInterval',
    'recurrenceUnit',
    'recurrenceMonth',
    'recurrenceDuring',
  ],
  note: bilingual('note'),
  context: ['contextIds'],
  attestation: ['attestation'],
  curatorNote: bilingual('curatorNote'),
  title: [
    ...bilingual('titleWording'),
    'titleIncludesVicePresident',
    ...bilingual('titleCuratorReading'),
    'titleCitationId',
  ],
  citations: ['citationIds'],
  rank: ['rank', 'rankReason'],
  provenance: ['origin', 'addedBy', 'addedAt', 'curatedBy', 'curatedAt'],
} as const satisfies Record<string, readonly string[]>;

export function decodeEntity(props: Row): DecodedEntity {
  const id = text(props, 'id', 'entity id');
  const kind = oneOf(props.kind, ENTITY_KINDS, `kind of ${id}`) as EntityKind;
  return {
    id,
    kind,
    name: { ar: text(props, 'nameAr', `name of ${id}`), en: text(props, 'nameEn', `name of ${id}`) },
    description: localized(props, 'description') ?? { ar: '', en: '' },
    aliases: aliasesOf(props, id),
    attributes: attributesOf(props, kind, id),
    provenance: provenanceOf(props),
  };
}

export function decodeRelation(type: unknown, props: Row): DecodedRelation {
  const id = text(props, 'id', 'relation id');
  return {
    type: oneOf(type, RELATION_TYPES, `type of ${id}`) as RelationType,
    qualifiers: qualifiersOf(props),
    rank:
      props.rank === undefined || props.rank === null
        ? 'NORMAL'
        : (oneOf(props.rank, RANKS, `rank of ${id}`) as Rank),
    rankReason: typeof props.rankReason === 'string' ? props.rankReason : null,
    citationIds: strings(props.citationIds, `citations of ${id}`),
    provenance: provenanceOf(props),
  };
}

export function qualifiersOf(props: Row): Qualifiers {
  const qualifiers: Qualifiers = {
    former: props.former === true,
    roleId: typeof props.roleId === 'string' ? props.roleId : null,
    recurrence: recurrenceOf(props),
    note: localized(props, 'note'),
    contextIds: strings(props.contextIds, 'contextIds'),
    // Stored only when CURATOR, so that facts stored before attestations existed read SOURCE.
    attestation: props.attestation === 'CURATOR' ? 'CURATOR' : 'SOURCE',
    curatorNote: localized(props, 'curatorNote'),
    title: titleOf(props),
  };
  for (const name of DATE_QUALIFIER_NAMES) {
    const date = toPartialDate(props[name]);
    if (date) qualifiers[name] = date;
  }
  return qualifiers;
}

export function provenanceOf(props: Row): ProvenanceValue {
  const optional = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    origin: props.origin === 'curator' ? 'CURATOR' : 'DATASET',
    addedBy: optional(props.addedBy),
    addedAt: optional(props.addedAt),
    curatedBy: optional(props.curatedBy),
    curatedAt: optional(props.curatedAt),
  };
}

/** A bilingual property pair <name>Ar / <name>En, or null when the element has none. */
export function localized(props: Row, name: string): LocalizedText | null {
  const ar = props[`${name}Ar`];
  const en = props[`${name}En`];
  return typeof ar === 'string' && typeof en === 'string' ? { ar, en } : null;
}

function attributesOf(props: Row, kind: EntityKind, id: string): Attributes {
  const attributes: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(ATTRIBUTES) as Array<
    [AttributeName, (typeof ATTRIBUTES)[AttributeName]]
  >) {
    if (!(spec.kinds as readonly EntityKind[]).includes(kind)) continue;
    const value = attributeOf(props, name, spec.type, `${name} of ${id}`);
    if (value !== null) attributes[name] = value;
  }
  return attributes as Attributes;
}

function attributeOf(props: Row, name: string, type: AttributeType, what: string): unknown {
  switch (type) {
    case 'text':
      return localized(props, name);
    case 'date':
      return toPartialDate(props[name]);
    case 'recurrence':
      return recurrenceOf(props);
    case 'int':
      if (props[name] === undefined || props[name] === null) return null;
      if (!Number.isInteger(props[name])) throw new StoredValueError(what, 'a whole number', props[name]);
      return props[name];
    default:
      if (props[name] === undefined || props[name] === null) return null;
      return oneOf(props[name], ATTRIBUTE_VALUES[type]!, what);
  }
}

function recurrenceOf(props: Row): Recurrence | null {
  const description = localized(props, 'recurrence');
  if (!description) return null;
  const int = (value: unknown) => (Number.isInteger(value) ? (value as number) : null);
  const unit = props.recurrenceUnit;
  return {
    interval: int(props.recurrenceInterval),
    unit:
      typeof unit === 'string'
        ? (oneOf(unit, RECURRENCE_UNITS, 'recurrence unit') as Recurrence['unit'])
        : null,
    month: int(props.recurrenceMonth),
    description,
    duringId: typeof props.recurrenceDuring === 'string' ? props.recurrenceDuring : null,
  };
}

/**
 * Aliases are stored as parallel lists (Neo4j properties hold no maps, and lists no nulls: an
 * empty string stands for "none").
 */
function aliasesOf(props: Row, id: string): AliasValue[] {
  const list = (name: string) => strings(props[name], `${name} of ${id}`);
  const [langs, kinds, attestations, citationIds] = [
    list('aliasLangs'),
    list('aliasKinds'),
    list('aliasAttestations'),
    list('aliasCitationIds'),
  ];
  const [notesAr, notesEn] = [list('aliasCuratorNotesAr'), list('aliasCuratorNotesEn')];
  return list('aliasTexts').map((aliasText, i) => ({
    text: aliasText,
    lang: langs[i] === 'ar' ? 'ar' : 'en',
    kind: oneOf(kinds[i], ALIAS_KINDS, `alias kind of ${id}`) as AliasKind,
    // An alias stored before attestations existed, or added through the API, is the curator's.
    attestation:
      attestations[i] === undefined
        ? 'CURATOR'
        : (oneOf(attestations[i], ATTESTATIONS, `alias attestation of ${id}`) as Attestation),
    curatorNote: notesAr[i] && notesEn[i] ? { ar: notesAr[i], en: notesEn[i] } : null,
    citationId: citationIds[i] || null,
  }));
}

function titleOf(props: Row): OfficeTitleValue | null {
  const wording = localized(props, 'titleWording');
  if (!wording || typeof props.titleCitationId !== 'string') return null;
  return {
    wording,
    includesVicePresident: props.titleIncludesVicePresident === true,
    curatorReading: localized(props, 'titleCuratorReading'),
    citationId: props.titleCitationId,
  };
}

function text(props: Row, name: string, what: string): string {
  const value = props[name];
  if (typeof value !== 'string') throw new StoredValueError(what, 'a string', value);
  return value;
}

function strings(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new StoredValueError(what, 'a list of strings', value);
  }
  return value;
}

function oneOf(value: unknown, allowed: Record<string, unknown>, what: string): string {
  if (typeof value !== 'string' || !Object.hasOwn(allowed, value)) {
    throw new StoredValueError(what, `one of ${Object.keys(allowed).join(', ')}`, value);
  }
  return value;
}
