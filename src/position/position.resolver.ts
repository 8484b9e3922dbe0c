import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';

import { KindListArgs } from '../graphql/page-args';

import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import { Position, PositionConnection } from '../graph/entity-types';

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, {
    description: 'Positions (offices), in id order or the order asked, under a where.',
  })
  positions(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['POSITION'], page);
  }
}
