import { Field, ID, ObjectType } from 'type-graphql';
import { RelationFacets } from './list-facets';
import type { RelationType } from '../domain/relation-types';
import { Direction, RelationTypeEnum } from '../graphql/enums';
import { Connection } from '../graphql/connection';
import { Node } from './node.type';

@ObjectType({
  implements: Node,
  description:
    'A fact linking two entities, seen from the entity it was listed for: its type, which way it points, the ' +
    'entity at the other end, its time qualifiers (each a partial date at the precision the source gives), and ' +
    'the citations that state it.',
})
export class Relation {
  @Field(() => ID, {
    description: 'Stable id of the fact (a slug such as "taha-holds-oic-secretary-general").',
  })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation says.' })
  type!: RelationType;

  @Field(() => Direction, {
    description:
      'OUTGOING when the entity it was listed for is the source ("holds"), INCOMING when it is the target ("is held by").',
  })
  direction!: Direction;
}

@ObjectType({ description: 'A page of relations.' })
export class RelationConnection extends Connection(Relation, 'Relation') {
  @Field(() => RelationFacets, {
    description: 'Counts of the whole list (every page, under its filters) by type, kind and year.',
  })
  facets!: RelationFacets;
}
