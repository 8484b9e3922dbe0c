import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { DocumentType } from '../domain/kinds';
import { DatedKindListArgs } from '../graphql/page-args';
import { PartialDate } from '../graphql/date.types';
import { Entity } from '../graph/entity.type';
import { DocumentTypeEnum } from '../graphql/enums';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';
import { related, relatedOne, relationsOf, Related } from '../graph/related';
import { LocalizedText } from '../graphql/values.types';
import {
  Agreement,
  AgreementConnection,
  Document,
  DocumentConnection,
  Event,
  Organ,
  Organization,
  Topic,
} from '../graph/entity-types';
import { Signature } from '../graph/fact-types';

/** Fields agreements and documents share, declared once for each of the two types. */
function WrittenTextFields(type: typeof Agreement | typeof Document) {
  @Resolver(() => type)
  abstract class WrittenTextResolver {
    @FieldResolver(() => DocumentTypeEnum, { nullable: true, description: 'What sort of text it is.' })
    documentType(@Root() text: EntityNode): DocumentType | null {
      return text.attributes.documentType ?? null;
    }

    @FieldResolver(() => PartialDate, {
      nullable: true,
      description: 'When it was signed or adopted, as precisely as the source says.',
    })
    date(@Root() text: EntityNode): PartialDate | null {
      return text.attributes.date ?? null;
    }

    @FieldResolver(() => LocalizedText, { nullable: true, description: 'What it is for.' })
    purpose(@Root() text: EntityNode): LocalizedText | null {
      return text.attributes.purpose ?? null;
    }

    @FieldResolver(() => [Entity], { description: 'What it is part of (EU–OIC relations).' })
    @Related('PART_OF', 'OUTGOING')
    partOf(
      @Root() text: EntityNode,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<EntityNode[]> {
      return related(ctx, text, info);
    }
  }
  return WrittenTextResolver;
}

@Resolver(() => Agreement)
export class AgreementResolver extends WrittenTextFields(Agreement) {
  @Query(() => AgreementConnection, {
    description: 'Agreements, in id order or the order asked, under a where.',
  })
  agreements(@Args() page: DatedKindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['AGREEMENT'], page);
  }

  @FieldResolver(() => [Signature], { description: 'Who signed it, in what capacity and when.' })
  @Related('SIGNED', 'INCOMING')
  signatories(
    @Root() agreement: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationNode[]> {
    return relationsOf(ctx, agreement, info);
  }

  @FieldResolver(() => [Organization], { description: 'The parties to it.' })
  @Related('PARTY', 'OUTGOING')
  parties(
    @Root() agreement: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, agreement, info);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event on whose margins it was signed.' })
  @Related('SIGNED_AT', 'OUTGOING')
  signedAt(
    @Root() agreement: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, agreement, info);
  }
}

@Resolver(() => Document)
export class DocumentResolver extends WrittenTextFields(Document) {
  @Query(() => DocumentConnection, {
    description: 'Documents (programmes, resolutions), in id order or the order asked, under a where.',
  })
  documents(@Args() page: DatedKindListArgs, @Ctx() ctx: Context): Promise<Page<EntityNode>> {
    return listEntities(ctx, ['DOCUMENT'], page);
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'Its breadth and emphasis.' })
  scope(@Root() document: EntityNode): LocalizedText | null {
    return document.attributes.scope ?? null;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'The period it covers ("the coming decade").',
  })
  horizon(@Root() document: EntityNode): LocalizedText | null {
    return document.attributes.horizon ?? null;
  }

  @FieldResolver(() => [Entity], { description: 'Who adopted it.' })
  @Related('ADOPTED', 'INCOMING')
  adoptedBy(
    @Root() document: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, document, info);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which it was adopted.' })
  @Related('ADOPTED_AT', 'OUTGOING')
  adoptedAt(
    @Root() document: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, document, info);
  }

  @FieldResolver(() => [Topic], { description: 'What it focuses on.' })
  @Related('FOCUSES_ON', 'OUTGOING')
  focus(
    @Root() document: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, document, info);
  }

  @FieldResolver(() => [Organization], { description: 'Who put it forward, alone or jointly.' })
  @Related('SPONSORED_BY', 'OUTGOING')
  sponsors(
    @Root() document: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, document, info);
  }

  @FieldResolver(() => Organ, { nullable: true, description: 'The body whose resolutions these are.' })
  @Related('RESOLUTION_OF', 'OUTGOING')
  resolutionOf(
    @Root() document: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode | null> {
    return relatedOne(ctx, document, info);
  }

  @FieldResolver(() => [Entity], { description: 'What it is about.' })
  @Related('CONCERNS', 'OUTGOING')
  concerns(
    @Root() document: EntityNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityNode[]> {
    return related(ctx, document, info);
  }
}
