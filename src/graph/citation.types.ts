import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from './values.types';

@ObjectType({ description: 'A source document the graph cites: its metadata and its full text.' })
export class Source {
  @Field(() => ID, { description: 'Stable id of the source.' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Title of the document.' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Who published it.' })
  publisher!: LocalizedText;

  @Field({ description: 'Language of the text, as an ISO 639-1 code ("ar").' })
  language!: string;

  @Field({ description: 'What sort of document it is ("WEB_PAGE").' })
  kind!: string;

  @Field(() => LocalizedText, { description: 'What the document covers.' })
  covers!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'How it was captured and how offsets count.' })
  note?: LocalizedText | null;

  @Field({ description: 'SHA-256 of the text; the graph refuses a copy that does not match.' })
  sha256!: string;

  @Field(() => Int, {
    description: 'Length of the text in Unicode code points, the unit of citation offsets.',
  })
  length!: number;

  @Field({ description: 'The full text, verbatim.' })
  text!: string;
}

@ObjectType({
  description:
    'Where a fact comes from: a verbatim quote of a source and its offsets, counted in Unicode code points from ' +
    'the start of the source text (start inclusive, end exclusive).',
})
export class Citation {
  @Field(() => ID, { description: 'Id of the citation: source@start-end.' })
  id!: string;

  @Field({ description: 'The quoted text, exactly as in the source.' })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the first quoted character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last quoted character.' })
  end!: number;

  @Field(() => [String], {
    nullable: true,
    description:
      'For an entity\'s citation: which of its attributes the quote supports ("name" for the mention itself).',
  })
  supports?: string[];

  /** Resolved to `source` by the citation resolver. */
  sourceId!: string;
}
