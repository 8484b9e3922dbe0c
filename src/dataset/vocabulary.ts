/**
 * The vocabulary of the graph: kinds of entity, kinds of relation and what each may connect,
 * and the attributes each kind may carry. The dataset validator enforces it and the GraphQL
 * enums are generated from it, so the two cannot drift apart.
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
  OTHER_NAME:
    'Another name the source uses for the entity beside its main name, without saying that one replaced the ' +
    'other (the page writes both منظمة التعاون الإسلامي and منظمة المؤتمر الإسلامي, even in the present tense).',
  FORMER_NAME:
    "A name the entity had before (Burma for Myanmar). Said only by a curator here: see the alias's attestation.",
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

type Kinds = readonly EntityKind[];
const ORGANISATIONS: Kinds = ['ORGANIZATION', 'ORGAN', 'MISSION', 'COMMITTEE'];
const ACTORS: Kinds = [...ORGANISATIONS, 'POSITION', 'PERSON', 'COUNTRY'];

interface RelationSpec {
  description: string;
  /** How the relation reads from its target back to its source, for an INCOMING edge. */
  inverse: string;
  descriptionAr: string;
  inverseAr: string;
  from: Kinds;
  to: Kinds;
}

export const RELATION_TYPES = {
  ORGAN_OF: {
    description: 'is an organ of',
    inverse: 'has as organ',
    descriptionAr: 'جهاز من أجهزة',
    inverseAr: 'من أجهزتها',
    from: ['ORGAN'],
    to: ['ORGANIZATION'],
  },
  SERVICE_OF: {
    description: 'is a service of',
    inverse: 'has as service',
    descriptionAr: 'جهاز تابع لـ',
    inverseAr: 'يتبعها',
    from: ['ORGANIZATION'],
    to: ['ORGANIZATION'],
  },
  MISSION_OF: {
    description: 'is a mission of',
    inverse: 'has as mission',
    descriptionAr: 'بعثة تابعة لـ',
    inverseAr: 'لها بعثة هي',
    from: ['MISSION'],
    to: ['ORGANIZATION'],
  },
  POSITION_OF: {
    description: 'is a position of',
    inverse: 'has the position',
    descriptionAr: 'منصب في',
    inverseAr: 'فيها منصب',
    from: ['POSITION'],
    to: [...ORGANISATIONS, 'COUNTRY'],
  },
  ACCREDITED_TO: {
    description: 'is accredited to',
    inverse: 'receives',
    descriptionAr: 'معتمد لدى',
    inverseAr: 'يُعتمد لديها',
    from: ['MISSION', 'POSITION'],
    to: ['ORGANIZATION', 'COUNTRY'],
  },
  ESTABLISHED: {
    description: 'established',
    inverse: 'was established by',
    descriptionAr: 'أنشأت',
    inverseAr: 'أنشأتها',
    from: ['ORGANIZATION'],
    to: ['COMMITTEE'],
  },
  IMPLEMENTS_DECISIONS_OF: {
    description: 'implements the decisions of',
    inverse: 'has its decisions implemented by',
    descriptionAr: 'تنفذ قرارات',
    inverseAr: 'تُنفَّذ قراراتها من قبل',
    from: ['ORGAN'],
    to: ['ORGAN'],
  },
  HOLDS: {
    description: 'holds or held',
    inverse: 'is or was held by',
    descriptionAr: 'يشغل أو شغل منصب',
    inverseAr: 'يشغله أو شغله',
    from: ['PERSON'],
    to: ['POSITION'],
  },
  APPOINTED: {
    description: 'appointed',
    inverse: 'was appointed by',
    descriptionAr: 'عيّن',
    inverseAr: 'عُيّن من قبل',
    from: ['PERSON', 'ORGAN'],
    to: ['PERSON'],
  },
  OPENED: {
    description: 'opened',
    inverse: 'was opened by',
    descriptionAr: 'افتتحت',
    inverseAr: 'افتتحتها',
    from: ['ORGANIZATION'],
    to: ['MISSION'],
  },
  ACCREDITED: {
    description: 'accredited a holder of',
    inverse: 'had a holder accredited by',
    descriptionAr: 'اعتمد',
    inverseAr: 'اعتمده',
    from: ['ORGANIZATION'],
    to: ['POSITION'],
  },
  ADOPTED: {
    description: 'adopted',
    inverse: 'was adopted by',
    descriptionAr: 'تبنّت',
    inverseAr: 'تبنّته',
    from: ['ORGANIZATION', 'ORGAN'],
    to: ['DOCUMENT'],
  },
  ADOPTED_AT: {
    description: 'was adopted at',
    inverse: 'adopted',
    descriptionAr: 'تُبنّي في',
    inverseAr: 'تُبنّي فيها',
    from: ['DOCUMENT'],
    to: ['EVENT'],
  },
  FOCUSES_ON: {
    description: 'focuses on',
    inverse: 'is a focus of',
    descriptionAr: 'يركز على',
    inverseAr: 'يركز عليه',
    from: ['DOCUMENT'],
    to: ['TOPIC'],
  },
  SIGNED: {
    description: 'signed',
    inverse: 'was signed by',
    descriptionAr: 'وقّع',
    inverseAr: 'وقّعها',
    from: ['PERSON'],
    to: ['AGREEMENT'],
  },
  SIGNED_AT: {
    description: 'was signed on the margins of',
    inverse: 'saw the signing of',
    descriptionAr: 'وُقّعت على هامش',
    inverseAr: 'وُقّعت على هامشها',
    from: ['AGREEMENT'],
    to: ['EVENT'],
  },
  PARTY: {
    description: 'has as party',
    inverse: 'is a party to',
    descriptionAr: 'طرفها',
    inverseAr: 'طرف في',
    from: ['AGREEMENT'],
    to: ['ORGANIZATION'],
  },
  SPONSORED_BY: {
    description: 'was put forward by',
    inverse: 'put forward',
    descriptionAr: 'قدّمها',
    inverseAr: 'قدّم',
    from: ['DOCUMENT'],
    to: ['ORGANIZATION'],
  },
  RESOLUTION_OF: {
    description: 'is a resolution of',
    inverse: 'passed',
    descriptionAr: 'قرارات صادرة في',
    inverseAr: 'صدرت فيه',
    from: ['DOCUMENT'],
    to: ['ORGAN'],
  },
  INSTANCE_OF: {
    description: 'is a meeting or session of',
    inverse: 'has as meeting or session',
    descriptionAr: 'اجتماع أو دورة من',
    inverseAr: 'من اجتماعاتها أو دوراتها',
    from: ['EVENT'],
    to: ['ORGAN', 'EVENT'],
  },
  PART_OF: {
    description: 'is part of',
    inverse: 'includes',
    descriptionAr: 'جزء من',
    inverseAr: 'تشمل',
    from: ['EVENT', 'AGREEMENT', 'DOCUMENT'],
    to: ['TOPIC', 'EVENT'],
  },
  HELD_DURING: {
    description: 'is held during the meetings of',
    inverse: 'hosts on its margins',
    descriptionAr: 'يُعقد خلال',
    inverseAr: 'يُعقد خلالها',
    from: ['EVENT'],
    to: ['ORGAN', 'EVENT'],
  },
  TOOK_PLACE_IN: {
    description: 'took place in',
    inverse: 'hosted',
    descriptionAr: 'جرى في',
    inverseAr: 'شهدت',
    from: ['EVENT'],
    to: ['PLACE', 'COUNTRY'],
  },
  PARTICIPANT: {
    description: 'involved as participant',
    inverse: 'took part in',
    descriptionAr: 'شارك فيه',
    inverseAr: 'شارك في',
    from: ['EVENT'],
    to: ACTORS,
  },
  ORGANISED_BY: {
    description: 'was organised by',
    inverse: 'organised',
    descriptionAr: 'نظّمه',
    inverseAr: 'نظّم',
    from: ['EVENT'],
    to: ['ORGANIZATION'],
  },
  INITIATED_BY: {
    description: 'was initiated by',
    inverse: 'initiated',
    descriptionAr: 'بمبادرة من',
    inverseAr: 'بادر إلى',
    from: ['EVENT'],
    to: ['PERSON'],
  },
  FOLLOWS: {
    description: 'came after',
    inverse: 'came before',
    descriptionAr: 'جاء بعد',
    inverseAr: 'جاء قبل',
    from: ['EVENT'],
    to: ['EVENT'],
  },
  CONCERNS: {
    description: 'concerns',
    inverse: 'is the subject of',
    descriptionAr: 'يتعلق بـ',
    inverseAr: 'موضوع',
    from: ['EVENT', 'DOCUMENT', 'AGREEMENT'],
    to: ['TOPIC', 'EVENT', 'COUNTRY'],
  },
  INVOLVES: {
    description: 'involves',
    inverse: 'is involved in',
    descriptionAr: 'يتعلق بـ',
    inverseAr: 'معنية بـ',
    from: ['EVENT'],
    to: ['COUNTRY'],
  },
  AGREED_TO_EXPAND_COOPERATION_IN: {
    description: 'agreed to expand cooperation in',
    inverse: 'is an area of cooperation agreed at',
    descriptionAr: 'اتُّفق فيه على توسيع التعاون في',
    inverseAr: 'اتُّفق على توسيع التعاون فيه في',
    from: ['EVENT'],
    to: ['TOPIC'],
  },
  BETWEEN: {
    description: 'is between',
    inverse: 'is a side of',
    descriptionAr: 'بين',
    inverseAr: 'طرف في',
    from: ['TOPIC'],
    to: ['ORGANIZATION'],
  },
} as const satisfies Record<string, RelationSpec>;
export type RelationType = keyof typeof RELATION_TYPES;

