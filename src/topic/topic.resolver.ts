import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgs } from '../graphql/page-args';
import { Entity } from '../graph/entity.type';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related } from '../graph/related';
import { Document, Event, Organization, Topic, TopicConnection } from '../graph/entity-types';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: 'Topics and areas of cooperation, in id order.' })
  topics(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['TOPIC'], page);
  }

  @FieldResolver(() => [Organization], { description: 'For a relationship: its sides (the EU and the OIC).' })
  between(@Root() topic: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, topic, 'BETWEEN', 'OUTGOING');
  }

  @FieldResolver(() => [Entity], {
    description: 'What is part of it: for EU–OIC relations, its events and agreements.',
  })
  includes(@Root() topic: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, topic, 'PART_OF', 'INCOMING');
  }

  @FieldResolver(() => [Document], { description: 'Documents that focus on it.' })
  focusOf(@Root() topic: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, topic, 'FOCUSES_ON', 'INCOMING');
  }

  @FieldResolver(() => [Event], {
    description: 'Meetings at which the sides agreed to expand cooperation in it.',
  })
  cooperationAgreedAt(@Root() topic: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, topic, 'AGREED_TO_EXPAND_COOPERATION_IN', 'INCOMING');
  }

  @FieldResolver(() => [Entity], { description: 'Events and documents about it.' })
  subjectOf(@Root() topic: EntityNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return related(ctx, topic, 'CONCERNS', 'INCOMING');
  }
}
