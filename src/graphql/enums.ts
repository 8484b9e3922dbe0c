import { registerEnumType } from 'type-graphql';
import {
  ALIAS_KINDS,
  ATTESTATIONS,
  DOCUMENT_TYPES,
  ENTITY_KINDS,
  EVENT_TYPES,
  MEETING_MODES,
  RECURRENCE_UNITS,
  type AliasKind,
  type Attestation,
  type DocumentType,
  type EntityKind,
  type EventType,
  type MeetingMode,
  type RecurrenceUnit,
} from '../domain/kinds';
import { RELATION_TYPES, type RelationType } from '../domain/relation-types';
import { TENURE_BASES, type TenureBasis } from '../domain/tenure-basis';
import { RANKS, type Rank } from '../domain/ranks';
import { SOURCE_KINDS, type SourceKind } from '../domain/source-text';

/**
 * GraphQL enums built from the vocabulary (src/domain/), with its descriptions, so
 * the schema and the dataset validator agree by construction.
 */
function enumOf<K extends string>(
  described: Record<K, string | { description: string }>,
  name: string,
  description: string,
): Record<K, K> {
  const values = Object.fromEntries(Object.keys(described).map((key) => [key, key])) as Record<K, K>;
  const valuesConfig: Partial<Record<K, { description: string }>> = Object.fromEntries(
    Object.entries(described).map(([key, value]) => [
      key,
      { description: typeof value === 'string' ? value : (value as { description: string }).description },
    ]),
  ) as Partial<Record<K, { description: string }>>;
  registerEnumType(values, { name, description, valuesConfig });
  return values;
}

export const EntityKindEnum = enumOf<EntityKind>(
  ENTITY_KINDS,
  'EntityKind',
  'What sort of thing an entity is.',
);
export const RelationTypeEnum = enumOf<RelationType>(
  Object.fromEntries(
    Object.entries(RELATION_TYPES).map(([type, spec]) => [
      type,
      `"${spec.description}": from ${spec.from.join(' or ')} to ${spec.to.join(' or ')} (read backwards: "${spec.inverse}").`,
    ]),
  ) as Record<RelationType, string>,
  'RelationType',
  'The kind of a relation between two entities. Each reads from its source to its target.',
);
export const AliasKindEnum = enumOf<AliasKind>(ALIAS_KINDS, 'AliasKind', 'How an alias relates to the name.');
export const AttestationEnum = enumOf<Attestation>(
  ATTESTATIONS,
  'Attestation',
  "Who vouches for a name or a fact: the source, the curator's rendering of the source's words, or the curator alone.",
);
export const TenureBasisEnum = enumOf<TenureBasis>(
  TENURE_BASES,
  'TenureBasis',
  'How sure a tenure, or an answer to "who held it on date D", is, from what the source gives for it.',
);
export const EventTypeEnum = enumOf<EventType>(EVENT_TYPES, 'EventType', 'What sort of event it is.');
export const MeetingModeEnum = enumOf<MeetingMode>(MEETING_MODES, 'MeetingMode', 'How a meeting was held.');
export const DocumentTypeEnum = enumOf<DocumentType>(
  DOCUMENT_TYPES,
  'DocumentType',
  'What sort of text a document is.',
);
export const RecurrenceUnitEnum = enumOf<RecurrenceUnit>(
  Object.fromEntries(Object.entries(RECURRENCE_UNITS).map(([k, v]) => [k, `Counted in ${v}.`])) as Record<
    RecurrenceUnit,
    string
  >,
  'RecurrenceUnit',
  'The unit a recurrence interval counts in.',
);

export const RankEnum = enumOf<Rank>(
  RANKS,
  'Rank',
  "A statement's rank, as Wikidata ranks them: where sources disagree, answers use the best-ranked statement.",
);
export const SourceKindEnum = enumOf<SourceKind>(
  SOURCE_KINDS,
  'SourceKind',
  'What sort of document a source is.',
);

export type FactStatus = 'ACCEPTED' | 'PROPOSED';
export const FactStatusEnum = enumOf<FactStatus>(
  {
    ACCEPTED: 'A fact of the graph: stated by the curated dataset, or accepted by a reviewer.',
    PROPOSED: 'Proposed by an editor and not yet reviewed: no answer uses it.',
  },
  'FactStatus',
  'Whether a fact is in the graph or only proposed.',
);

export enum Language {
  AR = 'AR',
  EN = 'EN',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'A language names and texts are given in.',
  valuesConfig: { AR: { description: 'Arabic.' }, EN: { description: 'English.' } },
});

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a relation points, seen from the entity it is listed for.',
  valuesConfig: {
    OUTGOING: { description: 'The entity is the source: it "holds", "appointed", "signed" ...' },
    INCOMING: { description: 'The entity is the target: it "is held by", "was appointed by" ...' },
    BOTH: { description: 'Either way.' },
  },
});

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precise a date is, as the source gives it.',
  valuesConfig: {
    YEAR: { description: 'Only the year is known ("2005").' },
    MONTH: { description: 'The year and month are known ("2011-12").' },
    DAY: { description: 'The exact day is known ("2020-11-28").' },
  },
});
