import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EventType, MeetingMode } from '../domain/kinds';
import { PageArgs } from '../graphql/page-args';
import { PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import { EventTypeEnum, MeetingModeEnum } from '../graphql/enums';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relatedOne, relationsOf } from '../graph/related';
import { LocalizedText, Recurrence } from '../graphql/values.types';
import {
  Agreement,
  Document,
  Event,
  EventConnection,
  Organization,
  Person,
  Topic,
} from '../graph/entity-types';
import { Participation } from '../graph/fact-types';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events, in id order (for date order, ask timeline).' })
  events(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['EVENT'], page);
  }

  @FieldResolver(() => EventTypeEnum, { nullable: true, description: 'What sort of event it is.' })
  eventType(@Root() event: EntityNode): EventType | null {
    return event.attributes.eventType ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it took place, as precisely as the source says.',
  })
  date(@Root() event: EntityNode): PartialDate | null {
    return event.attributes.date ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      'For a series: when it was institutionalised, as the source says ("since 2017" for the senior officials\' ' +
      'meetings). Not when the series began: the source may not say, and then nothing here does.',
  })
  institutionalisedIn(@Root() event: EntityNode): PartialDate | null {
    return event.attributes.institutionalised ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Its number in a series: 13 for the 13th summit, 1 for a first.',
  })
  ordinal(@Root() event: EntityNode): number | null {
    return event.attributes.ordinal ?? null;
  }

  @FieldResolver(() => MeetingModeEnum, {
    nullable: true,
    description: 'How it was held, when the source says.',
  })
  mode(@Root() event: EntityNode): MeetingMode | null {
    return event.attributes.mode ?? null;
  }

  @FieldResolver(() => Recurrence, {
    nullable: true,
    description: 'How often it recurs, for a recurring event.',
  })
  recurrence(@Root() event: EntityNode): Recurrence | null {
    return event.attributes.recurrence ?? null;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'What was agreed or decided.' })
  outcome(@Root() event: EntityNode): LocalizedText | null {
    return event.attributes.outcome ?? null;
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
