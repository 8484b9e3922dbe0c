import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { ORDERING_RULE, PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { Relation } from '../graph/relation.type';
import type { EntryKind } from './build-timeline';

export const TimelineEntryKind: Record<EntryKind, EntryKind> = {
  EVENT: 'EVENT',
  AGREEMENT: 'AGREEMENT',
  DOCUMENT: 'DOCUMENT',
  INSTITUTIONALISED: 'INSTITUTIONALISED',
  APPOINTMENT: 'APPOINTMENT',
  TAKING_OFFICE: 'TAKING_OFFICE',
  LEAVING_OFFICE: 'LEAVING_OFFICE',
  IN_OFFICE: 'IN_OFFICE',
  FACT: 'FACT',
};
registerEnumType(TimelineEntryKind, {
  name: 'TimelineEntryKind',
  description: 'What a timeline entry records.',
  valuesConfig: {
    EVENT: { description: 'An event took place.' },
    AGREEMENT: { description: 'An agreement was signed.' },
    DOCUMENT: { description: 'A document was adopted or put forward.' },
    INSTITUTIONALISED: {
      description:
        "A series of meetings was institutionalised (the senior officials' meetings, in 2017). When the series " +
        'began is another matter, which the source may not say.',
    },
    APPOINTMENT: { description: 'Someone was appointed.' },
    TAKING_OFFICE: { description: 'Someone took office.' },
    LEAVING_OFFICE: { description: 'Someone left office.' },
    IN_OFFICE: { description: 'The source shows someone in office at that date.' },
    FACT: { description: 'Another dated fact: an opening, an accreditation, an adoption.' },
  },
});

@ObjectType({
  description:
    'One dated step in a timeline: an event, agreement or document (entity), or a dated fact (relation). An ' +
    'undated event the source places after or before a dated one has no date but notBefore or notAfter.',
})
export class TimelineEntry {
  @Field({ description: 'Opaque position of the entry in the timeline; pass it as after to read on.' })
  cursor!: string;

  @Field(() => TimelineEntryKind, { description: 'What the entry records.' })
  kind!: EntryKind;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'When, as precisely as the source says; null for an undated event.',
  })
  date!: PartialDate | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'For an undated event: the date of the event it came after.',
  })
  notBefore!: PartialDate | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'For an undated event: the date of the event it came before.',
  })
  notAfter!: PartialDate | null;

  @Field(() => Entity, {
    nullable: true,
    description: 'The event, agreement or document, when the entry is one.',
  })
  entity!: EntityNode | null;

  @Field(() => Relation, { nullable: true, description: 'The dated fact, when the entry is one.' })
  relation!: unknown;
}

@ObjectType({
  description:
    'How many dated entries of a timeline fall in a year, by the year of their own date: an event of "2016-04" ' +
    'counts in 2016, a fact dated only "2011" in 2011. An undated event placed by its neighbours counts nowhere.',
})
export class TimelineYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'How many entries of the window are dated in it.' })
  count!: number;
}

@ObjectType({
  description:
    `What happened around an entity, or in the whole graph, in date order, a page at a time. ${ORDERING_RULE} ` +
    'An undated event the source places after a dated one sorts just after it, one placed before just before it.',
})
export class Timeline {
  @Field(() => Entity, {
    nullable: true,
    description: "The entity the timeline is of; null for the whole graph's timeline.",
  })
  entity!: EntityNode | null;

  @Field(() => [TimelineEntry], {
    description:
      'The page of dated entries, in order: the events, agreements and documents of the entity and of its organs, ' +
      'positions, missions and parts, and the dated facts about them (appointments, openings, accreditations); ' +
      'for the whole graph, every dated event, agreement, document and fact. A dated fact is left out when an ' +
      "entry already stands for it (a signing on its agreement's date; a tenure's appointment, when the " +
      'appointment itself is an entry).',
  })
  entries!: TimelineEntry[];

  @Field(() => Int, { description: 'How many entries the window holds, across all pages.' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Where the page sits in the window: read on with after: endCursor.' })
  pageInfo!: PageInfo;

  @Field(() => [TimelineYear], {
    description: 'Entries of the window (all pages) by year, in year order; years without one are left out.',
  })
  years!: TimelineYear[];

  @Field(() => [Entity], { description: 'Recurring events: they have a rhythm, not a date.' })
  recurring!: EntityNode[];

  @Field(() => [Entity], {
    description: 'Events the source neither dates nor places; empty when from or to is given.',
  })
  undated!: EntityNode[];
}
