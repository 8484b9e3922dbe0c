import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { KindListArgs } from '../graphql/page-args';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, Related } from '../graph/related';
import { Country, CountryConnection, Event, Place, PlaceConnection, Position } from '../graph/entity-types';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, {
    description: 'Countries, in id order or the order asked, under a where.',
  })
  countries(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['COUNTRY'], page);
  }

  @FieldResolver(() => [Position], { description: 'Offices of the state (its foreign minister).' })
  @Related('POSITION_OF', 'INCOMING')
  positions(
    @Root() country: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, country, info);
  }

  @FieldResolver(() => [Entity], { description: 'Missions accredited to it.' })
  @Related('ACCREDITED_TO', 'INCOMING')
  accreditedHere(
    @Root() country: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, country, info);
  }

  @FieldResolver(() => [Entity], { description: 'Events and documents about it or involving it.' })
  @Related(['CONCERNS', 'INVOLVES'], 'INCOMING')
  subjectOf(
    @Root() country: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, country, info);
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places, in id order or the order asked, under a where.' })
  places(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['PLACE'], page);
  }

  @FieldResolver(() => [Event], { description: 'What took place there.' })
  @Related('TOOK_PLACE_IN', 'INCOMING')
  events(
    @Root() place: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, place, info);
  }
}
