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
  OTHER_NAME: 'Another name the entity goes by beside its main name, neither shorter, longer nor former.',
  FORMER_NAME:
    'A name the entity had before (Burma for Myanmar; Organisation of the Islamic Conference, the OIC until ' +
    "2011). The alias's attestation vouches for its words; its curatorNote says when it was the name, the " +
    "curator's knowledge where the source does not say (the page uses the OIC's two names interchangeably).",
  SHORT_NAME: 'A shorter form of the name.',
  FULL_NAME: 'A longer or official form of the name.',
  VARIANT: 'Another spelling, transliteration or translation of the name.',
  RELATED_TERM:
    'Not a name of the entity but a related term a curator added so that a search for it finds the entity ' +
    '(counter-terrorism for Terrorism, Islamophobia for Discrimination and hatred against Muslims).',
} as const;
export type AliasKind = keyof typeof ALIAS_KINDS;

/**
 * Who vouches for a name or a fact. What is the curator's knowledge and not the source's is
 * marked CURATOR, so that no reader takes it for the source's word.
 */
export const ATTESTATIONS = {
  SOURCE: 'The source states it: its cited words give the name verbatim, or state the fact.',
  RENDERING:
    "The curator's rendering of a name the source gives: a translation or transliteration into the other " +
    "language, or another grammatical form of the same words. The citation is the source's wording. Names only.",
  CURATOR:
    "The curator's knowledge, not the source's: the source does not give this name or state this fact. Kept " +
    'because analysts look for it; a curatorNote says what it rests on.',
} as const;
export type Attestation = keyof typeof ATTESTATIONS;

export const EVENT_TYPES = {
  SUMMIT: 'A meeting of heads of state or government.',
  SESSION: 'A session of an organ, such as a yearly UN General Assembly session.',
  MEETING: 'A single meeting.',
  MEETING_SERIES: 'A recurring series of meetings.',
  DIALOGUE: 'A political dialogue held as one meeting (a recurring dialogue is a MEETING_SERIES).',
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
