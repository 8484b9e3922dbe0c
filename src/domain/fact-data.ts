import type { AliasKind, DocumentType, EntityKind, EventType, MeetingMode, RecurrenceUnit } from './kinds';
import type { DateQualifier } from './qualifiers';
import type { RelationType } from './relation-types';

/** The shapes of the files under data/, as curators write them. */

export type Lang = 'ar' | 'en';

export interface Bilingual {
  ar: string;
  en: string;
}

/** A verbatim quote of a source and where it sits: code points, start inclusive, end exclusive. */
export interface CitationData {
  /** Source id; the dataset's only source when omitted. */
  source?: string;
  quote: string;
  start: number;
  end: number;
  /** For an entity: which of its attributes this quote supports ("name" for the mention itself). */
  supports?: string[];
}

export interface AliasData {
  text: string;
  lang: Lang;
  kind: AliasKind;
}

/** A rhythm the source states ("once every three years"), never turned into made-up dates. */
export interface RecurrenceData {
  interval?: number;
  unit?: RecurrenceUnit;
  /** Month of the year it falls in, when the source says (9 for "in September"). */
  month?: number;
  /** Entity it is held alongside ("during the UNGA week"). */
  during?: string;
  text: Bilingual;
}

export interface EntityAttributes {
  date?: string;
  since?: string;
  ordinal?: number;
  eventType?: EventType;
  mode?: MeetingMode;
  documentType?: DocumentType;
  recurrence?: RecurrenceData;
  composition?: Bilingual;
  role?: Bilingual;
  functions?: Bilingual;
  level?: Bilingual;
  chairs?: Bilingual;
  purpose?: Bilingual;
  scope?: Bilingual;
  horizon?: Bilingual;
  outcome?: Bilingual;
}

export interface EntityData {
  id: string;
  kind: EntityKind;
  names: Bilingual;
  aliases?: AliasData[];
  description: Bilingual;
  attributes?: EntityAttributes;
  citations: CitationData[];
}

export type RelationQualifiers = Partial<Record<DateQualifier, string>> & {
  /** The source calls the holder "former" and gives no dates. */
  former?: boolean;
  /** The position or capacity the fact is about (APPOINTED as what, SIGNED as what). */
  role?: string;
  recurrence?: RecurrenceData;
  /** What the source leaves vague, said as vaguely ("among others", "jointly"). */
  note?: Bilingual;
  /** Entities this fact is part of the story of (a relationship, a process): their timelines show it. */
  context?: string[];
};

export interface RelationData {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  qualifiers?: RelationQualifiers;
  citations: CitationData[];
}

export interface GraphFile {
  entities?: EntityData[];
  relations?: RelationData[];
}

export interface SourceMeta {
  id: string;
  file: string;
  sha256: string;
  kind: string;
  language: Lang;
  title: Bilingual;
  publisher: Bilingual;
  covers: Bilingual;
  note?: Bilingual;
  capturedAs?: string;
}

/** A source with its text, as code points so that offsets index it directly. */
export interface SourceDocument {
  meta: SourceMeta;
  text: string;
  codePoints: string[];
}

export interface Dataset {
  sources: SourceDocument[];
  entities: EntityData[];
  relations: RelationData[];
}
