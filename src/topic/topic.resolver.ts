import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { KindListArgs } from '../graphql/page-args';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, Related } from '../graph/related';
import { Document, Event, Organization, Topic, TopicConnection } from '../graph/entity-types';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, {
    description: 'Topics and areas of cooperation, in id order or the order asked, under a where.',
  })
  topics(@Args() page: KindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['TOPIC'], page);
  }

  @FieldResolver(() => [Organization], { description: 'For a relationship: its sides (the EU and the OIC).' })
  @Related('BETWEEN', 'OUTGOING')
  between(
    @Root() topic: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, topic, info);
  }

  @FieldResolver(() => [Entity], {
    description: 'What is part of it: for EU–OIC relations, its events and agreements.',
  })
  @Related('PART_OF', 'INCOMING')
  includes(
    @Root() topic: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, topic, info);
  }

  @FieldResolver(() => [Document], { description: 'Documents that focus on it.' })
  @Related('FOCUSES_ON', 'INCOMING')
  focusOf(
    @Root() topic: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, topic, info);
  }

  @FieldResolver(() => [Event], {
    description: 'Meetings at which the sides agreed to expand cooperation in it.',
  })
  @Related('AGREED_TO_EXPAND_COOPERATION_IN', 'INCOMING')
  cooperationAgreedAt(
    @Root() topic: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, topic, info);
  }

  @FieldResolver(() => [Entity], { description: 'Events and documents about it.' })
  @Related('CONCERNS', 'INCOMING')
  subjectOf(
    @Root() topic: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, topic, info);
  }
}
