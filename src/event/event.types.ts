import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graphql/connection';

@ObjectType({
  implements: Entity,
  description:
    'Something that happened or recurs: a summit, a visit, talks, a dialogue, a meeting or a series of them, a ' +
    'forum, a crisis. Its date is as precise as the source; a recurring one has a rhythm instead of a date.',
})
export class Event extends Entity {}

@ObjectType({ description: 'An entity taking part in an event, with what the source says of its part.' })
export class Participation {
  @Field({ description: 'Id of the PARTICIPANT fact.' })
  id!: string;
}

@ObjectType({ description: 'A page of events, in id order.' })
export class EventConnection extends Connection(Event, 'Event') {}
