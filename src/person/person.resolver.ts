import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import { PageArgs } from '../graphql/page-args';
import { DateTextScalar } from '../graphql/date.types';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relationsOf, TYPED_LIST_LIMIT } from '../graph/related';
import { chronological } from '../graph/tenures';
import { Event, Person, PersonConnection } from '../graph/entity-types';
import { Appointment, Signature, Tenure } from '../graph/fact-types';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People, in id order.' })
  people(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['PERSON'], page);
  }

  @FieldResolver(() => [Tenure], {
    description:
      'Offices the person held, in the order they began; with at, only those held on that date (see Position.holders).',
  })
  async tenures(
    @Root() person: EntityNode,
    @Arg('at', () => DateTextScalar, { nullable: true, description: 'Only offices held on this date.' })
    at: PartialDate | null,
    @Ctx() ctx: Context,
  ): Promise<RelationNode[]> {
    const page = await ctx.loaders.relations.load({
      id: person.id,
      filter: {
        types: ['HOLDS'],
        direction: 'OUTGOING',
        at: at ? { start: firstDay(at), end: lastDay(at) } : null,
        after: null,
        first: TYPED_LIST_LIMIT,
      },
    });
    return chronological(page.relations, at);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments this person made.' })
  appointmentsMade(@Root() person: EntityNode, @Ctx() ctx: Context): Promise<RelationNode[]> {
    return relationsOf(ctx, person, 'APPOINTED', 'OUTGOING');
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments of this person by someone else.' })
  appointmentsReceived(@Root() person: EntityNode, @Ctx() ctx: Context): Promise<RelationNode[]> {
    return relationsOf(ctx, person, 'APPOINTED', 'INCOMING');
  }

  @FieldResolver(() => [Signature], { description: 'Agreements the person signed.' })
  signatures(@Root() person: EntityNode, @Ctx() ctx: Context): Promise<RelationNode[]> {
    return relationsOf(ctx, person, 'SIGNED', 'OUTGOING');
  }

  @FieldResolver(() => [Event], { description: 'Initiatives and events this person started.' })
  initiated(@Root() person: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, person, 'INITIATED_BY', 'INCOMING');
  }
}
