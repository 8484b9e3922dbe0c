import type { RelationType } from '../../domain/relation-types';
import {
  Agreement,
  Committee,
  Document,
  Event,
  Mission,
  Organ,
  Organization,
  Person,
  Position,
  Topic,
} from '../entity-types';
import { Entity } from '../entity.type';
import { Accreditation, Appointment, Participation, Signature, Tenure } from '../fact-types';

/**
 * Every typed relation field of the schema, declared once, as data: for each entity type, its
 * fields, each with the relation types it reads, which way, what it returns (the entity at the
 * other end, or the fact itself as a typed view: a Tenure, a Signature...), whether it holds one
 * item or a list, its order, and whether it takes an "as of" date. The GraphQL fields (with their
 * arguments, descriptions and costs), their resolvers, the companion connections of list fields
 * and the planner's knowledge of them are all derived from this table
 * (relation-fields.resolver.ts, planner/): a new relation field is one line here.
 */

/** The GraphQL object types with relation fields, by name. */
export type EntityTypeName =
  | 'Organization'
  | 'Organ'
  | 'Committee'
  | 'Mission'
  | 'Position'
  | 'Person'
  | 'Country'
  | 'Place'
  | 'Event'
  | 'Agreement'
  | 'Document'
  | 'Topic';

type EntityClass = typeof Entity;
type FactClass = typeof Tenure;

interface Declared {
  /** The relation types it reads (one field may read two: CONCERNS and INVOLVES). */
  types: readonly RelationType[];
  /** OUTGOING: the entity is the relation's source; INCOMING: its target. */
  direction: 'OUTGOING' | 'INCOMING';
  /** It returns the entity at the other end, of this type (Entity for any kind)... */
  entity?: EntityClass;
  /** ...or the fact itself, as this typed view. */
  fact?: FactClass;
  /** One item (the first in the field's order), not a list. */
  one?: true;
  /**
   * LIST: the list's own order (by the other entity, then the relation); TENURE: in the order
   * the tenures began (in office from, else appointed on, else attested on), undated last.
   */
  order?: 'LIST' | 'TENURE';
  /** It takes `at`, an "as of" date: only the facts that hold on that date. */
  at?: true;
  /** What it is, in a sentence: the start of its description. */
  about: string;
}

/** A relation field as the rest of the code reads it: the declaration, complete. */
export interface RelationFieldSpec {
  owner: EntityTypeName;
  name: string;
  /** Sorted. */
  types: readonly RelationType[];
  direction: 'OUTGOING' | 'INCOMING';
  returns: { kind: 'entity'; type: EntityClass } | { kind: 'fact'; type: FactClass };
  one: boolean;
  order: 'LIST' | 'TENURE';
  at: boolean;
  about: string;
}

