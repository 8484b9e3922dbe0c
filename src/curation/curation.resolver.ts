import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Length } from 'class-validator';
import { requireRole } from '../auth/auth';
import { RequiresRole } from '../auth/roles';
import type { Context } from '../context';
import type { Row } from '../db/database';
import type { PartialDate } from '../domain/partial-date';
import { PageArgs } from '../graphql/page-args';
import { Citation } from '../graph/citation.types';
import { DateTextScalar } from '../graphql/date.types';
import { toEntityNode, toRelationNode, type CitationNode, type RelationNode } from '../graph/graph.nodes';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import { auditPage } from './curation.repository';
import type { Role } from '../config';
import type { Rank } from '../domain/ranks';
import { MAX_SOURCE_CODE_POINTS } from '../domain/source-text';
import { RankEnum } from '../graphql/enums';
import { toSource } from '../graph/citation.resolver';
import { rankStatement } from './rank.curation';
import { addSource } from './source.curation';
import { SourceChange, SourceInput } from './source.types';
import type { Actor, Change } from './change';
import { saveEntity } from './entity.curation';
import { addRelation, endRelation, retractFact } from './relation.curation';
import {
  AuditEntry,
  AuditEntryConnection,
  CitationInput,
  EntityChange,
  EntityInput,
  RelationChange,
  RelationInput,
  Retraction,
} from './curation.types';

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only changes to this entity or relation.' })
  targetId?: string | null;
}

@ArgsType()
class RetractArgs {
  @Field(() => ID, { description: 'Id of the relation or entity to retract.' })
  @Length(1, 200)
  id!: string;

  @Field({ description: 'Why it is retracted, for the audit trail.' })
  @Length(3, 1000)
  reason!: string;

  @Field(() => CitationInput, { description: 'What the retraction rests on.' })
  citation!: CitationInput;
}

@ArgsType()
class RankArgs {
  @Field(() => ID, { description: 'Id of the statement (a relation).' })
  @Length(1, 200)
  id!: string;

  @Field(() => RankEnum, { description: 'Its new rank.' })
  rank!: Rank;

  @Field({ description: 'Why: for a DEPRECATED statement, why it is deprecated.' })
  @Length(3, 1000)
  reason!: string;
}

/** Who makes a change: the principal, holding at least the role the change needs, and the request. */
export function actorOf(ctx: Context, what: string, role: Role = 'reviewer'): Actor {
  return { principal: requireRole(ctx.principal, role, what), requestId: ctx.requestId };
}

function relationOf(change: Change): RelationNode | null {
  if (!change.props || !change.relation) return null;
  const { type, from, to } = change.relation;
  return toRelationNode({ type, source: from, target: to, props: change.props }, from);
}

@Resolver(() => AuditEntry)
export class CurationResolver {
  @RequiresRole('reviewer')
  @Mutation(() => EntityChange, {
    description:
      'Adds an entity, or corrects one (same id), directly: names, aliases, description, date. Needs the reviewer ' +
      'role (an editor proposes instead: proposeEntity) and a ' +
      'citation. Atomic, audited, and idempotent: the same request twice changes the graph once. A reload of the ' +
      'curated dataset leaves a corrected entity as the curator left it.',
  })
  async saveEntity(
    @Arg('entity', () => EntityInput, { description: 'The entity as it should stand.', validate: true })
    entity: EntityInput,
    @Arg('citation', () => CitationInput, { description: 'What the change rests on.', validate: true })
    citation: CitationInput,
    @Ctx() ctx: Context,
  ): Promise<EntityChange> {
    const change = await saveEntity(ctx.db, actorOf(ctx, 'saveEntity'), entity, citation);
    return {
      entity: change.props ? toEntityNode(change.props) : null,
      changed: change.changed,
      audit: change.audit as AuditEntry | null,
    };
  }

  @RequiresRole('reviewer')
  @Mutation(() => RelationChange, {
    description:
      'Adds a relation between two existing entities, with its time qualifiers, directly. Needs the reviewer role ' +
      '(an editor proposes instead: proposeRelation) and a citation.',
  })
  async addRelation(
    @Arg('relation', () => RelationInput, { description: 'The relation to add.', validate: true })
    relation: RelationInput,
    @Arg('citation', () => CitationInput, { description: 'What the change rests on.', validate: true })
    citation: CitationInput,
    @Ctx() ctx: Context,
  ): Promise<RelationChange> {
    const change = await addRelation(ctx.db, actorOf(ctx, 'addRelation'), relation, citation);
    return {
      relation: relationOf(change),
      changed: change.changed,
      audit: change.audit as AuditEntry | null,
    };
  }

