import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { Relation } from '../graph/relation.type';

@ObjectType({ description: 'One step of a path: from one entity to the next, by one relation.' })
export class PathStep {
  @Field(() => Entity, { description: 'The entity the step leaves.' })
  from!: EntityNode;

  @Field(() => Entity, { description: 'The entity the step reaches.' })
  to!: EntityNode;

  @Field(() => Relation, {
    description:
      'The relation walked, seen from `from`: OUTGOING when walked the way it points, INCOMING when walked backwards.',
  })
  relation!: RelationNode;
}

@ObjectType({
  description: 'A chain of relations linking two entities, in order from the first to the last.',
})
export class Path {
  @Field(() => Int, { description: 'Number of relations walked.' })
  length!: number;

  @Field(() => [Entity], { description: 'The entities on the path, in order, both ends included.' })
  nodes!: EntityNode[];

  @Field(() => [PathStep], { description: 'The steps, in order.' })
  steps!: PathStep[];
}

@ObjectType({ description: 'The entities within some hops of one entity, and the relations between them.' })
export class Subgraph {
  @Field(() => Entity, { description: 'The entity at the centre.' })
  center!: EntityNode;

  @Field(() => Int, { description: 'How many hops out it reaches.' })
  hops!: number;

  @Field(() => [Entity], { description: 'Every entity reached, the centre first, then by distance and id.' })
  nodes!: EntityNode[];

  @Field(() => [Relation], { description: 'Every relation walked, each once, seen from its source.' })
  relations!: RelationNode[];

  @Field({
    description:
      'True when an entity had more relations than are followed from one entity, so some were left out.',
  })
  truncated!: boolean;
}
