import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import { FactFields } from '../graph/fact-fields';
import { sourceOf, targetOf, type EntityNode, type RelationNode } from '../graph/graph.nodes';
import { readRelations, End, ReadsRelations } from '../graph/related';
import { loadAll } from '../graph/graph.loaders';
import { Position } from '../graph/entity-types';
import { Accreditation } from '../graph/fact-types';

@Resolver(() => Accreditation)
export class AccreditationResolver extends FactFields(Accreditation) {
  @FieldResolver(() => Entity, { description: 'Who accredited the holder.' })
  @End('source')
  accreditedBy(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(fact));
  }

  @FieldResolver(() => Position, { description: 'The office whose holder was accredited.' })
  @End('target')
  position(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(fact));
  }

  @FieldResolver(() => [Entity], {
    description: 'Where the office is accredited to (its ACCREDITED_TO facts): the OIC.',
  })
  // The office's own ACCREDITED_TO facts, as Position.accreditedTo reads them.
  @ReadsRelations('target', 'ACCREDITED_TO', 'OUTGOING')
  async accreditedTo(
    @Root() fact: RelationNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    const accreditations = await readRelations(ctx, targetOf(fact), info);
    return loadAll(
      ctx.loaders.entity,
      accreditations.map((relation) => relation.otherId),
    );
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  date(@Root() fact: RelationNode): PartialDate | null {
    return fact.qualifiers.date ?? null;
  }
}