/** What an attribute holds, for validation and for the node property it becomes. */
export type AttributeType = 'text' | 'date' | 'int' | 'recurrence' | 'eventType' | 'mode' | 'documentType';

export const ATTRIBUTES: Record<string, { type: AttributeType; kinds: Kinds; description: string }> = {
  date: {
    type: 'date',
    kinds: ['EVENT', 'AGREEMENT', 'DOCUMENT'],
    description: 'when it happened or was adopted',
  },
  institutionalised: {
    type: 'date',
    kinds: ['EVENT'],
    description: 'when a series was institutionalised; not when it began, which the source may not say',
  },
  ordinal: {
    type: 'int',
    kinds: ['EVENT'],
    description: 'its number in a series (13 for the 13th summit, 1 for a first)',
  },
  eventType: { type: 'eventType', kinds: ['EVENT'], description: 'what sort of event it is' },
  mode: { type: 'mode', kinds: ['EVENT'], description: 'how it was held' },
  recurrence: { type: 'recurrence', kinds: ['ORGAN', 'EVENT'], description: 'how often it meets' },
  composition: { type: 'text', kinds: ['ORGAN', 'COMMITTEE'], description: 'who sits in it' },
  role: {
    type: 'text',
    kinds: ['ORGAN', 'MISSION', 'POSITION'],
    description: 'its standing in its organisation',
  },
  functions: { type: 'text', kinds: ['ORGAN', 'COMMITTEE'], description: 'what it does' },
  level: { type: 'text', kinds: ['COMMITTEE'], description: 'at what level it works' },
  chairs: { type: 'text', kinds: ['COMMITTEE'], description: 'who chairs it' },
  purpose: {
    type: 'text',
    kinds: ['COMMITTEE', 'AGREEMENT', 'DOCUMENT', 'EVENT'],
    description: 'what it is for',
  },
  scope: { type: 'text', kinds: ['DOCUMENT'], description: 'its breadth and emphasis' },
  horizon: { type: 'text', kinds: ['DOCUMENT'], description: 'the period it covers' },
  outcome: { type: 'text', kinds: ['EVENT'], description: 'what was agreed or decided' },
  documentType: {
    type: 'documentType',
    kinds: ['DOCUMENT', 'AGREEMENT'],
    description: 'what sort of text it is',
  },
};
export type AttributeName = keyof typeof ATTRIBUTES;

