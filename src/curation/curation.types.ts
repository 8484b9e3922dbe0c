import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PartialDate } from '../domain/partial-date';
import type { AliasKind, EntityKind } from '../domain/kinds';
import type { RelationType } from '../domain/relation-types';
import { DateTextScalar } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import { AliasKindEnum, EntityKindEnum, Language, RelationTypeEnum } from '../graphql/enums';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { Connection } from '../graphql/connection';
import { Relation } from '../graph/relation.type';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = '$property must be a lowercase slug such as "oic-secretary-general", received "$value"';

@InputType({
  description:
    'What a curated fact rests on: a verbatim quote of a stored source (sourceId and quote; the server finds its ' +
    "offsets, given the occurrence when the quote occurs more than once, or checks the start given), or a curator's " +
    'note when no source says it.',
})
export class CitationInput {
  @Field(() => ID, { nullable: true, description: 'The source quoted (see Query.sources).' })
  @IsOptional()
  @Length(1, 200)
  sourceId?: string;

  @Field({ nullable: true, description: 'The quote, verbatim.' })
  @IsOptional()
  @Length(1, 2000)
  quote?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Offset of the quote in code points; found by the server when omitted.',
  })
  @IsOptional()
  @Min(0)
  start?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Which occurrence of the quote in the source is meant (the first is 1), for a quote the source holds more ' +
      'than once; the server finds its offsets. Give it or start, not both; neither for a quote that occurs once.',
  })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  occurrence?: number;

  @Field({ nullable: true, description: "A curator's note, when the fact rests on no source text." })
  @IsOptional()
  @Length(3, 2000)
  note?: string;
}

@InputType({ description: 'A text in Arabic and in English.' })
export class LocalizedTextInput {
  @Field({ description: 'The Arabic text.' })
  @Length(1, 500)
  @Matches(/[\u0600-\u06FF]/, { message: '$property must contain Arabic letters' })
  ar!: string;

  @Field({ description: 'The English text.' })
  @Length(1, 500)
  @Matches(/[A-Za-z]/, { message: '$property must contain Latin letters' })
  en!: string;
}

@InputType({
  description:
    "Another name of an entity. A new one counts as the curator's (attestation CURATOR); one that a correction " +
    "keeps (same text and language) keeps its attestation, citation and curator's note.",
})
export class AliasInput {
  @Field({ description: 'The alias.' })
  @Length(1, 300)
  text!: string;

  @Field(() => Language, { description: 'Its language.' })
  lang!: Language;

  @Field(() => AliasKindEnum, { description: 'How it relates to the name.' })
  kind!: AliasKind;
}

/**
 * The aliases given, each (text, language) once, the first kept: the list is capped by its
 * validator (50) and an alias sent twice is stored once.
 */
