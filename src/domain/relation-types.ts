import type { EntityKind } from './kinds';

/**
 * The kinds of relation: how each reads both ways, in English and Arabic, and which kinds of
 * entity it may join. joinProblem() is the one place that rule is checked.
 */

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
    // An organ as the forum an event took place in: «في مجلس حقوق الإنسان» as «في بروكسل».
    to: ['PLACE', 'COUNTRY', 'ORGAN'],
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

/** Which way a relation is read: from its source (OUTGOING) or from its target (INCOMING). */
export type ReadingDirection = 'OUTGOING' | 'INCOMING';

/** The relation type as a phrase, read from its source (OUTGOING) or its target (INCOMING). */
export function relationReading(type: RelationType, direction: ReadingDirection, lang: 'ar' | 'en'): string {
  const spec: RelationSpec = RELATION_TYPES[type];
  if (lang === 'ar') return direction === 'OUTGOING' ? spec.descriptionAr : spec.inverseAr;
  return direction === 'OUTGOING' ? spec.description : spec.inverse;
}

/**
 * Why a relation of this type cannot have an entity of this kind at this end, or null when it
 * can. The dataset validator and curation both ask here, so the rule and its message are one.
 */
export function joinProblem(
  type: RelationType,
  end: 'from' | 'to',
  kind: EntityKind,
  id: string,
): string | null {
  const allowed: readonly EntityKind[] = RELATION_TYPES[type][end];
  if (allowed.includes(kind)) return null;
  return `${type} cannot go ${end} a ${kind} ("${id}"); allowed: ${allowed.join(', ')}`;
}
