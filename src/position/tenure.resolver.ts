import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PartialDate } from '../graphql/date.types';
import { sourceOf, targetOf, type EntityNode, type RelationNode } from '../graph/graph.nodes';
import { tenureBasis, type TenureBasis } from '../domain/tenure-basis';
import { TenureBasisEnum } from '../graphql/enums';
import type { OfficeTitleValue } from '../graph/decode';
import { OfficeTitle } from '../graphql/values.types';
import { FactFields } from '../graph/fact-fields';
import { readRelations, End, ReadsRelations } from '../graph/related';
import { Person, Position } from '../graph/entity-types';
import { Tenure } from '../graph/fact-types';

@Resolver(() => Tenure)
export class TenureResolver extends FactFields(Tenure) {
  @FieldResolver(() => Person, { description: 'Who held the office.' })
  @End('source')
  person(@Root() tenure: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(tenure));
  }

  @FieldResolver(() => Position, { description: 'The office.' })
  @End('target')
  position(@Root() tenure: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(tenure));
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When the holder was appointed.' })
  appointedOn(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.appointedOn ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When the holder took office, if the source says.',
  })
  inOfficeFrom(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.inOfficeFrom ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When the holder left office, if the source says.',
  })
  inOfficeUntil(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.inOfficeUntil ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'A date the source shows the holder in office, without start or end.',
  })
  attestedOn(@Root() tenure: RelationNode): PartialDate | null {
    return tenure.qualifiers.attestedOn ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the source calls the holder "former".' })
  former(@Root() tenure: RelationNode): boolean {
    return tenure.qualifiers.former;
  }

  @FieldResolver(() => TenureBasisEnum, {
    description:
      'How sure the tenure is. Asked with a date (holders(at:), tenures(at:)), relative to that date; without, of ' +
      'the tenure as a whole. The strongest evidence wins, in this order: IN_OFFICE_PER_SOURCE when the source ' +
      'states a start and an end of office, or the date shares a day with the stated start; ATTESTED_AT when the ' +
      'date shares a day with the date the source shows the holder in office (without a date: when that is all ' +
      'the source gives); TOOK_OFFICE_NO_END_KNOWN when office began, as stated, before the date and no end is ' +
      'given; APPOINTED_NO_END_KNOWN when only the appointment is given (the holder is counted from it); ' +
      'APPOINTED_END_KNOWN when the appointment and an end are given; FORMER_NO_DATES when the source only says ' +
      '"former"; NO_START_KNOWN otherwise. So at "2024" the EU Representative to the OIC is Patrick Simonnet, ' +
      'APPOINTED_NO_END_KNOWN: appointed in 2020-09, and the source says no more.',
  })
  basis(@Root() tenure: RelationNode): TenureBasis {
    return tenureBasis(tenure.qualifiers, tenure.asOf ?? null);
  }

  @FieldResolver(() => OfficeTitle, {
    nullable: true,
    description:
      'The title under which the source shows the person in this office, in its own words, and whether it ' +
      'includes Vice-President: Solana is only "the former High Representative". Null when the source words no ' +
      'title of its own for this holder.',
  })
  title(@Root() tenure: RelationNode): OfficeTitleValue | null {
    return tenure.qualifiers.title;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who appointed the holder to this office (an APPOINTED fact whose role is this position).',
  })
  // The holder's appointments (Person.appointmentsReceived), not the tenure's own relations.
  @ReadsRelations('source', 'APPOINTED', 'INCOMING')
  async appointedBy(
    @Root() tenure: RelationNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    const appointments = await readRelations(ctx, sourceOf(tenure), info);
    const appointment = appointments.find((relation) => relation.qualifiers.roleId === targetOf(tenure));
    return appointment ? ctx.loaders.entity.load(appointment.otherId) : null;
  }
}