// One line per field: the table reads as a table.
// prettier-ignore
const DECLARED: Record<EntityTypeName, Record<string, Declared>> = {
  Organization: {
    organs: { types: ['ORGAN_OF'], direction: 'INCOMING', entity: Organ, about: 'Its principal organs.' },
    committees: { types: ['ESTABLISHED'], direction: 'OUTGOING', entity: Committee, about: 'Committees it established.' },
    positions: { types: ['POSITION_OF'], direction: 'INCOMING', entity: Position, about: 'Offices of the organisation.' },
    missions: { types: ['MISSION_OF'], direction: 'INCOMING', entity: Mission, about: 'Its diplomatic missions and delegations.' },
    parent: { types: ['SERVICE_OF'], direction: 'OUTGOING', entity: Organization, one: true, about: 'The organisation it is a service of.' },
    services: { types: ['SERVICE_OF'], direction: 'INCOMING', entity: Organization, about: "Its services (the EU's EEAS)." },
    accreditedHere: { types: ['ACCREDITED_TO'], direction: 'INCOMING', entity: Entity, about: 'Missions and offices accredited to it.' },
    adopted: { types: ['ADOPTED'], direction: 'OUTGOING', entity: Document, about: 'Documents it adopted.' },
    agreements: { types: ['PARTY'], direction: 'INCOMING', entity: Agreement, about: 'Agreements it is a party to.' },
    participatedIn: { types: ['PARTICIPANT'], direction: 'INCOMING', entity: Event, about: 'Events it took part in.' },
    organised: { types: ['ORGANISED_BY'], direction: 'INCOMING', entity: Event, about: 'Events it organised, alone or jointly.' },
  },
  Organ: {
    organization: { types: ['ORGAN_OF'], direction: 'OUTGOING', entity: Organization, one: true, about: 'The organisation it is an organ of.' },
    implementsDecisionsOf: { types: ['IMPLEMENTS_DECISIONS_OF'], direction: 'OUTGOING', entity: Organ, about: 'Organs whose decisions it implements.' },
    decisionsImplementedBy: { types: ['IMPLEMENTS_DECISIONS_OF'], direction: 'INCOMING', entity: Organ, about: 'Organs that implement its decisions.' },
    sessions: { types: ['INSTANCE_OF'], direction: 'INCOMING', entity: Event, about: 'Its meetings and sessions (the 13th Islamic Summit).' },
    resolutions: { types: ['RESOLUTION_OF'], direction: 'INCOMING', entity: Document, about: 'Resolutions passed in it, each with its date: the 2020 resolutions on Myanmar at the UN Human Rights Council.' },
    positions: { types: ['POSITION_OF'], direction: 'INCOMING', entity: Position, about: 'Offices of the organ.' },
  },
  Committee: {
    establishedBy: { types: ['ESTABLISHED'], direction: 'INCOMING', entity: Organization, one: true, about: 'The organisation that established it.' },
  },
  Mission: {
    organization: { types: ['MISSION_OF'], direction: 'OUTGOING', entity: Organization, one: true, about: 'The organisation it represents.' },
    accreditedTo: { types: ['ACCREDITED_TO'], direction: 'OUTGOING', entity: Entity, about: 'The organisations or countries it is accredited to.' },
    openedBy: { types: ['OPENED'], direction: 'INCOMING', entity: Organization, one: true, about: 'Who opened it.' },
    positions: { types: ['POSITION_OF'], direction: 'INCOMING', entity: Position, about: 'Offices of the mission, such as its head.' },
  },
  Position: {
    organization: { types: ['POSITION_OF'], direction: 'OUTGOING', entity: Entity, one: true, about: 'What the office belongs to: an organisation, organ, mission or country.' },
    accreditedTo: { types: ['ACCREDITED_TO'], direction: 'OUTGOING', entity: Entity, about: 'Where the office is accredited (the EU Representative to the OIC: the OIC).' },
    accreditedBy: { types: ['ACCREDITED'], direction: 'INCOMING', entity: Entity, about: 'Who accredited a holder of this office.' },
    accreditations: { types: ['ACCREDITED'], direction: 'INCOMING', fact: Accreditation, about: 'Accreditations of holders of this office, each with who accredited, when, and where the office is accredited to: the EU accredited its Head of Delegation to the OIC in 2016.' },
    holders: { types: ['HOLDS'], direction: 'INCOMING', fact: Tenure, order: 'TENURE', at: true, about: 'Who held the office, in the order their tenures began. With at: only those in office on that date. A tenure counts from its start of office, or from the appointment when the source gives no separate start (so someone appointed but not yet in office is not a holder), to its end; or at the date the source attests it. Dates compare at the coarser precision: at "2021-11" includes someone in office from 2021-11-17, at "2021-11-16" does not. A tenure with no date (one the source only calls "former") has no known period and is left out when at is given. Each tenure says how sure it is in its basis: at "2024" the EU Representative to the OIC is Patrick Simonnet, appointed in 2020-09 with no end known (APPOINTED_NO_END_KNOWN).' },
  },
  Person: {
    tenures: { types: ['HOLDS'], direction: 'OUTGOING', fact: Tenure, order: 'TENURE', at: true, about: 'Offices the person held, in the order they began; with at, only those held on that date (see Position.holders).' },
    appointmentsMade: { types: ['APPOINTED'], direction: 'OUTGOING', fact: Appointment, about: 'Appointments this person made.' },
    appointmentsReceived: { types: ['APPOINTED'], direction: 'INCOMING', fact: Appointment, about: 'Appointments of this person by someone else.' },
    signatures: { types: ['SIGNED'], direction: 'OUTGOING', fact: Signature, about: 'Agreements the person signed.' },
    initiated: { types: ['INITIATED_BY'], direction: 'INCOMING', entity: Event, about: 'Initiatives and events this person started.' },
  },
  Country: {
    positions: { types: ['POSITION_OF'], direction: 'INCOMING', entity: Position, about: 'Offices of the state (its foreign minister).' },
    accreditedHere: { types: ['ACCREDITED_TO'], direction: 'INCOMING', entity: Entity, about: 'Missions accredited to it.' },
    subjectOf: { types: ['CONCERNS', 'INVOLVES'], direction: 'INCOMING', entity: Entity, about: 'Events and documents about it or involving it.' },
  },
  Place: {
    events: { types: ['TOOK_PLACE_IN'], direction: 'INCOMING', entity: Event, about: 'What took place there.' },
  },
  Event: {
    place: { types: ['TOOK_PLACE_IN'], direction: 'OUTGOING', entity: Entity, one: true, about: 'Where it took place (TOOK_PLACE_IN).' },
    participants: { types: ['PARTICIPANT'], direction: 'OUTGOING', fact: Participation, about: 'Who took part, with what the source says of each part.' },
    organisers: { types: ['ORGANISED_BY'], direction: 'OUTGOING', entity: Organization, about: 'Who organised it, alone or jointly.' },
    initiatedBy: { types: ['INITIATED_BY'], direction: 'OUTGOING', entity: Person, one: true, about: 'Who initiated it.' },
    follows: { types: ['FOLLOWS'], direction: 'OUTGOING', entity: Event, about: 'Events it came after, as the source orders them.' },
    followedBy: { types: ['FOLLOWS'], direction: 'INCOMING', entity: Event, about: 'Events that came after it, as the source orders them.' },
    partOf: { types: ['PART_OF'], direction: 'OUTGOING', entity: Entity, about: 'What it is part of: a relationship, a series.' },
    instanceOf: { types: ['INSTANCE_OF'], direction: 'OUTGOING', entity: Entity, one: true, about: 'The organ or series it is a meeting or session of.' },
    instances: { types: ['INSTANCE_OF'], direction: 'INCOMING', entity: Event, about: 'For a series: its meetings.' },
    heldDuring: { types: ['HELD_DURING'], direction: 'OUTGOING', entity: Entity, one: true, about: 'What it is held alongside (the UN General Assembly week).' },
    subjects: { types: ['CONCERNS', 'INVOLVES'], direction: 'OUTGOING', entity: Entity, about: 'What it is about and who it involves.' },
    cooperationAreas: { types: ['AGREED_TO_EXPAND_COOPERATION_IN'], direction: 'OUTGOING', entity: Topic, about: 'Sectors in which the sides agreed to expand cooperation.' },
    adopted: { types: ['ADOPTED_AT'], direction: 'INCOMING', entity: Document, about: 'Documents adopted at it.' },
    agreementsSigned: { types: ['SIGNED_AT'], direction: 'INCOMING', entity: Agreement, about: 'Agreements signed on its margins.' },
  },
  Agreement: {
    partOf: { types: ['PART_OF'], direction: 'OUTGOING', entity: Entity, about: 'What it is part of (EU–OIC relations).' },
    signatories: { types: ['SIGNED'], direction: 'INCOMING', fact: Signature, about: 'Who signed it, in what capacity and when.' },
    parties: { types: ['PARTY'], direction: 'OUTGOING', entity: Organization, about: 'The parties to it.' },
    signedAt: { types: ['SIGNED_AT'], direction: 'OUTGOING', entity: Event, one: true, about: 'The event on whose margins it was signed.' },
  },
  Document: {
    partOf: { types: ['PART_OF'], direction: 'OUTGOING', entity: Entity, about: 'What it is part of (EU–OIC relations).' },
    adoptedBy: { types: ['ADOPTED'], direction: 'INCOMING', entity: Entity, about: 'Who adopted it.' },
    adoptedAt: { types: ['ADOPTED_AT'], direction: 'OUTGOING', entity: Event, one: true, about: 'The event at which it was adopted.' },
    focus: { types: ['FOCUSES_ON'], direction: 'OUTGOING', entity: Topic, about: 'What it focuses on.' },
    sponsors: { types: ['SPONSORED_BY'], direction: 'OUTGOING', entity: Organization, about: 'Who put it forward, alone or jointly.' },
    resolutionOf: { types: ['RESOLUTION_OF'], direction: 'OUTGOING', entity: Organ, one: true, about: 'The body whose resolutions these are.' },
    concerns: { types: ['CONCERNS'], direction: 'OUTGOING', entity: Entity, about: 'What it is about.' },
  },
  Topic: {
    between: { types: ['BETWEEN'], direction: 'OUTGOING', entity: Organization, about: 'For a relationship: its sides (the EU and the OIC).' },
    includes: { types: ['PART_OF'], direction: 'INCOMING', entity: Entity, about: 'What is part of it: for EU–OIC relations, its events and agreements.' },
    focusOf: { types: ['FOCUSES_ON'], direction: 'INCOMING', entity: Document, about: 'Documents that focus on it.' },
    cooperationAgreedAt: { types: ['AGREED_TO_EXPAND_COOPERATION_IN'], direction: 'INCOMING', entity: Event, about: 'Meetings at which the sides agreed to expand cooperation in it.' },
    subjectOf: { types: ['CONCERNS'], direction: 'INCOMING', entity: Entity, about: 'Events and documents about it.' },
  },
};

/** Every relation field, complete, in declaration order. */
export const RELATION_FIELDS: readonly RelationFieldSpec[] = Object.entries(DECLARED).flatMap(
  ([owner, fields]) =>
    Object.entries(fields).map(([name, field]): RelationFieldSpec => {
      if (Boolean(field.entity) === Boolean(field.fact)) {
        throw new Error(`${owner}.${name}: declare either the entity or the fact it returns`);
      }
      return {
        owner: owner as EntityTypeName,
        name,
        types: [...field.types].sort(),
        direction: field.direction,
        returns: field.entity ? { kind: 'entity', type: field.entity } : { kind: 'fact', type: field.fact! },
        one: field.one === true,
        order: field.order ?? 'LIST',
        at: field.at === true,
        about: field.about,
      };
    }),
);
