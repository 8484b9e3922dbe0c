import type { GraphQLResolveInfo } from 'graphql';
import { Length } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RequiresRole } from '../auth/roles';
import type { Context } from '../context';
import type { Rank } from '../domain/ranks';
import { BadUserInputError } from '../errors';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import { RankEnum } from '../graphql/enums';
import { PageArgs } from '../graphql/page-args';
import { selects } from '../graphql/selection';
import { quoteInContext } from '../graph/citation.context';
import { toSource } from '../graph/citation.resolver';
import { CitationContext, Source } from '../graph/citation.types';
import { actorOf } from './curation.resolver';
import { CitationInput, EntityInput, RelationInput } from './curation.types';
import {
  acceptProposal,
  proposeCitation,
  proposeEntity,
  proposeRelation,
  rejectProposal,
  type ProposalOutcome,
} from './proposal.curation';
import { proposalById, proposalsPage } from './proposal.repository';
import {
  Proposal,
  PROPOSAL_CONTEXT_CHARS,
  ProposalChange,
  ProposalConnection,
  ProposalStatusEnum,
  ProposedCitation,
  type ProposalNode,
  type ProposalStatus,
  type ProposedCitationValue,
} from './proposal.types';
import { toProposalNode } from './proposal.view';

@ArgsType()
class ProposalsArgs extends PageArgs {
  @Field(() => ProposalStatusEnum, { defaultValue: 'PENDING', description: 'Only proposals in this state.' })
  status!: ProposalStatus;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only proposals about this entity: the entity proposed, or an end of the statement proposed.',
  })
  @Length(1, 200)
  entity?: string | null;
}

@ArgsType()
class ReviewArgs {
  @Field(() => ID, { description: 'Id of the proposal.' })
  @Length(1, 200)
  id!: string;

  @Field({ description: "The reviewer's reason, for the audit trail and the proposer." })
  @Length(3, 1000)
  reason!: string;
}

@ArgsType()
class AcceptArgs extends ReviewArgs {
  @Field(() => RankEnum, {
    nullable: true,
    description: 'For a statement: the rank it takes (NORMAL when omitted). PREFERRED outranks its group.',
  })
  rank?: Rank | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is ranked so; required for DEPRECATED (why it is deprecated).',
  })
  @Length(3, 1000)
  rankReason?: string | null;
}

const outcome = (result: ProposalOutcome): ProposalChange => result;

