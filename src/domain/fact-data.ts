import type {
  AliasKind,
  Attestation,
  DocumentType,
  EntityKind,
  EventType,
  MeetingMode,
  RecurrenceUnit,
} from './kinds';
import type { DateQualifier } from './qualifiers';
import type { RelationType } from './relation-types';
import type { Rank } from './ranks';

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
  /** Who vouches for it: the source verbatim, the curator's rendering of the source's words, or the curator. */
  attestation: Attestation;
  /** SOURCE: the alias itself where the source gives it; RENDERING: the source's words it renders. */
  citation?: CitationData;
  /** What the curator knows of it that the source does not say ("the name until 2011"). */
  curatorNote?: Bilingual;
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
  institutionalised?: string;
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

/**
 * The title under which the source shows someone holding an office or signing, in its own words:
 * Solana «الممثل الأعلى السابق للاتحاد الأوروبي», Mogherini «الممثلة العليا السابقة/ نائب الرئيس».
 */
export interface OfficeTitleData {
  /** Arabic: the quote less «السابق»/«السابقة» ("former", which the tenure's `former` carries). */
  wording: Bilingual;
  /** The title as the source gives it names the Vice-President role («نائب الرئيس»). */
  includesVicePresident: boolean;
  /** The curator's reading of a wording that looks like a slip (Borrell's «نائب الممثل الأعلى»). */
  curatorReading?: Bilingual;
  citation: CitationData;
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
  /** SOURCE when omitted; CURATOR for a fact the cited words do not state (then curatorNote says why). */
  attestation?: Exclude<Attestation, 'RENDERING'>;
  /** What the curator knows of it that the source does not say. */
  curatorNote?: Bilingual;
  /** For a tenure or a signature: the title the source gives the person. */
  title?: OfficeTitleData;
  /** Where sources disagree: its rank in its group (NORMAL when omitted), and why (domain/ranks.ts). */
  rank?: Rank;
  rankReason?: string;
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
  /** Where the document was published, when the capture records it (an absolute http(s) URL). */
  url?: string;
  /** When it was retrieved, when the capture records it: ISO 8601, a day or an instant with its offset. */
  retrievedAt?: string;
  /** When it was published, at the precision known ("2023-06"). */
  publishedOn?: string;
  /** A source a curator added through the API (addSource), written here by npm run data:export. */
  origin?: 'curator';
  addedBy?: string;
  addedAt?: string;
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
