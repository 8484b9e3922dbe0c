import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type';
import { Connection } from '../graphql/connection';

@ObjectType({ description: 'A page of entities, in id order.' })
export class EntityConnection extends Connection(Entity, 'Entity') {}
