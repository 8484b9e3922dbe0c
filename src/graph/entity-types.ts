import { ObjectType } from 'type-graphql';
import { EntityListConnection } from './entity-connection.type';
import { Entity } from './entity.type';

/**
 * The concrete entity types, one per kind, and a connection of each. They live beside the Entity
 * interface so that every typed view (organization/, position/, ...) can name any of them as a
 * return type without importing another concept's folder. Their fields are added by the
 * resolvers of those folders.
 */

@ObjectType({
  implements: Entity,
  description:
    'An international organisation, a union of states or one of its services: the OIC, the EU, the EEAS, the UN.',
})
export class Organization extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'A principal organ of an organisation, with its composition, standing, functions and meeting rhythm.',
})
export class Organ extends Entity {}

@ObjectType({
  implements: Entity,
  description: 'A committee, or group of committees, set up by an organisation.',
})
export class Committee extends Entity {}

@ObjectType({ implements: Entity, description: 'A diplomatic mission or delegation of an organisation.' })
export class Mission extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'An office people hold: the OIC Secretary-General, the EU High Representative, the EU Representative to the ' +
    'OIC. Ask holders(at:) who held it on a date.',
})
export class Position extends Entity {}

@ObjectType({
  implements: Entity,
  description: 'A person named in a source, with the offices they held and what they did.',
})
export class Person extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'Something that happened or recurs: a summit, a visit, talks, a dialogue, a meeting or a series of them, a ' +
    'forum, a crisis. Its date is as precise as the source; a recurring one has a rhythm instead of a date.',
})
export class Event extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'A signed agreement, such as the 2015 EU–OIC memorandum of understanding: who signed, where, when, for what.',
})
export class Agreement extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'An adopted text: a programme of action, resolutions. Who adopted or put it forward, when, and what it focuses on.',
})
export class Document extends Entity {}

@ObjectType({ implements: Entity, description: 'A state.' })
export class Country extends Entity {}

@ObjectType({ implements: Entity, description: 'A city or other place where something happened.' })
export class Place extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'A subject, an area of cooperation, or a relationship (EU–OIC relations) that facts are about.',
})
export class Topic extends Entity {}

@ObjectType({ description: 'A page of organisations, in id order.' })
export class OrganizationConnection extends EntityListConnection(Organization, 'Organization') {}

@ObjectType({ description: 'A page of organs, in id order.' })
export class OrganConnection extends EntityListConnection(Organ, 'Organ') {}

@ObjectType({ description: 'A page of committees, in id order.' })
export class CommitteeConnection extends EntityListConnection(Committee, 'Committee') {}

@ObjectType({ description: 'A page of missions, in id order.' })
export class MissionConnection extends EntityListConnection(Mission, 'Mission') {}

@ObjectType({ description: 'A page of positions, in id order.' })
export class PositionConnection extends EntityListConnection(Position, 'Position') {}

@ObjectType({ description: 'A page of people, in id order.' })
export class PersonConnection extends EntityListConnection(Person, 'Person') {}

@ObjectType({ description: 'A page of events, in id order.' })
export class EventConnection extends EntityListConnection(Event, 'Event') {}

@ObjectType({ description: 'A page of agreements, in id order.' })
export class AgreementConnection extends EntityListConnection(Agreement, 'Agreement') {}

@ObjectType({ description: 'A page of documents, in id order.' })
export class DocumentConnection extends EntityListConnection(Document, 'Document') {}

@ObjectType({ description: 'A page of countries, in id order.' })
export class CountryConnection extends EntityListConnection(Country, 'Country') {}

@ObjectType({ description: 'A page of places, in id order.' })
export class PlaceConnection extends EntityListConnection(Place, 'Place') {}

@ObjectType({ description: 'A page of topics, in id order.' })
export class TopicConnection extends EntityListConnection(Topic, 'Topic') {}
