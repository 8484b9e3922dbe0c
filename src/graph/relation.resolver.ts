import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadAll } from './graph.loaders';
import type { Context } from '../context';
import { relationReading } from '../domain/relation-types';
import { tenureBasis, type TenureBasis } from '../domain/tenure-basis';
import { Citation, Provenance } from './citation.types';
import { PartialDate } from '../graphql/date.types';
import { Entity } from './entity.type';
import { AttestationEnum, Language, TenureBasisEnum } from '../graphql/enums';
import { ATTESTATION_DESCRIPTION, CURATOR_NOTE_DESCRIPTION } from './fact-fields';
import { sourceOf, targetOf, type CitationNode, type EntityNode, type RelationNode } from './graph.nodes';
import type { OfficeTitleValue } from './decode';
import { factCitations, End } from './related';
import { Relation } from './relation.type';
import { LocalizedText, OfficeTitle, Recurrence } from '../graphql/values.types';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => String, {
    description:
      'How the relation reads from the entity it was listed for: "holds or held", or "is or was held by".',
  })
  reading(
    @Root() relation: RelationNode,
    @Arg('lang', () => Language, { defaultValue: Language.EN }) lang: Language,
  ): string {
    return relationReading(relation.type, relation.direction, lang === Language.AR ? 'ar' : 'en');
  }

  @FieldResolver(() => Entity, { description: 'The entity at the other end.' })
  @End('other')
  other(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(relation.otherId);
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation starts from (its subject).' })
  @End('source')
  source(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(relation));
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation points to (its object).' })
  @End('target')
  target(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(relation));
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it happened: an appointment, a signing, an opening.',
  })
  date(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.date ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'For a tenure: when the holder was appointed.',
  })
  appointedOn(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.appointedOn ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      'For a tenure: when office began. Distinct from appointedOn: appointed is not yet in office.',
  })
  inOfficeFrom(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.inOfficeFrom ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'For a tenure: when office ended, if the source says.',
  })
  inOfficeUntil(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.inOfficeUntil ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'A date at which the source shows the relation holding, without its start or end.',
  })
  attestedOn(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.attestedOn ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the source calls it former ("the former High Representative").',
  })
  former(@Root() relation: RelationNode): boolean {
    return relation.qualifiers.former;
  }

  @FieldResolver(() => TenureBasisEnum, {
    nullable: true,
    description:
      'For a tenure (HOLDS): how sure it is, relative to the "as of" date it was listed under (relations(at:), ' +
      'neighbourhood(at:)), else of the tenure as a whole; see Tenure.basis. Null for other relations.',
  })
  basis(@Root() relation: RelationNode): TenureBasis | null {
    return relation.type === 'HOLDS' ? tenureBasis(relation.qualifiers, relation.asOf ?? null) : null;
  }

  @FieldResolver(() => OfficeTitle, {
    nullable: true,
    description:
      'For a tenure or a signature: the title the source gives the person, in its own words (see OfficeTitle).',
  })
  title(@Root() relation: RelationNode): OfficeTitleValue | null {
    return relation.qualifiers.title;
  }

  @FieldResolver(() => AttestationEnum, { description: ATTESTATION_DESCRIPTION })
  attestation(@Root() relation: RelationNode): 'SOURCE' | 'CURATOR' {
    return relation.qualifiers.attestation;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: CURATOR_NOTE_DESCRIPTION })
  curatorNote(@Root() relation: RelationNode): LocalizedText | null {
    return relation.qualifiers.curatorNote;
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The position or capacity the fact is about: appointed as what, signed as what.',
  })
  role(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    const id = relation.qualifiers.roleId;
    return id === null ? null : ctx.loaders.entity.load(id);
  }

  @FieldResolver(() => Recurrence, {
    nullable: true,
    description: 'How often it recurs, when the source says.',
  })
  recurrence(@Root() relation: RelationNode): Recurrence | null {
    return relation.qualifiers.recurrence;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'What the source leaves vague, kept as vague ("among other sectors", "a joint event").',
  })
  note(@Root() relation: RelationNode): LocalizedText | null {
    return relation.qualifiers.note;
  }

  @FieldResolver(() => [Entity], {
    description:
      'Entities this fact is part of the story of (EU–OIC relations, say); their timelines show it.',
  })
  async context(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return loadAll(ctx.loaders.entity, relation.qualifiers.contextIds);
  }

  @FieldResolver(() => Provenance, {
    description: 'Where the fact came from: the dataset, or a curator, and who changed it since.',
  })
  provenance(@Root() relation: RelationNode): Provenance {
    return relation.provenance;
  }

  @FieldResolver(() => [Citation], { description: 'The quotes of the sources that state this fact.' })
  citations(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<CitationNode[]> {
    return factCitations(ctx, relation);
  }
}
