import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graphql/connection';

@ObjectType({
  implements: Entity,
  description: 'A person named in a source, with the offices they held and what they did.',
})
export class Person extends Entity {}

@ObjectType({
  description: 'Someone appointing someone to an office: who, whom, to what, when, and the citations.',
})
export class Appointment {
  @Field({ description: 'Id of the APPOINTED fact.' })
  id!: string;
}

@ObjectType({ description: 'A person signing an agreement: in what capacity, when, and the citations.' })
export class Signature {
  @Field({ description: 'Id of the SIGNED fact.' })
  id!: string;
}

@ObjectType({ description: 'A page of people, in id order.' })
export class PersonConnection extends Connection(Person, 'Person') {}
