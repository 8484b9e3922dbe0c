import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { related, relatedOne, relationsOf, Related } from '../graph/related';
import { Mission, Organization, Position } from '../graph/entity-types';

@Resolver(() => Mission)
export class MissionResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation it represents (MISSION_OF).',
  })
  @Related('MISSION_OF', 'OUTGOING')
  organization(
    @Root() mission: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, mission, info);
  }

  @FieldResolver(() => [Entity], { description: 'The organisations or countries it is accredited to.' })
  @Related('ACCREDITED_TO', 'OUTGOING')
  accreditedTo(
    @Root() mission: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, mission, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who opened it (OPENED).' })
  @Related('OPENED', 'INCOMING')
  openedBy(
    @Root() mission: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, mission, info);
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it was opened, as precisely as the source says.',
  })
  @Related('OPENED', 'INCOMING')
  async openedOn(
    @Root() mission: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartialDate | null> {
    const [opening] = await relationsOf(ctx, mission, info);
    return opening ? (opening.qualifiers.date ?? null) : null;
  }

  @FieldResolver(() => [Position], { description: 'Offices of the mission, such as its head.' })
  @Related('POSITION_OF', 'INCOMING')
  positions(
    @Root() mission: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, mission, info);
  }
}
