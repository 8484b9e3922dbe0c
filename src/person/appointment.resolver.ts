import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { End, endEntity, Stored } from '../graph/related';
import { PartialDate } from '../graphql/date.types';
import { FactFields } from '../graph/fact-fields';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { Agreement, Person, Position } from '../graph/entity-types';
import { Appointment, Signature } from '../graph/fact-types';
import { STORED, type OfficeTitleValue } from '../graph/decode';
import { OfficeTitle } from '../graphql/values.types';

/** The office a fact is about (its role qualifier): appointed to what, signed as what. */
function roleOf(fact: RelationNode, ctx: Context): Promise<EntityNode | null> | null {
  return fact.qualifiers.roleId === null ? null : ctx.loaders.entity.load(fact.qualifiers.roleId);
}

@Resolver(() => Appointment)
export class AppointmentResolver extends FactFields(Appointment) {
  @FieldResolver(() => Person, { description: 'Who made the appointment.' })
  @End('source')
  appointer(@Root() fact: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, fact, 'source');
  }

  @FieldResolver(() => Person, { description: 'Who was appointed.' })
  @End('target')
  appointee(@Root() fact: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, fact, 'target');
  }

  @FieldResolver(() => Position, { nullable: true, description: 'To what office.' })
  @Stored(...STORED.role)
  position(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    return roleOf(fact, ctx);
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  @Stored(...STORED.date)
  date(@Root() fact: RelationNode): PartialDate | null {
    return fact.qualifiers.date ?? null;
  }
}

@Resolver(() => Signature)
export class SignatureResolver extends FactFields(Signature) {
  @FieldResolver(() => Person, { description: 'Who signed.' })
  @End('source')
  signatory(@Root() fact: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, fact, 'source');
  }

  @FieldResolver(() => Agreement, { description: 'What was signed.' })
  @End('target')
  agreement(@Root() fact: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, fact, 'target');
  }

  @FieldResolver(() => Position, {
    nullable: true,
    description: 'In what capacity (the office the signatory held).',
  })
  @Stored(...STORED.role)
  capacity(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    return roleOf(fact, ctx);
  }

  @FieldResolver(() => OfficeTitle, {
    nullable: true,
    description:
      'The title under which the source shows the signatory, in its own words: Mogherini signed as "High ' +
      'Representative / Vice-President", Madani as "the Secretary-General".',
  })
  @Stored(...STORED.title)
  title(@Root() fact: RelationNode): OfficeTitleValue | null {
    return fact.qualifiers.title;
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  @Stored(...STORED.date)
  date(@Root() fact: RelationNode): PartialDate | null {
    return fact.qualifiers.date ?? null;
  }
}
