import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PartialDate } from '../graphql/date.types';
import { sourceOf, targetOf, type EntityNode, type RelationNode } from '../graph/graph.nodes';
import { FactFields } from '../graph/fact-fields';
import { relationsOf } from '../graph/related';
import { Person, Position } from '../graph/entity-types';
import { Tenure } from '../graph/fact-types';

@Resolver(() => Tenure)
export class TenureResolver extends FactFields(Tenure) {
  @FieldResolver(() => Person, { description: 'Who held the office.' })
  person(@Root() tenure: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(tenure));
  }

  @FieldResolver(() => Position, { description: 'The office.' })
  position(@Root() tenure: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(tenure));
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When the holder was appointed.' })
  appointedOn(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.appointedOn ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When the holder took office, if the source says.',
  })
  inOfficeFrom(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.inOfficeFrom ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When the holder left office, if the source says.',
  })
  inOfficeUntil(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.inOfficeUntil ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'A date the source shows the holder in office, without start or end.',
  })
  attestedOn(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.attestedOn ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the source calls the holder "former".' })
  former(@Root() tenure: RelationNode): boolean {
    return tenure.qualifiers.former;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who appointed the holder to this office (an APPOINTED fact whose role is this position).',
  })
  async appointedBy(@Root() tenure: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    const appointments = await relationsOf(ctx, { id: sourceOf(tenure) }, 'APPOINTED', 'INCOMING');
    const appointment = appointments.find((relation) => relation.qualifiers.roleId === targetOf(tenure));
    return appointment ? ctx.loaders.entity.load(appointment.otherId) : null;
  }
}
