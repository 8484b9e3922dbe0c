import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { EventType, MeetingMode } from '../domain/kinds';
import { PageArgs } from '../graphql/page-args';
import { PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import { EventTypeEnum, MeetingModeEnum } from '../graphql/enums';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relatedOne, relationsOf, Related } from '../graph/related';
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
import { eventsByDate } from './events-by-date';
import { EventWhere } from './event-where.input';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      'Events, in id order; with where: {date}, the events dated within the range, in date order (first day, the ' +
      'coarser date first on a tie, then id). For everything that happened around an entity, ask timeline.',
  })
  events(
    @Args() page: PageArgs,
    @Arg('where', () => EventWhere, { nullable: true, description: 'Keep only the events that match.' })
    where: EventWhere | null,
    @Ctx() ctx: Context,
  ): Promise<Page<EntityNode>> {
    if (where?.date) return eventsByDate(ctx, where.date, page);
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
  @Related('TOOK_PLACE_IN', 'OUTGOING')
  place(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, event, info);
  }

  @FieldResolver(() => [Participation], {
    description: 'Who took part, with what the source says of each part.',
  })
  @Related('PARTICIPANT', 'OUTGOING')
  participants(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return relationsOf(ctx, event, info);
  }

  @FieldResolver(() => [Organization], { description: 'Who organised it, alone or jointly.' })
  @Related('ORGANISED_BY', 'OUTGOING')
  organisers(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who initiated it.' })
  @Related('INITIATED_BY', 'OUTGOING')
  initiatedBy(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, event, info);
  }

  @FieldResolver(() => [Event], { description: 'Events it came after, as the source orders them.' })
  @Related('FOLLOWS', 'OUTGOING')
  follows(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => [Event], { description: 'Events that came after it, as the source orders them.' })
  @Related('FOLLOWS', 'INCOMING')
  followedBy(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => [Entity], { description: 'What it is part of: a relationship, a series.' })
  @Related('PART_OF', 'OUTGOING')
  partOf(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The organ or series it is a meeting or session of.',
  })
  @Related('INSTANCE_OF', 'OUTGOING')
  instanceOf(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, event, info);
  }

  @FieldResolver(() => [Event], { description: 'For a series: its meetings.' })
  @Related('INSTANCE_OF', 'INCOMING')
  instances(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'What it is held alongside (the UN General Assembly week).',
  })
  @Related('HELD_DURING', 'OUTGOING')
  heldDuring(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, event, info);
  }

  @FieldResolver(() => [Entity], {
    description: 'What it is about (CONCERNS) and who it involves (INVOLVES).',
  })
  @Related(['CONCERNS', 'INVOLVES'], 'OUTGOING')
  subjects(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => [Topic], { description: 'Sectors in which the sides agreed to expand cooperation.' })
  @Related('AGREED_TO_EXPAND_COOPERATION_IN', 'OUTGOING')
  cooperationAreas(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => [Document], { description: 'Documents adopted at it.' })
  @Related('ADOPTED_AT', 'INCOMING')
  adopted(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements signed on its margins.' })
  @Related('SIGNED_AT', 'INCOMING')
  agreementsSigned(
    @Root() event: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, event, info);
  }
}