@Resolver(() => Proposal)
export class ProposalResolver {
  @RequiresRole('editor')
  @Mutation(() => ProposalChange, {
    description:
      'Proposes an entity, or a correction of one (same id), for a reviewer to accept or reject: until then no ' +
      'read answers it. Needs the editor role and a citation (a quote of a source: the server finds its offsets). ' +
      'Audited; the same proposal again changes nothing.',
  })
  async proposeEntity(
    @Arg('entity', () => EntityInput, { description: 'The entity as it should stand.', validate: true })
    entity: EntityInput,
    @Arg('citation', () => CitationInput, { description: 'What it rests on.', validate: true })
    citation: CitationInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalChange> {
    return outcome(await proposeEntity(ctx.db, actorOf(ctx, 'proposeEntity', 'editor'), entity, citation));
  }

  @RequiresRole('editor')
  @Mutation(() => ProposalChange, {
    description:
      'Proposes a statement: a relation between two entities of the graph, with its time qualifiers. Where a ' +
      'source disagrees with one already held (another appointment month, an end of office), propose it as a ' +
      'statement of its own (its own relation.id): once accepted both are kept, each with its citations and a ' +
      'rank. Needs the editor role and a citation; audited; the same proposal again changes nothing.',
  })
  async proposeRelation(
    @Arg('relation', () => RelationInput, { description: 'The statement.', validate: true })
    relation: RelationInput,
    @Arg('citation', () => CitationInput, { description: 'What it rests on.', validate: true })
    citation: CitationInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalChange> {
    return outcome(
      await proposeRelation(ctx.db, actorOf(ctx, 'proposeRelation', 'editor'), relation, citation),
    );
  }

  @RequiresRole('editor')
  @Mutation(() => ProposalChange, {
    description:
      'Proposes another citation for a relation or an entity the graph holds: another source that states it. ' +
      'Once accepted, the fact holds every citation. Needs the editor role; audited.',
  })
  async proposeCitation(
    @Arg('factId', () => ID, { description: 'Id of the relation or entity.' }) factId: string,
    @Arg('citation', () => CitationInput, { description: 'The citation.', validate: true })
    citation: CitationInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalChange> {
    if (factId.length > 200) throw new BadUserInputError('factId: at most 200 characters', 'factId');
    return outcome(
      await proposeCitation(ctx.db, actorOf(ctx, 'proposeCitation', 'editor'), factId, citation),
    );
  }

  @RequiresRole('reviewer')
  @Mutation(() => ProposalChange, {
    description:
      'Accepts a proposal, with a reason: what it proposes is written as a direct write would (checked again ' +
      'against the graph as it stands: CONFLICT if it no longer fits), in one transaction with the audit entry. ' +
      'Accepting it again changes nothing; a rejected one stays rejected. Needs the reviewer role.',
  })
  async acceptProposal(
    @Args({ validate: true }) args: AcceptArgs,
    @Ctx() ctx: Context,
  ): Promise<ProposalChange> {
    return outcome(
      await acceptProposal(
        ctx.db,
        actorOf(ctx, 'acceptProposal'),
        args.id,
        args.reason,
        args.rank ?? null,
        args.rankReason ?? null,
      ),
    );
  }

  @RequiresRole('reviewer')
  @Mutation(() => ProposalChange, {
    description:
      'Rejects a proposal, with a reason: it stays on record (proposals(status: REJECTED), the audit trail), ' +
      'never in the graph. Needs the reviewer role.',
  })
  async rejectProposal(
    @Args({ validate: true }) args: ReviewArgs,
    @Ctx() ctx: Context,
  ): Promise<ProposalChange> {
    return outcome(await rejectProposal(ctx.db, actorOf(ctx, 'rejectProposal'), args.id, args.reason));
  }

  @RequiresRole('editor')
  @Query(() => ProposalConnection, {
    description:
      'The review queue: proposals in one state (PENDING unless asked), oldest first, each with what it proposes ' +
      'and its citation in context. Needs the editor role.',
  })
  async proposals(
    @Args({ validate: true }) args: ProposalsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<ProposalNode>> {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const after = decodeCursor(args.after);
    const counted = selects(
      info.fieldNodes.map((node) => node.selectionSet),
      'totalCount',
      (name) => info.fragments[name],
    );
    const { total, page } = await proposalsPage(ctx.db, {
      status: args.status,
      entity: args.entity ?? null,
      id: null,
      after,
      limit: first + 1,
      counted,
    });
    const nodes = page.slice(0, first).map(toProposalNode);
    return toPage(nodes, (p) => `${p.proposedAt}|${p.id}`, total ?? 0, page.length > first, after);
  }

  @RequiresRole('editor')
  @Query(() => Proposal, {
    nullable: true,
    description: 'The proposal with this id; null when none. Needs the editor role.',
  })
  async proposal(
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ProposalNode | null> {
    if (id.length > 200) return null;
    const row = await proposalById(ctx.db, id);
    return row ? toProposalNode(row) : null;
  }
}

@Resolver(() => ProposedCitation)
export class ProposedCitationResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The source quoted; null for a note.' })
  async source(@Root() citation: ProposedCitationValue, @Ctx() ctx: Context): Promise<Source | null> {
    if (!citation.sourceId) return null;
    const props = await ctx.loaders.source.load(citation.sourceId);
    return props ? toSource(props) : null;
  }

  @FieldResolver(() => CitationContext, {
    nullable: true,
    description: `The quote in its sentence (see CitationContext); null for a note.`,
  })
  context(
    @Root() citation: ProposedCitationValue,
    @Arg('chars', () => Int, {
      defaultValue: 80,
      description: `How far the context may reach on each side, in code points, from 0 to ${PROPOSAL_CONTEXT_CHARS}.`,
    })
    chars: number,
  ): CitationContext | null {
    if (!Number.isInteger(chars) || chars < 0 || chars > PROPOSAL_CONTEXT_CHARS) {
      throw new BadUserInputError(
        `chars: expected 0 to ${PROPOSAL_CONTEXT_CHARS} code points on each side of the quote, received ${chars}`,
        'chars',
      );
    }
    return citation.window ? quoteInContext(citation.window, chars) : null;
  }
}
