import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { PartialDate } from '../graphql/date.types';

import type { EntityNode } from '../graph/graph.nodes';
import { readRelations, ReadsRelations } from '../graph/related';
import { Mission } from '../graph/entity-types';

@Resolver(() => Mission)
export class MissionResolver {
  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it was opened, as precisely as the source says (the date of the OPENED fact).',
  })
  @ReadsRelations('self', 'OPENED', 'INCOMING')
  async openedOn(
    @Root() mission: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartialDate | null> {
    const [opening] = await readRelations(ctx, mission.id, info);
    return opening ? (opening.qualifiers.date ?? null) : null;
  }
}
