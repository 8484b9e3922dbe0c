import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EventType, MeetingMode } from '../dataset/vocabulary';
import { Agreement, Document } from '../document/document.types';
import { PageArgs } from '../graph/args';
import { PartialDate } from '../graph/date.types';
import { Entity } from '../graph/entity.type';
import { EventTypeEnum, MeetingModeEnum } from '../graph/enums';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graph/pagination';
import { dateProp, recurrenceProp, textProp } from '../graph/props';
import { related, relatedOne, relationsOf } from '../graph/related';
import { LocalizedText, Recurrence } from '../graph/values.types';
import { Organization } from '../organization/organization.types';
import { Person } from '../person/person.types';
import { Topic } from '../topic/topic.types';
import { Event, EventConnection, Participation } from './event.types';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events, in id order (for date order, ask timeline).' })
  events(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['EVENT'], page);
  }

  @FieldResolver(() => EventTypeEnum, { nullable: true, description: 'What sort of event it is.' })
  eventType(@Root() event: EntityNode): EventType | null {
    return (event.props.eventType as EventType | undefined) ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it took place, as precisely as the source says.',
  })
  date(@Root() event: EntityNode): PartialDate | null {
    return dateProp(event.props, 'date');
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      'For a series: when it was institutionalised, as the source says ("since 2017" for the senior officials\' ' +
      'meetings). Not when the series began: the source may not say, and then nothing here does.',
  })
  institutionalisedIn(@Root() event: EntityNode): PartialDate | null {
    return dateProp(event.props, 'institutionalised');
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Its number in a series: 13 for the 13th summit, 1 for a first.',
  })
  ordinal(@Root() event: EntityNode): number | null {
    return (event.props.ordinal as number | undefined) ?? null;
  }

  @FieldResolver(() => MeetingModeEnum, {
    nullable: true,
    description: 'How it was held, when the source says.',
  })
  mode(@Root() event: EntityNode): MeetingMode | null {
    return (event.props.mode as MeetingMode | undefined) ?? null;
  }

  @FieldResolver(() => Recurrence, {
    nullable: true,
    description: 'How often it recurs, for a recurring event.',
  })
  recurrence(@Root() event: EntityNode): Recurrence | null {
    return recurrenceProp(event.props);
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'What was agreed or decided.' })
  outcome(@Root() event: EntityNode): LocalizedText | null {
    return textProp(event.props, 'outcome');
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Where it took place (TOOK_PLACE_IN).' })
  place(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, event, 'TOOK_PLACE_IN', 'OUTGOING');
  }

  @FieldResolver(() => [Participation], {
    description: 'Who took part, with what the source says of each part.',
  })
  participants(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<RelationNode[]> {
    return relationsOf(ctx, event, 'PARTICIPANT', 'OUTGOING');
  }

  @FieldResolver(() => [Organization], { description: 'Who organised it, alone or jointly.' })
  organisers(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'ORGANISED_BY', 'OUTGOING');
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who initiated it.' })
  initiatedBy(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, event, 'INITIATED_BY', 'OUTGOING');
  }

  @FieldResolver(() => [Event], { description: 'Events it came after, as the source orders them.' })
  follows(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'FOLLOWS', 'OUTGOING');
  }

  @FieldResolver(() => [Event], { description: 'Events that came after it, as the source orders them.' })
  followedBy(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'FOLLOWS', 'INCOMING');
  }

  @FieldResolver(() => [Entity], { description: 'What it is part of: a relationship, a series.' })
  partOf(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'PART_OF', 'OUTGOING');
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The organ or series it is a meeting or session of.',
  })
  instanceOf(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, event, 'INSTANCE_OF', 'OUTGOING');
  }

  @FieldResolver(() => [Event], { description: 'For a series: its meetings.' })
  instances(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'INSTANCE_OF', 'INCOMING');
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'What it is held alongside (the UN General Assembly week).',
  })
  heldDuring(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return relatedOne(ctx, event, 'HELD_DURING', 'OUTGOING');
  }

  @FieldResolver(() => [Entity], {
    description: 'What it is about (CONCERNS) and who it involves (INVOLVES).',
  })
  async subjects(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    const [concerns, involves] = await Promise.all([
      related(ctx, event, 'CONCERNS', 'OUTGOING'),
      related(ctx, event, 'INVOLVES', 'OUTGOING'),
    ]);
    return [...concerns, ...involves];
  }

  @FieldResolver(() => [Topic], { description: 'Sectors in which the sides agreed to expand cooperation.' })
  cooperationAreas(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'AGREED_TO_EXPAND_COOPERATION_IN', 'OUTGOING');
  }

  @FieldResolver(() => [Document], { description: 'Documents adopted at it.' })
  adopted(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'ADOPTED_AT', 'INCOMING');
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements signed on its margins.' })
  agreementsSigned(@Root() event: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, event, 'SIGNED_AT', 'INCOMING');
  }
}
