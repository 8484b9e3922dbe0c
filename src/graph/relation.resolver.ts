import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { tenureBasis } from '../dates/tenure-basis';
import { RELATION_TYPES, type Attestation, type TenureBasis } from '../dataset/vocabulary';
import { Citation, Provenance, provenanceOf } from './citation.types';
import { PartialDate } from './date.types';
import { Entity } from './entity.type';
import { AttestationEnum, Language, TenureBasisEnum } from './enums';
import { ATTESTATION_DESCRIPTION, CURATOR_NOTE_DESCRIPTION } from './fact-fields';
import { sourceOf, targetOf, type CitationNode, type EntityNode, type RelationNode } from './graph.nodes';
import { attestationProp, dateProp, recurrenceProp, textProp, titleProp } from './props';
import { factCitations } from './related';
import { Relation } from './relation.type';
import { LocalizedText, OfficeTitle, Recurrence } from './values.types';

/** The relation type as a phrase, read from its source (OUTGOING) or its target (INCOMING). */
export function readingOf(
  type: RelationNode['type'],
  direction: RelationNode['direction'],
  lang: Language,
): string {
  const spec = RELATION_TYPES[type];
  if (lang === Language.AR) return direction === 'OUTGOING' ? spec.descriptionAr : spec.inverseAr;
  return direction === 'OUTGOING' ? spec.description : spec.inverse;
}

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
    return readingOf(relation.type, relation.direction, lang);
  }

  @FieldResolver(() => Entity, { description: 'The entity at the other end.' })
  other(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(relation.otherId);
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation starts from (its subject).' })
  source(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(sourceOf(relation));
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation points to (its object).' })
  target(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(targetOf(relation));
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it happened: an appointment, a signing, an opening.',
  })
  date(@Root() relation: RelationNode): PartialDate | null {
    return dateProp(relation.props, 'date');
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'For a tenure: when the holder was appointed.',
  })
  appointedOn(@Root() relation: RelationNode): PartialDate | null {
    return dateProp(relation.props, 'appointedOn');
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      'For a tenure: when office began. Distinct from appointedOn: appointed is not yet in office.',
  })
  from(@Root() relation: RelationNode): PartialDate | null {
    return dateProp(relation.props, 'validFrom');
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When it ended, if the source says.' })
  until(@Root() relation: RelationNode): PartialDate | null {
    return dateProp(relation.props, 'validUntil');
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'A date at which the source shows the relation holding, without its start or end.',
  })
  attestedOn(@Root() relation: RelationNode): PartialDate | null {
    return dateProp(relation.props, 'attestedOn');
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the source calls it former ("the former High Representative").',
  })
  former(@Root() relation: RelationNode): boolean {
    return relation.props.former === true;
  }

  @FieldResolver(() => TenureBasisEnum, {
    nullable: true,
    description:
      'For a tenure (HOLDS): how sure it is, relative to the "as of" date it was listed under (relations(at:), ' +
      'neighbourhood(at:)), else of the tenure as a whole; see Tenure.basis. Null for other relations.',
  })
  basis(@Root() relation: RelationNode): TenureBasis | null {
    return relation.type === 'HOLDS' ? tenureBasis(relation.props, relation.asOf ?? null) : null;
  }

  @FieldResolver(() => OfficeTitle, {
    nullable: true,
    description:
      'For a tenure or a signature: the title the source gives the person, in its own words (see OfficeTitle).',
  })
  title(@Root() relation: RelationNode): OfficeTitle | null {
    return titleProp(relation.props);
  }

  @FieldResolver(() => AttestationEnum, { description: ATTESTATION_DESCRIPTION })
  attestation(@Root() relation: RelationNode): Attestation {
    return attestationProp(relation.props);
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: CURATOR_NOTE_DESCRIPTION })
  curatorNote(@Root() relation: RelationNode): LocalizedText | null {
    return textProp(relation.props, 'curatorNote');
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The position or capacity the fact is about: appointed as what, signed as what.',
  })
  role(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    const id = relation.props.roleId;
    return typeof id === 'string' ? ctx.loaders.entity.load(id) : null;
  }

  @FieldResolver(() => Recurrence, {
    nullable: true,
    description: 'How often it recurs, when the source says.',
  })
  recurrence(@Root() relation: RelationNode): Recurrence | null {
    return recurrenceProp(relation.props);
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'What the source leaves vague, kept as vague ("among other sectors", "a joint event").',
  })
  note(@Root() relation: RelationNode): LocalizedText | null {
    return textProp(relation.props, 'note');
  }

  @FieldResolver(() => [Entity], {
    description:
      'Entities this fact is part of the story of (EU–OIC relations, say); their timelines show it.',
  })
  async context(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    const ids = (relation.props.contextIds as string[] | undefined) ?? [];
    return (await ctx.loaders.entity.loadMany(ids)).filter(
      (e): e is EntityNode => e !== null && !(e instanceof Error),
    );
  }

  @FieldResolver(() => Provenance, {
    description: 'Where the fact came from: the dataset, or a curator, and who changed it since.',
  })
  provenance(@Root() relation: RelationNode): Provenance {
    return provenanceOf(relation.props);
  }

  @FieldResolver(() => [Citation], { description: 'The quotes of the sources that state this fact.' })
  citations(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<CitationNode[]> {
    return factCitations(ctx, relation);
  }
}
