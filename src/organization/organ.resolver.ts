import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { EntityNode } from '../graph/graph.nodes';
import { related, relatedOne, Related } from '../graph/related';
import { LocalizedText, Recurrence } from '../graphql/values.types';
import { Committee, Document, Event, Organ, Organization, Position } from '../graph/entity-types';

@Resolver(() => Organ)
export class OrganResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation it is an organ of.' })
  @Related('ORGAN_OF', 'OUTGOING')
  organization(
    @Root() organ: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, organ, info);
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'Who sits in it.' })
  composition(@Root() organ: EntityNode): LocalizedText | null {
    return organ.attributes.composition ?? null;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'Its standing in the organisation ("the supreme authority").',
  })
  role(@Root() organ: EntityNode): LocalizedText | null {
    return organ.attributes.role ?? null;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'What it does.' })
  functions(@Root() organ: EntityNode): LocalizedText | null {
    return organ.attributes.functions ?? null;
  }

  @FieldResolver(() => Recurrence, { nullable: true, description: 'How often it meets, as the source says.' })
  meetingRhythm(@Root() organ: EntityNode): Recurrence | null {
    return organ.attributes.recurrence ?? null;
  }

  @FieldResolver(() => [Organ], { description: 'Organs whose decisions it implements.' })
  @Related('IMPLEMENTS_DECISIONS_OF', 'OUTGOING')
  implementsDecisionsOf(
    @Root() organ: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organ, info);
  }

  @FieldResolver(() => [Organ], { description: 'Organs that implement its decisions.' })
  @Related('IMPLEMENTS_DECISIONS_OF', 'INCOMING')
  decisionsImplementedBy(
    @Root() organ: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organ, info);
  }

  @FieldResolver(() => [Event], { description: 'Its meetings and sessions (the 13th Islamic Summit).' })
  @Related('INSTANCE_OF', 'INCOMING')
  sessions(
    @Root() organ: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organ, info);
  }

  @FieldResolver(() => [Document], {
    description:
      'Resolutions passed in it (RESOLUTION_OF), each with its date: the 2020 resolutions on Myanmar at the UN ' +
      'Human Rights Council.',
  })
  @Related('RESOLUTION_OF', 'INCOMING')
  resolutions(
    @Root() organ: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organ, info);
  }

  @FieldResolver(() => [Position], { description: 'Offices of the organ.' })
  @Related('POSITION_OF', 'INCOMING')
  positions(
    @Root() organ: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, organ, info);
  }
}

@Resolver(() => Committee)
export class CommitteeResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that established it.' })
  @Related('ESTABLISHED', 'INCOMING')
  establishedBy(
    @Root() committee: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, committee, info);
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'At what level it works ("almost all at ministerial level").',
  })
  level(@Root() committee: EntityNode): LocalizedText | null {
    return committee.attributes.level ?? null;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'Who chairs it ("a number of them, heads of state").',
  })
  chairs(@Root() committee: EntityNode): LocalizedText | null {
    return committee.attributes.chairs ?? null;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'What it is for.' })
  purpose(@Root() committee: EntityNode): LocalizedText | null {
    return committee.attributes.purpose ?? null;
  }
}
