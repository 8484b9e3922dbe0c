import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartialDate } from '../graphql/date.types';
import { LocalizedText } from '../graphql/values.types';
import { Node } from './node.type';

@ObjectType({ description: 'Where an entity or relation came from, and who changed it since.' })
export class Provenance {
  @Field({ description: 'DATASET when the curated dataset loaded it, CURATOR when added through the API.' })
  origin!: string;

  @Field(() => String, { nullable: true, description: 'The curator who added it through the API.' })
  addedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was added through the API, ISO 8601.' })
  addedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The curator who last corrected, ended or retracted it.',
  })
  curatedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When a curator last changed it, ISO 8601.' })
  curatedAt!: string | null;
}

export function provenanceOf(props: Record<string, unknown>): Provenance {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    origin: props.origin === 'curator' ? 'CURATOR' : 'DATASET',
    addedBy: text(props.addedBy),
    addedAt: text(props.addedAt),
    curatedBy: text(props.curatedBy),
    curatedAt: text(props.curatedAt),
  };
}

@ObjectType({
  implements: Node,
  description: 'A source document the graph cites: its metadata and its full text.',
})
export class Source {
  @Field(() => ID, { description: 'Stable id of the source.' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Title of the document.' })
  title!: LocalizedText;

  @Field(() => LocalizedText, {
    description:
      'Who published it, as the page states its own origin when captured; not independently verified (see note: ' +
      'the EEAS page\'s own banner reads "This isn\'t an official website of the European Union").',
  })
  publisher!: LocalizedText;

  @Field({ description: 'Language of the text, as an ISO 639-1 code ("ar").' })
  language!: string;

  @Field({ description: 'What sort of document it is ("WEB_PAGE").' })
  kind!: string;

  @Field(() => LocalizedText, { description: 'What the document covers.' })
  covers!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'How it was captured and how offsets count.' })
  note?: LocalizedText | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the document was published, as the capture records it; null when the capture gives no URL (none is ' +
      'ever made up).',
  })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When the document was retrieved, ISO 8601 (a day "2024-05-01" or an instant "2024-05-01T09:30:00Z"), as ' +
      'the capture records it; null when the capture gives no date (none is ever made up).',
  })
  retrievedAt!: string | null;

  @Field({ description: 'SHA-256 of the text; the graph refuses a copy that does not match.' })
  sha256!: string;

  @Field(() => Int, {
    description: 'Length of the text in Unicode code points, the unit of citation offsets.',
  })
  length!: number;

  @Field({ description: 'The full text, verbatim.' })
  text!: string;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'When the document was published, at the precision known; null when not recorded.',
  })
  publishedOn!: PartialDate | null;

  @Field(() => Provenance, {
    description: 'Whether the source came with the curated dataset or was added by a curator, who and when.',
  })
  provenance!: Provenance;
}

@ObjectType({
  implements: Node,
  description:
    'Where a fact comes from: a verbatim quote of a source and its offsets, counted in Unicode code points from ' +
    'the start of the source text (start inclusive, end exclusive); or, for a fact a curator added without a ' +
    "source, the curator's note, who wrote it and when.",
})
export class Citation {
  @Field(() => ID, { description: "Id of the citation: source@start-end, or note:… for a curator's note." })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The quoted text, exactly as in the source.' })
  quote!: string | null;

  @Field(() => Int, { nullable: true, description: 'Offset of the first quoted character.' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'Offset just past the last quoted character.' })
  end!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "A curator's note, when the fact rests on no source text.",
  })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The curator who cited this, for citations added through the API.',
  })
  curator?: string | null;

  @Field(() => String, { nullable: true, description: 'When a curator added it, ISO 8601.' })
  addedAt?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'For an entity\'s citation: which of its attributes the quote supports ("name" for the mention itself).',
  })
  supports?: string[];

  /** Resolved to `source` by the citation resolver; absent for a curator's note. */
  sourceId?: string | null;
}

@ObjectType({
  description:
    'A quote in the text around it, for a client to show the quote highlighted in its sentence: before + quote + ' +
    'after is the source text from start to end, verbatim. Each side reaches at most the asked number of code ' +
    'points from the quote and stops at the edge of the sentence (after . ! ? ؟ ۔ … or a line break); where the ' +
    'limit falls inside the sentence, it stops at the nearest whole word instead and says so (truncatedBefore, ' +
    'truncatedAfter). Whitespace at the outer edges is left out.',
})
export class CitationContext {
  @Field({ description: 'The text just before the quote; empty when the quote opens its sentence.' })
  before!: string;

  @Field({ description: 'The quote, exactly as in the source.' })
  quote!: string;

  @Field({ description: 'The text just after the quote, up to the end of its sentence when within reach.' })
  after!: string;

  @Field(() => Int, { description: 'Offset in the source of the first code point of `before`.' })
  start!: number;

  @Field(() => Int, { description: 'Offset in the source just past the last code point of `after`.' })
  end!: number;

  @Field({
    description: 'True when the sentence goes on before `before` (the limit cut it): show an ellipsis there.',
  })
  truncatedBefore!: boolean;

  @Field({
    description: 'True when the sentence goes on after `after` (the limit cut it): show an ellipsis there.',
  })
  truncatedAfter!: boolean;
}
