import { Field, ObjectType, registerEnumType } from 'type-graphql';
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

@ObjectType({ description: `What happened around an entity, in date order. ${ORDERING_RULE}` })
export class Timeline {
  @Field(() => Entity, { description: 'The entity the timeline is of.' })
  entity!: EntityNode;

  @Field(() => [TimelineEntry], {
    description:
      'Dated entries, in order: the events, agreements and documents of the entity and of its organs, positions, ' +
      'missions and parts, and the dated facts about them (appointments, openings, accreditations).',
  })
  entries!: TimelineEntry[];

  @Field(() => [Entity], { description: 'Recurring events: they have a rhythm, not a date.' })
  recurring!: EntityNode[];

  @Field(() => [Entity], {
    description: 'Events the source neither dates nor places; empty when from or to is given.',
  })
  undated!: EntityNode[];
}
