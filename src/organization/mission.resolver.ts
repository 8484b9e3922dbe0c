import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { related, relatedOne, relationsOf } from '../graph/related';
import { Mission, Organization, Position } from '../graph/entity-types';

@Resolver(() => Mission)
export class MissionResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation it represents (MISSION_OF).',
  })
  organization(@Root() mission: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, mission, 'MISSION_OF', 'OUTGOING');
  }

  @FieldResolver(() => [Entity], { description: 'The organisations or countries it is accredited to.' })
  accreditedTo(@Root() mission: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, mission, 'ACCREDITED_TO', 'OUTGOING');
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who opened it (OPENED).' })
  openedBy(@Root() mission: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, mission, 'OPENED', 'INCOMING');
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it was opened, as precisely as the source says.',
  })
  async openedOn(@Root() mission: EntityNode, @Ctx() ctx: Context): Promise<PartialDate | null> {
    const [opening] = await relationsOf(ctx, mission, 'OPENED', 'INCOMING');
    return opening ? (opening.qualifiers.date ?? null) : null;
  }

  @FieldResolver(() => [Position], { description: 'Offices of the mission, such as its head.' })
  positions(@Root() mission: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, mission, 'POSITION_OF', 'INCOMING');
  }
}
