import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { KindListArgs } from '../graphql/page-args';

import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import { Country, CountryConnection, Place, PlaceConnection } from '../graph/entity-types';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, {
    description: 'Countries, in id order or the order asked, under a where.',
  })
  countries(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['COUNTRY'], page);
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places, in id order or the order asked, under a where.' })
  places(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['PLACE'], page);
  }
}
