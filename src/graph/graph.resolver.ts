import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import { PageArgs } from '../graphql/page-args';
import { EntityWhere, ListOrder } from '../graphql/list.types';
import type { EntityFacets } from './list-facets';
import { Citation, Source } from './citation.types';
import { toSource } from './citation.resolver';
import { EntityConnection } from './entity-connection.type';
import { Entity } from './entity.type';
import { EntityKindEnum } from '../graphql/enums';
import type { CitationNode, EntityNode, RelationNode } from './graph.nodes';
import { Relation } from './relation.type';
import { listEntities } from './list';
import type { Page } from '../graphql/connection';

@Resolver()
export class GraphResolver {
  @Query(() => Entity, {
    nullable: true,
    description: 'The entity with this id, of whatever kind; null when there is none.',
  })
  entity(
    @Arg('id', () => ID, { description: 'Its stable id, e.g. "oic-secretary-general".' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(id);
  }

  @Query(() => EntityConnection, {
    description:
      'Entities of any kind, or of the kinds asked for, in id order or the order asked, under a where; with the ' +
      'total and facet counts of the whole filtered list.',
  })
  entities(
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description: 'Only these kinds; all when omitted.',
    })
    kinds: EntityKind[] | null,
    @Arg('where', () => EntityWhere, { nullable: true, description: 'Keep only the entities that match.' })
    where: EntityWhere | null,
    @Arg('orderBy', () => ListOrder, {
      nullable: true,
      description: 'The order of the list; by id when omitted.',
    })
    orderBy: ListOrder | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<EntityNode> & { facets: EntityFacets }> {
    return listEntities(ctx, kinds?.length ? kinds : null, { ...page, where, orderBy });
  }

  @Query(() => Relation, {
    nullable: true,
    description:
      'The relation with this id, seen from its source (direction OUTGOING, reading as the source would: "holds ' +
      'or held"); null when there is none or it was retracted.',
  })
  async relation(
    @Arg('id', () => ID, { description: 'Its stable id, e.g. "borrell-appointed-simonnet".' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<RelationNode | null> {
    const record = await ctx.loaders.node.load(id);
    return record?.kind === 'RELATION' ? record.relation : null;
  }

  @Query(() => Citation, {
    nullable: true,
    description: 'The citation with this id; null when there is none.',
  })
  async citation(
    @Arg('id', () => ID, {
      description: 'Its id: "<source>@<start>-<end>" for a quote, "note:…" for a curator\'s note.',
    })
    id: string,
    @Ctx() ctx: Context,
  ): Promise<CitationNode | null> {
    const record = await ctx.loaders.node.load(id);
    return record?.kind === 'CITATION' ? record.citation : null;
  }

  @Query(() => Source, {
    nullable: true,
    description: 'The source document with this id, alone (sources pages them all); null when there is none.',
  })
  async source(
    @Arg('id', () => ID, { description: 'Its id, e.g. "eeas-oic-structure-eu-relations-ar".' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Source | null> {
    const record = await ctx.loaders.node.load(id);
    return record?.kind === 'SOURCE' ? toSource(record.source) : null;
  }
}
