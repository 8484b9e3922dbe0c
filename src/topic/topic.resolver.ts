import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { KindListArgs } from '../graphql/page-args';

import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import { Topic, TopicConnection } from '../graph/entity-types';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, {
    description: 'Topics and areas of cooperation, in id order or the order asked, under a where.',
  })
  topics(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['TOPIC'], page);
  }
}
