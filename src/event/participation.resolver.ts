import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { End, endEntity } from '../graph/related';
import { Entity } from '../graph/entity.type';
import { FactFields } from '../graph/fact-fields';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { Participation } from '../graph/fact-types';

@Resolver(() => Participation)
export class ParticipationResolver extends FactFields(Participation) {
  @FieldResolver(() => Entity, { description: 'Who took part: an organisation, an office, a person.' })
  @End('other')
  participant(@Root() fact: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, fact, 'other');
  }
}
