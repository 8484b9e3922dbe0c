import type { ClassType } from 'type-graphql';
import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';
import { Connection } from '../graphql/connection';
import { EntityFacets } from './list-facets';

/** A connection of entities, with the facet counts of the whole list. */
export function EntityListConnection<T extends object>(
  itemType: ClassType<T> | (abstract new () => T),
  name: string,
) {
  @ObjectType()
  abstract class EntityListConnectionClass extends Connection(itemType, name) {
    @Field(() => EntityFacets, {
      description: 'Counts of the whole list (every page, under its where) by kind and by year.',
    })
    facets!: EntityFacets;
  }
  return EntityListConnectionClass;
}

@ObjectType({ description: 'A page of entities, in id order unless ordered otherwise.' })
export class EntityConnection extends EntityListConnection(Entity, 'Entity') {}
