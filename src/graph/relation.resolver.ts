import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Direct } from '../graphql/direct';
import { loadAll } from './graph.loaders';
import type { Context } from '../context';
import { relationReading } from '../domain/relation-types';
import { tenureBasis, type TenureBasis } from '../domain/tenure-basis';
import { Citation, Provenance } from './citation.types';
import { PartialDate } from '../graphql/date.types';
import { Entity } from './entity.type';
import {
  AttestationEnum,
  FactStatusEnum,
  Language,
  RankEnum,
  TenureBasisEnum,
  type FactStatus,
} from '../graphql/enums';
import type { Rank } from '../domain/ranks';
import { ATTESTATION_DESCRIPTION, CURATOR_NOTE_DESCRIPTION } from './fact-fields';
import type { CitationNode, EntityNode, RelationNode } from './graph.nodes';
import { STORED, type OfficeTitleValue } from './decode';
import { factCitations, End, endEntity, Stored } from './related';
import { Relation } from './relation.type';
import { LocalizedText, OfficeTitle, Recurrence } from '../graphql/values.types';

const readingOf = (relation: RelationNode, { lang }: { lang: Language }): string =>
  relationReading(relation.type, relation.direction, lang === Language.AR ? 'ar' : 'en');

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => String, {
    description:
      'How the relation reads from the entity it was listed for: "holds or held", or "is or was held by".',
  })
  @Stored()
  @Direct(readingOf)
  reading(
    @Root() relation: RelationNode,
    @Arg('lang', () => Language, { defaultValue: Language.EN }) lang: Language,
  ): string {
    return readingOf(relation, { lang });
  }

  @FieldResolver(() => Entity, { description: 'The entity at the other end.' })
  @End('other')
  other(@Root() relation: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, relation, 'other');
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation starts from (its subject).' })
  @End('source')
  source(@Root() relation: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, relation, 'source');
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation points to (its object).' })
  @End('target')
  target(@Root() relation: RelationNode, @Ctx() ctx: Context): EntityNode | Promise<EntityNode | null> {
    return endEntity(ctx, relation, 'target');
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'When it happened: an appointment, a signing, an opening.',
  })
  @Stored(...STORED.date)
  date(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.date ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'For a tenure: when the holder was appointed.',
  })
  @Stored(...STORED.appointedOn)
  appointedOn(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.appointedOn ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      'For a tenure: when office began. Distinct from appointedOn: appointed is not yet in office.',
  })
  @Stored(...STORED.inOfficeFrom)
  inOfficeFrom(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.inOfficeFrom ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'For a tenure: when office ended, if the source says.',
  })
  @Stored(...STORED.inOfficeUntil)
  inOfficeUntil(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.inOfficeUntil ?? null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description: 'A date at which the source shows the relation holding, without its start or end.',
  })
  @Stored(...STORED.attestedOn)
  attestedOn(@Root() relation: RelationNode): PartialDate | null {
    return relation.qualifiers.attestedOn ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the source calls it former ("the former High Representative").',
  })
  @Stored(...STORED.former)
  former(@Root() relation: RelationNode): boolean {
    return relation.qualifiers.former;
  }

  @FieldResolver(() => TenureBasisEnum, {
    nullable: true,
    description:
      'For a tenure (HOLDS): how sure it is, relative to the "as of" date it was listed under (relations(at:), ' +
      'neighbourhood(at:)), else of the tenure as a whole; see Tenure.basis. Null for other relations.',
  })
  @Stored(...STORED.basis)
  basis(@Root() relation: RelationNode): TenureBasis | null {
    return relation.type === 'HOLDS' ? tenureBasis(relation.qualifiers, relation.asOf ?? null) : null;
  }

  @FieldResolver(() => OfficeTitle, {
    nullable: true,
    description:
      'For a tenure or a signature: the title the source gives the person, in its own words (see OfficeTitle).',
  })
  @Stored(...STORED.title)
  title(@Root() relation: RelationNode): OfficeTitleValue | null {
    return relation.qualifiers.title;
  }

  @FieldResolver(() => AttestationEnum, { description: ATTESTATION_DESCRIPTION })
  @Stored(...STORED.attestation)
  attestation(@Root() relation: RelationNode): 'SOURCE' | 'CURATOR' {
    return relation.qualifiers.attestation;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: CURATOR_NOTE_DESCRIPTION })
  @Stored(...STORED.curatorNote)
  curatorNote(@Root() relation: RelationNode): LocalizedText | null {
    return relation.qualifiers.curatorNote;
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The position or capacity the fact is about: appointed as what, signed as what.',
  })
  @Stored(...STORED.role)
  role(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    const id = relation.qualifiers.roleId;
    return id === null ? null : ctx.loaders.entity.load(id);
  }

  @FieldResolver(() => Recurrence, {
    nullable: true,
    description: 'How often it recurs, when the source says.',
  })
  @Stored(...STORED.recurrence)
  recurrence(@Root() relation: RelationNode): Recurrence | null {
    return relation.qualifiers.recurrence;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'What the source leaves vague, kept as vague ("among other sectors", "a joint event").',
  })
  @Stored(...STORED.note)
  note(@Root() relation: RelationNode): LocalizedText | null {
    return relation.qualifiers.note;
  }

  @FieldResolver(() => [Entity], {
    description:
      'Entities this fact is part of the story of (EU–OIC relations, say); their timelines show it.',
  })
  @Stored(...STORED.context)
  async context(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<EntityNode[]> {
    return loadAll(ctx.loaders.entity, relation.qualifiers.contextIds);
  }

  @FieldResolver(() => RankEnum, {
    description:
      'Its rank, as Wikidata ranks statements: where sources disagree (an appointment month, whether a tenure ' +
      'ended), each reading is a statement of its own. Typed fields and "as of" answers use the best-ranked ' +
      'statements of a group (the relations of one type between the same two entities); this list shows them all.',
  })
  @Stored(...STORED.rank)
  rank(@Root() relation: RelationNode): Rank {
    return relation.rank;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the statement was ranked so: for a DEPRECATED one, why it is deprecated.',
  })
  @Stored(...STORED.rank)
  rankReason(@Root() relation: RelationNode): string | null {
    return relation.rankReason;
  }

  @FieldResolver(() => FactStatusEnum, {
    description:
      'ACCEPTED for a fact of the graph; PROPOSED for a statement an editor proposed and no reviewer has ' +
      'accepted yet (listed only by relations(includeProposed: true)).',
  })
  @Stored()
  status(@Root() relation: RelationNode): FactStatus {
    return relation.proposalId ? 'PROPOSED' : 'ACCEPTED';
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'For a PROPOSED statement: the proposal (Query.proposal); null for an accepted fact.',
  })
  @Stored()
  proposalId(@Root() relation: RelationNode): string | null {
    return relation.proposalId ?? null;
  }

  @FieldResolver(() => Provenance, {
    description: 'Where the fact came from: the dataset, or a curator, and who changed it since.',
  })
  @Stored(...STORED.provenance)
  provenance(@Root() relation: RelationNode): Provenance {
    return relation.provenance;
  }

  @FieldResolver(() => [Citation], { description: 'The quotes of the sources that state this fact.' })
  @Stored(...STORED.citations)
  citations(@Root() relation: RelationNode, @Ctx() ctx: Context): Promise<CitationNode[]> {
    return factCitations(ctx, relation);
  }
}
