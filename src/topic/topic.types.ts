import { ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graphql/connection';

@ObjectType({
  implements: Entity,
  description:
    'A subject, an area of cooperation, or a relationship (EU–OIC relations) that facts are about.',
})
export class Topic extends Entity {}

@ObjectType({ description: 'A page of topics, in id order.' })
export class TopicConnection extends Connection(Topic, 'Topic') {}
