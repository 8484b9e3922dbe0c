/**
 * The kinds of things the graph holds, and the closed lists their values come from. With
 * relation-types.ts, attributes.ts and qualifiers.ts this is the product's vocabulary: the
 * dataset validator and curation enforce it, and the GraphQL enums are generated from it, so
 * none of them can drift apart. Nothing in src/domain/ imports anything else in src/.
 */

export const ENTITY_KINDS = {
  ORGANIZATION:
    'An international organisation, a union of states or one of its services (the OIC, the EU, the EEAS, the UN).',
  ORGAN:
    'A principal organ of an organisation (the Islamic Summit, the Council of Foreign Ministers, the UN General Assembly).',
  COMMITTEE: 'A committee or group of committees set up by an organisation.',
  MISSION: 'A diplomatic mission or delegation of an organisation to another organisation or a country.',
  POSITION: 'An office that people hold (OIC Secretary-General, EU High Representative, an envoy post).',
  PERSON: 'A person named in a source.',
  COUNTRY: 'A state.',
  PLACE: 'A city or other place where something happened.',
  EVENT: 'Something that happened or recurs: a summit, visit, talks, a dialogue, a meeting, a crisis.',
  AGREEMENT: 'A signed agreement, such as a memorandum of understanding.',
  DOCUMENT: 'An adopted text: a programme of action, resolutions.',
  TOPIC: 'A subject, area of cooperation or relationship that facts are about.',
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;

/** The Neo4j label of each kind, beside the :Entity label all of them carry. */
export const KIND_LABELS: Record<EntityKind, string> = {
  ORGANIZATION: 'Organization',
  ORGAN: 'Organ',
  COMMITTEE: 'Committee',
  MISSION: 'Mission',
  POSITION: 'Position',
  PERSON: 'Person',
  COUNTRY: 'Country',
  PLACE: 'Place',
  EVENT: 'Event',
  AGREEMENT: 'Agreement',
  DOCUMENT: 'Document',
  TOPIC: 'Topic',
};

export const ALIAS_KINDS = {
  ACRONYM: 'An acronym or abbreviation (OIC, CFM, HR/VP).',
  FORMER_NAME: 'A name the entity had before (Organisation of the Islamic Conference).',
  SHORT_NAME: 'A shorter form of the name.',
  FULL_NAME: 'A longer or official form of the name.',
  VARIANT: 'Another spelling or transliteration, or a name found outside the source.',
} as const;
export type AliasKind = keyof typeof ALIAS_KINDS;

export const EVENT_TYPES = {
  SUMMIT: 'A meeting of heads of state or government.',
  SESSION: 'A session of an organ, such as a yearly UN General Assembly session.',
  MEETING: 'A single meeting.',
  MEETING_SERIES: 'A recurring series of meetings.',
  DIALOGUE: 'A recurring political dialogue.',
  TALKS: 'Talks between staff or experts.',
  VISIT: 'A visit by a delegation.',
  FORUM: 'A forum or conference.',
  CORRESPONDENCE: 'An exchange of letters.',
  INITIATIVE: 'An initiative taken by someone.',
  MILESTONE: 'A step in a relationship.',
  CRISIS: 'A crisis.',
  UPRISING: 'A wave of popular uprisings.',
} as const;
export type EventType = keyof typeof EVENT_TYPES;

export const MEETING_MODES = {
  IN_PERSON: 'Held with the participants in one place.',
  VIRTUAL: 'Held online.',
} as const;
export type MeetingMode = keyof typeof MEETING_MODES;

export const DOCUMENT_TYPES = {
  PROGRAMME: 'A programme of action.',
  RESOLUTION: 'One or more resolutions of a body.',
  MEMORANDUM_OF_UNDERSTANDING: 'A memorandum of understanding.',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const RECURRENCE_UNITS = { YEAR: 'years', MONTH: 'months', WEEK: 'weeks' } as const;
export type RecurrenceUnit = keyof typeof RECURRENCE_UNITS;
