import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { KindListArgs } from '../graphql/page-args';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relatedOne, Related } from '../graph/related';
import {
  Agreement,
  Committee,
  CommitteeConnection,
  Document,
  Event,
  Mission,
  MissionConnection,
  Organ,
  OrganConnection,
  Organization,
  OrganizationConnection,
  Position,
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

  @FieldResolver(() => [Organ], { description: 'Its principal organs (ORGAN_OF).' })
  @Related('ORGAN_OF', 'INCOMING')
  organs(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Committee], { description: 'Committees it established (ESTABLISHED).' })
  @Related('ESTABLISHED', 'OUTGOING')
  committees(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Position], { description: 'Offices of the organisation (POSITION_OF).' })
  @Related('POSITION_OF', 'INCOMING')
  positions(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Mission], { description: 'Its diplomatic missions and delegations (MISSION_OF).' })
  @Related('MISSION_OF', 'INCOMING')
  missions(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation it is a service of (SERVICE_OF).',
  })
  @Related('SERVICE_OF', 'OUTGOING')
  parent(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, organization, info);
  }

  @FieldResolver(() => [Organization], { description: "Its services (the EU's EEAS)." })
  @Related('SERVICE_OF', 'INCOMING')
  services(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Entity], { description: 'Missions and offices accredited to it (ACCREDITED_TO).' })
  @Related('ACCREDITED_TO', 'INCOMING')
  accreditedHere(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Document], { description: 'Documents it adopted (ADOPTED).' })
  @Related('ADOPTED', 'OUTGOING')
  adopted(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements it is a party to (PARTY).' })
  @Related('PARTY', 'INCOMING')
  agreements(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Event], { description: 'Events it took part in (PARTICIPANT).' })
  @Related('PARTICIPANT', 'INCOMING')
  participatedIn(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }

  @FieldResolver(() => [Event], { description: 'Events it organised, alone or jointly (ORGANISED_BY).' })
  @Related('ORGANISED_BY', 'INCOMING')
  organised(
    @Root() organization: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organization, info);
  }
}
