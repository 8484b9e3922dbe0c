import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { PartialDate } from '../domain/partial-date';
import { KindListArgs } from '../graphql/page-args';
import { DateTextScalar } from '../graphql/date.types';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relationsOf, Related } from '../graph/related';
import { chronological } from '../graph/tenures';
import { Event, Person, PersonConnection } from '../graph/entity-types';
import { Appointment, Signature, Tenure } from '../graph/fact-types';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People, in id order or the order asked, under a where.' })
  people(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['PERSON'], page);
  }

  @FieldResolver(() => [Tenure], {
    description:
      'Offices the person held, in the order they began; with at, only those held on that date (see Position.holders).',
  })
  @Related('HOLDS', 'OUTGOING', { at: 'at' })
  async tenures(
    @Root() person: EntityNode,
    @Arg('at', () => DateTextScalar, { nullable: true, description: 'Only offices held on this date.' })
    at: PartialDate | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return chronological(await relationsOf(ctx, person, info, { at }), at);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments this person made.' })
  @Related('APPOINTED', 'OUTGOING')
  appointmentsMade(
    @Root() person: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return relationsOf(ctx, person, info);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments of this person by someone else.' })
  @Related('APPOINTED', 'INCOMING')
  appointmentsReceived(
    @Root() person: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return relationsOf(ctx, person, info);
  }

  @FieldResolver(() => [Signature], { description: 'Agreements the person signed.' })
  @Related('SIGNED', 'OUTGOING')
  signatures(
    @Root() person: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return relationsOf(ctx, person, info);
  }

  @FieldResolver(() => [Event], { description: 'Initiatives and events this person started.' })
  @Related('INITIATED_BY', 'INCOMING')
  initiated(
    @Root() person: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, person, info);
  }
}
