import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EventType, MeetingMode } from '../domain/kinds';
import { PageArgs } from '../graphql/page-args';
import { PartialDate } from '../graphql/date.types';

import { EventTypeEnum, MeetingModeEnum } from '../graphql/enums';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import { LocalizedText, Recurrence } from '../graphql/values.types';
import { Event, EventConnection } from '../graph/entity-types';

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
}
