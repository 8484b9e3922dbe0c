import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Connection, decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import { PageArgs } from '../graphql/page-args';
import { selects } from '../graphql/selection';
import { toSource } from '../graph/citation.resolver';
import { Citation, Source } from '../graph/citation.types';
import { Entity } from '../graph/entity.type';
import {
  toEntityNode,
  toRelationNode,
  type CitationNode,
  type EntityNode,
  type RelationNode,
} from '../graph/graph.nodes';
import { Relation } from '../graph/relation.type';
import { sourcesPage, supportsPage } from './sources.repository';

@ObjectType({ description: 'A page of sources, in id order.' })
export class SourceConnection extends Connection(Source, 'Source') {}

@ObjectType({
  description:
    'One quote of a source and what it supports: the entities it cites (a mention, an alias) and the relations ' +
    'it states, as the graph holds them now.',
})
export class Support {
  @Field(() => Citation, { description: 'The quote, with its offsets in the source.' })
  citation!: CitationNode;

  @Field(() => [Entity], { description: 'The entities the quote is cited for.' })
  entities!: EntityNode[];

  @Field(() => [Relation], { description: 'The relations the quote states, each seen from its source.' })
  relations!: RelationNode[];
}

@ObjectType({ description: 'A page of what a source supports, in the order of its text.' })
export class SupportConnection extends Connection(Support, 'Support') {}

const countedIn = (info: GraphQLResolveInfo) =>
  selects(
    info.fieldNodes.map((node) => node.selectionSet),
    'totalCount',
    (name) => info.fragments[name],
  );

/** A support cursor: the citation's start offset and id, as "start|id". */
function supportAfter(after: string | null): { start: number; id: string } | null {
  if (after === null) return null;
  const bar = after.indexOf('|');
  const start = Number(after.slice(0, bar));
  if (bar < 0 || !Number.isInteger(start) || start < 0)
    throw new BadUserInputError('after: not a cursor of this list', 'after');
  return { start, id: after.slice(bar + 1) };
}

@Resolver(() => Source)
export class SourcesResolver {
  @Query(() => SourceConnection, {
    description:
      'The source documents the graph holds, the curated ones and those curators added, in id order, a page at ' +
      'a time (each with its full text; source(id) reads one alone).',
  })
  async sources(@Args() args: PageArgs, @Ctx() ctx: Context): Promise<Page<Source>> {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const after = decodeCursor(args.after);
    const { total, page } = await sourcesPage(ctx.db, after, first + 1);
    return toPage(
      page.slice(0, first).map(toSource),
      (source) => source.id,
      total,
      page.length > first,
      after,
    );
  }

  @FieldResolver(() => SupportConnection, {
    description:
      'What the source supports: its quotes in the order of the text, each with the entities and relations of ' +
      'the graph it is cited for (retracted ones left out), a page at a time.',
  })
  async supports(
    @Root() source: Source,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Support>> {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const after = decodeCursor(args.after);
    const { total, page } = await supportsPage(
      ctx.db,
      source.id,
      supportAfter(after),
      first + 1,
      countedIn(info),
    );
    const items = page.slice(0, first).map((row): Support => ({
      citation: row.citation as unknown as CitationNode,
      entities: row.entities.map(toEntityNode),
      relations: row.relations.map((relation) => ({
        ...toRelationNode(
          { type: relation.type, source: relation.from, target: relation.to, props: relation.props },
          relation.from,
        ),
        other: toEntityNode(relation.other),
      })),
    }));
    return toPage(
      items,
      (item) => `${item.citation.start}|${item.citation.id}`,
      total ?? 0,
      page.length > first,
      after,
    );
  }
}
