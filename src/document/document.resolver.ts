import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { DocumentType } from '../domain/kinds';
import { DatedKindListArgs } from '../graphql/page-args';
import { PartialDate } from '../graphql/date.types';

import { DocumentTypeEnum } from '../graphql/enums';
import type { EntityNode } from '../graph/graph.nodes';
import { listEntities } from '../graph/list';
import type { Page } from '../graphql/connection';

import { LocalizedText } from '../graphql/values.types';
import { Agreement, AgreementConnection, Document, DocumentConnection } from '../graph/entity-types';

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
}
