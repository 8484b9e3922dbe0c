import { ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graphql/connection';

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

@ObjectType({ description: 'A page of organisations, in id order.' })
export class OrganizationConnection extends Connection(Organization, 'Organization') {}

@ObjectType({ description: 'A page of organs, in id order.' })
export class OrganConnection extends Connection(Organ, 'Organ') {}

@ObjectType({ description: 'A page of committees, in id order.' })
export class CommitteeConnection extends Connection(Committee, 'Committee') {}

@ObjectType({ description: 'A page of missions, in id order.' })
export class MissionConnection extends Connection(Mission, 'Mission') {}
