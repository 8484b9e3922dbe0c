import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Agreement } from '../document/document.types';
import { PartialDate } from '../graph/date.types';
import { FactFields } from '../graph/fact-fields';
import { sourceOf, targetOf, type EntityNode, type RelationNode } from '../graph/graph.nodes';
import { dateProp, titleProp } from '../graph/props';
import { OfficeTitle } from '../graph/values.types';
import { Position } from '../position/position.types';
import { Appointment, Person, Signature } from './person.types';

/** The office a fact is about (its role qualifier): appointed to what, signed as what. */
function roleOf(fact: RelationNode, ctx: Context): Promise<EntityNode | null> | null {
  return typeof fact.props.roleId === 'string' ? ctx.loaders.entity.load(fact.props.roleId) : null;
}

@Resolver(() => Appointment)
export class AppointmentResolver extends FactFields(Appointment) {
  @FieldResolver(() => Person, { description: 'Who made the appointment.' })
  appointer(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(fact));
  }

  @FieldResolver(() => Person, { description: 'Who was appointed.' })
  appointee(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(fact));
  }

  @FieldResolver(() => Position, { nullable: true, description: 'To what office.' })
  position(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    return roleOf(fact, ctx);
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  date(@Root() fact: RelationNode): PartialDate | null {
    return dateProp(fact.props, 'date');
  }
}

@Resolver(() => Signature)
export class SignatureResolver extends FactFields(Signature) {
  @FieldResolver(() => Person, { description: 'Who signed.' })
  signatory(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(fact));
  }

  @FieldResolver(() => Agreement, { description: 'What was signed.' })
  agreement(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(fact));
  }

  @FieldResolver(() => Position, {
    nullable: true,
    description: 'In what capacity (the office the signatory held).',
  })
  capacity(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    return roleOf(fact, ctx);
  }

  @FieldResolver(() => OfficeTitle, {
    nullable: true,
    description:
      'The title under which the source shows the signatory, in its own words: Mogherini signed as "High ' +
      'Representative / Vice-President", Madani as "the Secretary-General".',
  })
  title(@Root() fact: RelationNode): OfficeTitle | null {
    return titleProp(fact.props);
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  date(@Root() fact: RelationNode): PartialDate | null {
    return dateProp(fact.props, 'date');
  }
}