/** Qualifiers a relation may carry; the date-valued ones must be given by a cited quote. */
export const DATE_QUALIFIERS = ['date', 'appointedOn', 'from', 'until', 'attestedOn'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

/**
 * How sure a tenure, or an answer to "who held it on date D", is: what the source gives for it,
 * relative to the date asked when there is one (see src/dates/tenure-basis.ts for the rule).
 */
export const TENURE_BASES = {
  IN_OFFICE_PER_SOURCE:
    'The source states the holder in office then: the date asked shares a day with a stated period of office ' +
    '(from a stated start to a stated end), or with the stated start itself. Without a date asked: the source ' +
    'states both start and end.',
  ATTESTED_AT:
    'The source shows the holder in office at one date (attestedOn), and the date asked shares a day with it. ' +
    'Nothing is said of the start or the end.',
  TOOK_OFFICE_NO_END_KNOWN:
    'The source states when office began, the date asked is after it, and the source gives no end: the holder ' +
    'is taken to be still in office, which the source does not confirm.',
  APPOINTED_NO_END_KNOWN:
    'The source gives only the appointment: the holder is counted from it (no separate start of office is ' +
    'given) and no end is known. The source does not confirm the holder was in office at the date asked.',
  APPOINTED_END_KNOWN:
    'The source gives the appointment and an end of office, but no separate start: the holder is counted from ' +
    'the appointment to that end.',
  FORMER_NO_DATES:
    'The source only calls the holder "former" and gives no date: held at some time before the page was ' +
    'written. Never an answer as of a date.',
  NO_START_KNOWN:
    'The source gives no start, appointment or attested date (at most an end): the period is unknown. Never ' +
    'an answer as of a date.',
} as const;
export type TenureBasis = keyof typeof TENURE_BASES;

export const RECURRENCE_UNITS = { YEAR: 'years', MONTH: 'months', WEEK: 'weeks' } as const;
export type RecurrenceUnit = keyof typeof RECURRENCE_UNITS;