export function distinctAliases(aliases: readonly AliasInput[] | undefined): AliasInput[] {
  // Keyed on language and text; at most the 50 aliases the validator lets through.
  const seen = new Set<string>();
  return (aliases ?? []).filter((alias) => {
    const key = `${alias.lang}\u0000${alias.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

@InputType({ description: 'An entity to add, or the corrected version of an existing one (same id).' })
export class EntityInput {
  @Field(() => ID, { description: 'Stable id, a lowercase slug; an existing id corrects that entity.' })
  @Length(2, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  id!: string;

  @Field(() => EntityKindEnum, { description: 'Its kind; an existing entity keeps its kind.' })
  kind!: EntityKind;

  @Field(() => LocalizedTextInput, { description: 'Its name in Arabic and in English.' })
  @ValidateNested()
  names!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'A short description in both languages.' })
  @ValidateNested()
  description!: LocalizedTextInput;

  @Field(() => [AliasInput], { nullable: true, description: 'Acronyms, former names, variants.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  aliases?: AliasInput[];

  @Field(() => DateTextScalar, {
    nullable: true,
    description: 'For an event, agreement or document: its date.',
  })
  @IsOptional()
  date?: PartialDate;
}

@InputType({ description: 'A relation to add between two existing entities, with its time qualifiers.' })
export class RelationInput {
  @Field(() => ID, { nullable: true, description: 'Stable id; made from the type and ends when omitted.' })
  @IsOptional()
  @Length(2, 200)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  id?: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation says.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Id of the source entity.' })
  @Length(1, 120)
  from!: string;

  @Field(() => ID, { description: 'Id of the target entity.' })
  @Length(1, 120)
  to!: string;

  @Field(() => DateTextScalar, { nullable: true, description: 'When it happened.' })
  @IsOptional()
  date?: PartialDate;

  @Field(() => DateTextScalar, { nullable: true, description: 'For a tenure: when appointed.' })
  @IsOptional()
  appointedOn?: PartialDate;

  @Field(() => DateTextScalar, { nullable: true, description: 'For a tenure: when in office from.' })
  @IsOptional()
  inOfficeFrom?: PartialDate;

  @Field(() => DateTextScalar, { nullable: true, description: 'For a tenure: when in office until.' })
  @IsOptional()
  inOfficeUntil?: PartialDate;

  @Field(() => DateTextScalar, { nullable: true, description: 'A date at which it is known to hold.' })
  @IsOptional()
  attestedOn?: PartialDate;

  @Field({ nullable: true, description: 'True when the source calls it former.' })
  @IsOptional()
  former?: boolean;

  @Field(() => ID, { nullable: true, description: 'The position or capacity it is about.' })
  @IsOptional()
  @Length(1, 120)
  role?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What the source leaves vague.' })
  @IsOptional()
  @ValidateNested()
  note?: LocalizedTextInput;
}

export const AUDIT_ACTIONS = {
  ENTITY_CREATED: 'A reviewer added an entity.',
  ENTITY_CORRECTED: 'A reviewer corrected an entity.',
  RELATION_ADDED: 'A reviewer added a relation.',
  RELATION_ENDED: 'A reviewer ended a relation (a tenure) at a date.',
  FACT_RETRACTED: 'A reviewer retracted a relation or an entity.',
  SOURCE_ADDED: 'An editor added a source document.',
  ENTITY_PROPOSED: 'An editor proposed an entity, or a correction of one.',
  RELATION_PROPOSED: 'An editor proposed a relation (a statement).',
  CITATION_PROPOSED: 'An editor proposed another citation for a fact already held.',
  PROPOSAL_ACCEPTED: 'A reviewer accepted a proposal: what it proposed is now in the graph.',
  PROPOSAL_REJECTED: 'A reviewer rejected a proposal.',
  STATEMENT_RANKED: "A reviewer changed a statement's rank.",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AuditActionEnum: Record<AuditAction, AuditAction> = Object.fromEntries(
  Object.keys(AUDIT_ACTIONS).map((action) => [action, action]),
) as Record<AuditAction, AuditAction>;
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What a curator did.',
  valuesConfig: Object.fromEntries(
    Object.entries(AUDIT_ACTIONS).map(([action, description]) => [action, { description }]),
  ) as Record<AuditAction, { description: string }>,
});

@ObjectType({
  description: 'One change to the graph by a curator: who, when, what, before and after, on what citation.',
})
export class AuditEntry {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field({ description: 'When, as an ISO 8601 date-time.' })
  at!: string;

  @Field({ description: 'The name of the API key that made the change.' })
  actor!: string;

  @Field({ description: 'Its role.' })
  role!: string;

  @Field(() => AuditActionEnum, { description: 'What was done.' })
  action!: AuditAction;

  @Field(() => ID, { description: 'Id of the entity, relation or source changed (or proposed).' })
  targetId!: string;

  @Field({ description: 'ENTITY, RELATION or SOURCE.' })
  targetType!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The proposal the entry is about: proposed, accepted or rejected; null for a direct change.',
  })
  proposalId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The stored properties before, as JSON; null for a creation.',
  })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The stored properties after, as JSON.' })
  after!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why: a retraction's reason, a reviewer's reason to accept or reject, a rank's reason.",
  })
  reason!: string | null;

  @Field({ description: 'Request id of the change, as in the server logs.' })
  requestId!: string;

  /** Resolved to `citation`; none for an added source or a rank. */
  citationId!: string | null;
}

@ObjectType({ description: 'A page of the audit trail, newest first.' })
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

@ObjectType({ description: "The outcome of a curator's change to an entity." })
export class EntityChange {
  @Field(() => Entity, { nullable: true, description: 'The entity as it now stands (null once retracted).' })
  entity!: EntityNode | null;

  @Field({
    description: 'False when the graph already held exactly this: a retried request changes nothing.',
  })
  changed!: boolean;

  @Field(() => AuditEntry, {
    nullable: true,
    description: 'The audit entry of the change; null when nothing changed.',
  })
  audit!: AuditEntry | null;
}

@ObjectType({ description: "The outcome of a curator's change to a relation." })
export class RelationChange {
  @Field(() => Relation, {
    nullable: true,
    description: 'The relation as it now stands (null once retracted).',
  })
  relation!: RelationNode | null;

  @Field({ description: 'False when the graph already held exactly this.' })
  changed!: boolean;

  @Field(() => AuditEntry, {
    nullable: true,
    description: 'The audit entry of the change; null when nothing changed.',
  })
  audit!: AuditEntry | null;
}

@ObjectType({ description: 'The outcome of a retraction.' })
export class Retraction {
  @Field({ description: 'False when it was retracted already.' })
  changed!: boolean;

  @Field(() => AuditEntry, {
    nullable: true,
    description: 'The audit entry of the retraction; null when nothing changed.',
  })
  audit!: AuditEntry | null;
}