  @RequiresRole('reviewer')
  @Mutation(() => RelationChange, {
    description:
      'Ends a tenure (a HOLDS relation) at a date: in office until. Needs the reviewer role and a citation.',
  })
  async endRelation(
    @Arg('id', () => ID, { description: 'Id of the relation.' }) id: string,
    @Arg('inOfficeUntil', () => DateTextScalar, { description: 'When office ended.' })
    inOfficeUntil: PartialDate,
    @Arg('citation', () => CitationInput, { description: 'What the change rests on.', validate: true })
    citation: CitationInput,
    @Ctx() ctx: Context,
  ): Promise<RelationChange> {
    const change = await endRelation(ctx.db, actorOf(ctx, 'endRelation'), id, inOfficeUntil, citation);
    return {
      relation: relationOf(change),
      changed: change.changed,
      audit: change.audit as AuditEntry | null,
    };
  }

  @RequiresRole('reviewer')
  @Mutation(() => Retraction, {
    description:
      'Retracts a relation or an entity: it disappears from every read and stays in the audit trail. Needs the ' +
      'reviewer role, a reason and a citation.',
  })
  async retractFact(@Args({ validate: true }) args: RetractArgs, @Ctx() ctx: Context): Promise<Retraction> {
    const change = await retractFact(
      ctx.db,
      actorOf(ctx, 'retractFact'),
      args.id,
      args.reason,
      args.citation,
    );
    return { changed: change.changed, audit: change.audit as AuditEntry | null };
  }

  @RequiresRole('editor')
  @Mutation(() => SourceChange, {
    description:
      `Adds a source document: its text verbatim (at most ${MAX_SOURCE_CODE_POINTS.toLocaleString('en')} code ` +
      'points, kept in Unicode NFC with LF line breaks and no byte-order mark, like the curated source), with its ' +
      'SHA-256, language, title, publisher, what it covers, URL and dates. Its quotes can then be cited by ' +
      'proposals. Needs the editor role; audited. The same text is refused under another id (CONFLICT); the ' +
      'same request again changes nothing.',
  })
  async addSource(
    @Arg('source', () => SourceInput, { description: 'The source to add.', validate: true })
    source: SourceInput,
    @Ctx() ctx: Context,
  ): Promise<SourceChange> {
    const change = await addSource(ctx.db, actorOf(ctx, 'addSource', 'editor'), source);
    return {
      source: change.props ? toSource(change.props) : null,
      changed: change.changed,
      audit: change.audit as AuditEntry | null,
    };
  }

  @RequiresRole('reviewer')
  @Mutation(() => RelationChange, {
    description:
      'Sets a statement\'s rank (Wikidata\'s three): where sources disagree, typed fields and "as of" answers use ' +
      'the best-ranked statements of a group (the relations of one type between the same two entities: a ' +
      'PREFERRED one outranks the NORMAL ones; a DEPRECATED one never answers). The generic view lists them all ' +
      'with their ranks. Needs the reviewer role and a reason (for DEPRECATED: why it is deprecated); audited.',
  })
  async rankStatement(
    @Args({ validate: true }) args: RankArgs,
    @Ctx() ctx: Context,
  ): Promise<RelationChange> {
    const change = await rankStatement(
      ctx.db,
      actorOf(ctx, 'rankStatement'),
      args.id,
      args.rank,
      args.reason,
    );
    return {
      relation: relationOf(change),
      changed: change.changed,
      audit: change.audit as AuditEntry | null,
    };
  }

  @RequiresRole('editor')
  @Query(() => AuditEntryConnection, {
    description: "The audit trail of curators' changes, newest first. Needs the editor role.",
  })
  async auditLog(@Args() args: AuditArgs, @Ctx() ctx: Context): Promise<Page<Row>> {
    requireRole(ctx.principal, 'editor', 'auditLog');
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const after = decodeCursor(args.after);
    const { total, page } = await auditPage(ctx.db, args.targetId ?? null, after, first + 1);
    return toPage(
      page.slice(0, first),
      (entry) => `${entry.at}|${entry.id}`,
      total,
      page.length > first,
      after,
    );
  }

  @FieldResolver(() => Citation, {
    nullable: true,
    description: 'What the change rests on; null for an added source or a rank, which rest on no citation.',
  })
  citation(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<CitationNode | null> | null {
    return entry.citationId ? ctx.loaders.citation.load(entry.citationId) : null;
  }
}
