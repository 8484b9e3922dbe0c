import { DOCUMENT_TYPES, EVENT_TYPES, MEETING_MODES, type EntityKind } from './kinds';

/** What an attribute holds, for validation and for the node properties it becomes. */
export type AttributeType = 'text' | 'date' | 'int' | 'recurrence' | 'eventType' | 'mode' | 'documentType';

interface AttributeSpec {
  type: AttributeType;
  kinds: readonly EntityKind[];
  description: string;
}

/** The attributes an entity may carry, each only on the kinds listed and only with a citation. */
export const ATTRIBUTES = {
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
} as const satisfies Record<string, AttributeSpec>;
export type AttributeName = keyof typeof ATTRIBUTES;

/** The closed lists the enum-typed attributes take their values from. */
export const ATTRIBUTE_VALUES: Partial<Record<AttributeType, Record<string, string>>> = {
  eventType: EVENT_TYPES,
  mode: MEETING_MODES,
  documentType: DOCUMENT_TYPES,
};

export function isAttributeName(name: string): name is AttributeName {
  return Object.hasOwn(ATTRIBUTES, name);
}

/** The attribute's spec, widened so that its kinds can be searched with any kind. */
export function attributeSpec(name: AttributeName): AttributeSpec {
  return ATTRIBUTES[name];
}
