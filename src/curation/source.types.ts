import { IsOptional, IsUrl, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { PartialDate } from '../domain/partial-date';
import { MAX_SOURCE_CODE_POINTS, type SourceKind } from '../domain/source-text';
import { DateTextScalar } from '../graphql/date.types';
import { SourceKindEnum } from '../graphql/enums';
import { Source } from '../graph/citation.types';
import { AuditEntry, LocalizedTextInput } from './curation.types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// An ISO 8601 day, or an instant with its offset: what Source.retrievedAt documents.
const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

@InputType({
  description:
    `A source document to add: its text verbatim (at most ${MAX_SOURCE_CODE_POINTS.toLocaleString('en')} code ` +
    'points; kept in Unicode NFC with LF line breaks and no byte-order mark, the form of the curated source, and ' +
    'nothing else changed) and what is known of it.',
})
export class SourceInput {
  @Field(() => ID, { description: 'Stable id, a lowercase slug such as "oic-communique-2023-06".' })
  @Length(2, 120)
  @Matches(SLUG, {
    message: '$property must be a lowercase slug such as "oic-communique-2023-06", received "$value"',
  })
  id!: string;

  @Field({ description: 'The text, verbatim.' })
  @Length(1, 2 * MAX_SOURCE_CODE_POINTS)
  text!: string;

  @Field({ description: 'Language of the text, an ISO 639-1 code ("ar", "en").' })
  @Matches(/^[a-z]{2}$/, {
    message: '$property must be an ISO 639-1 code such as "ar" or "en", received "$value"',
  })
  language!: string;

  @Field(() => SourceKindEnum, { description: 'What sort of document it is.' })
  kind!: SourceKind;

  @Field(() => LocalizedTextInput, { description: 'Its title, in Arabic and in English.' })
  @ValidateNested()
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'Who published it, in Arabic and in English.' })
  @ValidateNested()
  publisher!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'What it covers, in Arabic and in English.' })
  @ValidateNested()
  covers!: LocalizedTextInput;

  @Field(() => String, { nullable: true, description: 'Where it was published: an absolute http(s) URL.' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string;

  @Field(() => DateTextScalar, {
    nullable: true,
    description: 'When it was published, at the precision known ("2023", "2023-06", "2023-06-14").',
  })
  @IsOptional()
  publishedOn?: PartialDate;

  @Field(() => String, {
    nullable: true,
    description: 'When it was retrieved: an ISO 8601 day ("2024-05-01") or instant ("2024-05-01T09:30:00Z").',
  })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: '$property must be an ISO 8601 day or instant, received "$value"' })
  retrievedAt?: string;
}

@ObjectType({ description: 'The outcome of adding a source.' })
export class SourceChange {
  @Field(() => Source, { nullable: true, description: 'The source as stored.' })
  source!: Source | null;

  @Field({
    description: 'False when the graph already held exactly this source: a retried request changes nothing.',
  })
  changed!: boolean;

  @Field(() => AuditEntry, { nullable: true, description: 'The audit entry; null when nothing changed.' })
  audit!: AuditEntry | null;
}
