import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';

import { KindListArgs } from '../graphql/page-args';

import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import { Person, PersonConnection } from '../graph/entity-types';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People, in id order or the order asked, under a where.' })
  people(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['PERSON'], page);
  }
}
