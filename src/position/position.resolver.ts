import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { PartialDate } from '../domain/partial-date';
import { KindListArgs } from '../graphql/page-args';
import { DateTextScalar } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relatedOne, relationsOf, Related } from '../graph/related';
import { chronological } from '../graph/tenures';
import { Position, PositionConnection } from '../graph/entity-types';
import { Accreditation, Tenure } from '../graph/fact-types';

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, {
    description: 'Positions (offices), in id order or the order asked, under a where.',
  })
  positions(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['POSITION'], page);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'What the office belongs to: an organisation, organ, mission or country (POSITION_OF).',
  })
  @Related('POSITION_OF', 'OUTGOING')
  organization(
    @Root() position: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, position, info);
  }

  @FieldResolver(() => [Entity], {
    description: 'Where the office is accredited (the EU Representative to the OIC: the OIC).',
  })
  @Related('ACCREDITED_TO', 'OUTGOING')
  accreditedTo(
    @Root() position: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, position, info);
  }

  @FieldResolver(() => [Entity], { description: 'Who accredited a holder of this office (ACCREDITED).' })
  @Related('ACCREDITED', 'INCOMING')
  accreditedBy(
    @Root() position: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, position, info);
  }

  @FieldResolver(() => [Accreditation], {
    description:
      'Accreditations of holders of this office (ACCREDITED), each with who accredited, when, and where the ' +
      'office is accredited to: the EU accredited its Head of Delegation to the OIC in 2016.',
  })
  @Related('ACCREDITED', 'INCOMING')
  accreditations(
    @Root() position: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return relationsOf(ctx, position, info);
  }

  @FieldResolver(() => [Tenure], {
    description:
      'Who held the office, in the order their tenures began. With at: only those in office on that date. A ' +
      'tenure counts from its start of office, or from the appointment when the source gives no separate start ' +
      '(so someone appointed but not yet in office is not a holder), to its end; or at the date the source ' +
      'attests it. Dates compare at the coarser precision: at "2021-11" includes someone in office from ' +
      '2021-11-17, at "2021-11-16" does not. A tenure with no date (one the source only calls "former") has no ' +
      'known period and is left out when at is given. Each tenure says how sure it is in its basis: at "2024" ' +
      'the EU Representative to the OIC is Patrick Simonnet, appointed in 2020-09 with no end known ' +
      '(APPOINTED_NO_END_KNOWN).',
  })
  @Related('HOLDS', 'INCOMING', { at: 'at' })
  async holders(
    @Root() position: EntityNode,
    @Arg('at', () => DateTextScalar, {
      nullable: true,
      description: 'The date to ask about: "2021", "2021-11" or "2021-11-17".',
    })
    at: PartialDate | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return chronological(await relationsOf(ctx, position, info, { at }), at);
  }
}
