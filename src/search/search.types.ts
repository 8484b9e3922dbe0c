import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Language } from '../graphql/enums';
import type { EntityNode } from '../graph/graph.nodes';

@ObjectType({ description: 'An entity found by search, with the name that matched and how well.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: EntityNode;

  @Field(() => Float, {
    description: 'Relevance; higher is better. Exact (normalised) name matches rank first.',
  })
  score!: number;

  @Field({ description: 'The name or alias the query matched best, as the graph spells it.' })
  matchedName!: string;

  @Field(() => Language, { description: 'Language of the matched name.' })
  matchedLang!: Language;

  @Field({ description: 'What the matched name is: NAME, or an alias kind such as ACRONYM or FORMER_NAME.' })
  matchedAs!: string;

  @Field({
    description: 'True when the query equals the matched name up to spelling variants, case and accents.',
  })
  exact!: boolean;
}
