import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgs } from '../graphql/page-args';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related } from '../graph/related';
import { Country, CountryConnection, Event, Place, PlaceConnection, Position } from '../graph/entity-types';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'Countries, in id order.' })
  countries(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['COUNTRY'], page);
  }

  @FieldResolver(() => [Position], { description: 'Offices of the state (its foreign minister).' })
  positions(@Root() country: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, country, 'POSITION_OF', 'INCOMING');
  }

  @FieldResolver(() => [Entity], { description: 'Missions accredited to it.' })
  accreditedHere(@Root() country: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, country, 'ACCREDITED_TO', 'INCOMING');
  }

  @FieldResolver(() => [Entity], { description: 'Events and documents about it or involving it.' })
  async subjectOf(@Root() country: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    const [concerning, involving] = await Promise.all([
      related(ctx, country, 'CONCERNS', 'INCOMING'),
      related(ctx, country, 'INVOLVES', 'INCOMING'),
    ]);
    return [...concerning, ...involving];
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places, in id order.' })
  places(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['PLACE'], page);
  }

  @FieldResolver(() => [Event], { description: 'What took place there.' })
  events(@Root() place: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, place, 'TOOK_PLACE_IN', 'INCOMING');
  }
}
