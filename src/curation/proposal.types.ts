import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Rank } from '../domain/ranks';
import { Connection } from '../graphql/connection';
import { RankEnum } from '../graphql/enums';
import { CitationContext, Source } from '../graph/citation.types';
import { Entity } from '../graph/entity.type';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import type { QuoteWindow } from '../graph/citation.context';
import { Relation } from '../graph/relation.type';
import { AuditEntry } from './curation.types';

export const PROPOSAL_KINDS = {
  ENTITY: 'An entity to add, or a correction of one (same id).',
  RELATION: 'A statement to add: a relation with its qualifiers, a second reading where sources disagree.',
  CITATION: 'Another citation for a fact or an entity already held: another source that states it.',
} as const;
export type ProposalKind = keyof typeof PROPOSAL_KINDS;

export const PROPOSAL_STATUSES = {
  PENDING: 'Awaiting review: no read of the graph answers it.',
  ACCEPTED: 'Accepted by a reviewer: what it proposed is in the graph.',
  REJECTED: 'Rejected by a reviewer, with a reason: it stays on record, never in the graph.',
} as const;
export type ProposalStatus = keyof typeof PROPOSAL_STATUSES;

const valuesOf = <K extends string>(described: Record<K, string>) =>
  Object.fromEntries(Object.keys(described).map((key) => [key, key])) as Record<K, K>;
const configOf = <K extends string>(described: Record<K, string>) =>
  Object.fromEntries(Object.entries(described).map(([key, description]) => [key, { description }])) as Record<
    K,
    { description: string }
  >;

export const ProposalKindEnum = valuesOf(PROPOSAL_KINDS);
registerEnumType(ProposalKindEnum, {
  name: 'ProposalKind',
  description: 'What a proposal offers.',
  valuesConfig: configOf(PROPOSAL_KINDS),
});
export const ProposalStatusEnum = valuesOf(PROPOSAL_STATUSES);
registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description: 'Where a proposal stands in review.',
  valuesConfig: configOf(PROPOSAL_STATUSES),
});

/** The widest context a proposal's quote is shown with, in code points on each side. */
export const PROPOSAL_CONTEXT_CHARS = 280;

/** A proposal as read: its stored properties decoded, with what the queue's statement read around it. */
export interface ProposalNode {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  targetId: string;
  proposedBy: string;
  proposedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  acceptedRank: Rank | null;
  /** ENTITY: the entity as proposed. */
  entity: EntityNode | null;
  /** RELATION: the statement as proposed, seen from its source; null when an end is not an entity. */
  relation: RelationNode | null;
  citation: ProposedCitationValue;
}

export interface ProposedCitationValue {
  sourceId: string | null;
  quote: string | null;
  start: number | null;
  end: number | null;
  note: string | null;
  window: QuoteWindow | null;
}

@ObjectType({
  description:
    'The citation a proposal rests on: a quote located in its source (code-point offsets the server found), or ' +
    "a curator's note. It becomes a citation of the graph when the proposal is accepted.",
})
export class ProposedCitation {
  @Field(() => ID, { nullable: true, description: 'The source quoted; null for a note.' })
  sourceId!: string | null;

  @Field(() => String, { nullable: true, description: 'The quote, verbatim.' })
  quote!: string | null;

  @Field(() => Int, { nullable: true, description: 'Offset of the first quoted code point.' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'Offset just past the last quoted code point.' })
  end!: number | null;

  @Field(() => String, { nullable: true, description: "A curator's note, when no source states it." })
  note!: string | null;

  @Field(() => Source, { nullable: true, description: 'The source quoted.' })
  source?: Source | null;

  @Field(() => CitationContext, {
    nullable: true,
    description: `The quote in its sentence (see CitationContext), up to ${PROPOSAL_CONTEXT_CHARS} code points each side.`,
  })
  context?: CitationContext | null;
}

@ObjectType({
  description:
    'A fact or an entity an editor proposed, with what it rests on, until a reviewer accepts or rejects it. ' +
    'Proposals are kept apart from the graph: no read answers a pending one.',
})
export class Proposal {
  @Field(() => ID, { description: 'Id of the proposal: the same proposal made twice has one id.' })
  id!: string;

  @Field(() => ProposalKindEnum, { description: 'What it offers.' })
  kind!: ProposalKind;

  @Field(() => ProposalStatusEnum, { description: 'Where it stands in review.' })
  status!: ProposalStatus;

  @Field(() => ID, {
    description: 'The entity or relation it would write (for a CITATION: the fact or entity it cites).',
  })
  targetId!: string;

  @Field(() => Entity, { nullable: true, description: 'For an ENTITY proposal: the entity as proposed.' })
  entity!: EntityNode | null;

  @Field(() => Relation, {
    nullable: true,
    description:
      'For a RELATION proposal: the statement as proposed, seen from its source (its citation is the ' +
      "proposal's, below); null when an end is no longer an entity of the graph.",
  })
  relation!: RelationNode | null;

  @Field(() => ProposedCitation, { description: 'What it rests on.' })
  citation!: ProposedCitationValue;

  @Field({ description: 'The editor who proposed it.' })
  proposedBy!: string;

  @Field({ description: 'When, ISO 8601.' })
  proposedAt!: string;

  @Field(() => String, { nullable: true, description: 'The reviewer who accepted or rejected it.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was reviewed, ISO 8601.' })
  reviewedAt!: string | null;

  @Field(() => String, { nullable: true, description: "The reviewer's reason." })
  reviewReason!: string | null;

  @Field(() => RankEnum, {
    nullable: true,
    description: 'For an accepted RELATION proposal: the rank the reviewer gave the statement.',
  })
  acceptedRank!: Rank | null;
}

@ObjectType({ description: 'A page of proposals, oldest first.' })
export class ProposalConnection extends Connection(Proposal, 'Proposal') {}

@ObjectType({ description: 'The outcome of proposing, accepting or rejecting.' })
export class ProposalChange {
  @Field(() => Proposal, { description: 'The proposal as it now stands.' })
  proposal!: ProposalNode;

  @Field({
    description:
      'False when nothing changed: the same proposal was already made, or already accepted (or rejected).',
  })
  changed!: boolean;

  @Field(() => AuditEntry, { nullable: true, description: 'The audit entry; null when nothing changed.' })
  audit!: AuditEntry | null;
}
