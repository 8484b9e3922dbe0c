import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import { PageArgs } from '../graphql/page-args';
import { Source } from './citation.types';
import { toSource } from './citation.resolver';
import { EntityConnection } from './entity-connection.type';
import { Entity } from './entity.type';
import { EntityKindEnum } from '../graphql/enums';
import type { EntityNode } from './graph.nodes';
import { listEntities } from './list';
import type { Page } from '../graphql/connection';
import { allSources } from './graph.repository';

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
    description: 'Entities of any kind, or of the kinds asked for, in id order.',
  })
  entities(
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description: 'Only these kinds; all when omitted.',
    })
    kinds: EntityKind[] | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<EntityNode>> {
    return listEntities(ctx, kinds?.length ? kinds : null, page);
  }

  @Query(() => [Source], { description: 'The source documents the graph cites.' })
  async sources(@Ctx() ctx: Context): Promise<Source[]> {
    return (await allSources(ctx.db)).map(toSource);
  }
}
