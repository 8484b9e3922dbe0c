import { ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graphql/connection';

@ObjectType({ implements: Entity, description: 'A state.' })
export class Country extends Entity {}

@ObjectType({ implements: Entity, description: 'A city or other place where something happened.' })
export class Place extends Entity {}

@ObjectType({ description: 'A page of countries, in id order.' })
export class CountryConnection extends Connection(Country, 'Country') {}

@ObjectType({ description: 'A page of places, in id order.' })
export class PlaceConnection extends Connection(Place, 'Place') {}
