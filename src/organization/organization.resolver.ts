import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { KindListArgs } from '../graphql/page-args';

import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import {
  CommitteeConnection,
  MissionConnection,
  OrganConnection,
  Organization,
  OrganizationConnection,
} from '../graph/entity-types';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, {
    description: 'Organisations, in id order or the order asked, under a where.',
  })
  organizations(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['ORGANIZATION'], page);
  }

  @Query(() => OrganConnection, {
    name: 'organs',
    description: 'Organs of organisations, in id order or the order asked, under a where.',
  })
  listOrgans(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['ORGAN'], page);
  }

  @Query(() => CommitteeConnection, {
    name: 'committees',
    description: 'Committees, in id order or the order asked, under a where.',
  })
  listCommittees(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['COMMITTEE'], page);
  }

  @Query(() => MissionConnection, {
    name: 'missions',
    description: 'Diplomatic missions and delegations, in id order or the order asked, under a where.',
  })
  listMissions(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['MISSION'], page);
  }

  @FieldResolver(() => [String], { description: 'Its acronyms (OIC, EU, EEAS).' })
  acronyms(@Root() organization: EntityNode): string[] {
    return organization.aliases.filter((alias) => alias.kind === 'ACRONYM').map((alias) => alias.text);
  }
}
