import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { STORED } from './decode';
import type { Context } from '../context';
import { Citation } from './citation.types';
import type { CitationNode, RelationNode } from './graph.nodes';
import { AttestationEnum } from '../graphql/enums';
import { factCitations, Stored } from './related';
import { Relation } from './relation.type';
import { LocalizedText } from '../graphql/values.types';

export const ATTESTATION_DESCRIPTION =
  "SOURCE when the cited quotes state the fact; CURATOR when it is the curator's knowledge, which the source " +
  'does not state (the citations then only show what it is about, and curatorNote says what it rests on).';
export const CURATOR_NOTE_DESCRIPTION =
  "The curator's note: what the curator knows of it that the source does not say. Never the source's word.";

/**
 * Fields every typed view of one fact shares (a tenure, an appointment, a signature, a
 * participation): what the source leaves vague, the citations, and the fact itself as the
 * generic graph view shows it.
 */
export function FactFields(type: ClassType) {
  @Resolver(() => type)
  abstract class FactFieldsResolver {
    @FieldResolver(() => LocalizedText, {
      nullable: true,
      description: 'What the source leaves vague about it.',
    })
    @Stored(...STORED.note)
    note(@Root() fact: RelationNode): LocalizedText | null {
      return fact.qualifiers.note;
    }

    @FieldResolver(() => AttestationEnum, { description: ATTESTATION_DESCRIPTION })
    @Stored(...STORED.attestation)
    attestation(@Root() fact: RelationNode): 'SOURCE' | 'CURATOR' {
      return fact.qualifiers.attestation;
    }

    @FieldResolver(() => LocalizedText, { nullable: true, description: CURATOR_NOTE_DESCRIPTION })
    @Stored(...STORED.curatorNote)
    curatorNote(@Root() fact: RelationNode): LocalizedText | null {
      return fact.qualifiers.curatorNote;
    }

    @FieldResolver(() => [Citation], { description: 'The quotes that state it.' })
    @Stored(...STORED.citations)
    citations(@Root() fact: RelationNode, @Ctx() ctx: Context): Promise<CitationNode[]> {
      return factCitations(ctx, fact);
    }

    @FieldResolver(() => Relation, { description: 'The fact itself, as the generic graph view shows it.' })
    @Stored()
    relation(@Root() fact: RelationNode): RelationNode {
      return fact;
    }
  }
  return FactFieldsResolver;
}
