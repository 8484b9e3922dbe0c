import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgs } from '../graphql/page-args';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relatedOne } from '../graph/related';
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
  @Query(() => OrganizationConnection, { description: 'Organisations, in id order.' })
  organizations(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['ORGANIZATION'], page);
  }

  @Query(() => OrganConnection, { name: 'organs', description: 'Organs of organisations, in id order.' })
  listOrgans(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['ORGAN'], page);
  }

  @Query(() => CommitteeConnection, { name: 'committees', description: 'Committees, in id order.' })
  listCommittees(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['COMMITTEE'], page);
  }

  @Query(() => MissionConnection, {
    name: 'missions',
    description: 'Diplomatic missions and delegations, in id order.',
  })
  listMissions(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['MISSION'], page);
  }

  @FieldResolver(() => [String], { description: 'Its acronyms (OIC, EU, EEAS).' })
  acronyms(@Root() organization: EntityNode): string[] {
    return organization.aliases.filter((alias) => alias.kind === 'ACRONYM').map((alias) => alias.text);
  }

  @FieldResolver(() => [Organ], { description: 'Its principal organs (ORGAN_OF).' })
  organs(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'ORGAN_OF', 'INCOMING');
  }

  @FieldResolver(() => [Committee], { description: 'Committees it established (ESTABLISHED).' })
  committees(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'ESTABLISHED', 'OUTGOING');
  }

  @FieldResolver(() => [Position], { description: 'Offices of the organisation (POSITION_OF).' })
  positions(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'POSITION_OF', 'INCOMING');
  }

  @FieldResolver(() => [Mission], { description: 'Its diplomatic missions and delegations (MISSION_OF).' })
  missions(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'MISSION_OF', 'INCOMING');
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation it is a service of (SERVICE_OF).',
  })
  parent(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, organization, 'SERVICE_OF', 'OUTGOING');
  }

  @FieldResolver(() => [Organization], { description: "Its services (the EU's EEAS)." })
  services(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'SERVICE_OF', 'INCOMING');
  }

  @FieldResolver(() => [Entity], { description: 'Missions and offices accredited to it (ACCREDITED_TO).' })
  accreditedHere(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'ACCREDITED_TO', 'INCOMING');
  }

  @FieldResolver(() => [Document], { description: 'Documents it adopted (ADOPTED).' })
  adopted(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'ADOPTED', 'OUTGOING');
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements it is a party to (PARTY).' })
  agreements(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'PARTY', 'INCOMING');
  }

  @FieldResolver(() => [Event], { description: 'Events it took part in (PARTICIPANT).' })
  participatedIn(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'PARTICIPANT', 'INCOMING');
  }

  @FieldResolver(() => [Event], { description: 'Events it organised, alone or jointly (ORGANISED_BY).' })
  organised(@Root() organization: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, organization, 'ORGANISED_BY', 'INCOMING');
  }
}
