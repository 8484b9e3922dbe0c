import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Citation } from '../graph/citation.types';
import { Entity } from '../graph/entity.type';
import type { CitationNode, EntityNode, RelationNode } from '../graph/graph.nodes';
import { Relation } from '../graph/relation.type';
import { Connection } from '../graphql/connection';
import { Language } from '../graphql/enums';
import { SEARCH_CANDIDATES } from './query';

export enum SearchScope {
  NAMES = 'NAMES',
  DESCRIPTIONS = 'DESCRIPTIONS',
  QUOTES = 'QUOTES',
}
registerEnumType(SearchScope, {
  name: 'SearchScope',
  description: 'Where search looks.',
  valuesConfig: {
    NAMES: {
      description: 'Names and aliases (acronyms, other and former names, variants), in both languages.',
    },
    DESCRIPTIONS: { description: 'The descriptions of entities, in Arabic and English.' },
    QUOTES: {
      description: 'The verbatim quotes of the citations, in the language of their source (Arabic).',
    },
  },
});

export enum MatchPlace {
  NAME = 'NAME',
  ALIAS = 'ALIAS',
  DESCRIPTION = 'DESCRIPTION',
  QUOTE = 'QUOTE',
}
registerEnumType(MatchPlace, {
  name: 'MatchPlace',
  description: 'Where a search hit matched.',
  valuesConfig: {
    NAME: { description: "The entity's name, in Arabic or English." },
    ALIAS: { description: 'One of its aliases: an acronym, another or former name, a variant, ...' },
    DESCRIPTION: { description: 'Its description.' },
    QUOTE: {
      description: 'The verbatim quote of a citation: of the entity, or of a relation it is the source of.',
    },
  },
});

@ObjectType({ description: 'A stretch of a snippet that matched the query.' })
export class SnippetMark {
  @Field(() => Int, { description: 'Offset of the first marked character in the snippet text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last marked character.' })
  end!: number;
}

@ObjectType({
  description:
    'The text a hit matched in, with the matching words marked: a whole name, or for a description or a quote ' +
    'the words around the match. Offsets count Unicode code points of `text` (start inclusive, end exclusive), ' +
    'as citation offsets do.',
})
export class Snippet {
  @Field({ description: 'The text, verbatim: a name, or a stretch of a description or quote.' })
  text!: string;

  @Field(() => Language, { description: 'Language of the text.' })
  lang!: Language;

  @Field(() => [SnippetMark], {
    description:
      "The words that match a word of the query, in order: the same word up to the index's analysis (case, " +
      'accents, Arabic spelling variants, Arabic prefixes such as ال and و and suffixes, the indefinite ' +
      'accusative), or, on a fuzzy hit, within the edits of a word guessed at. A word no index holds (a stop ' +
      'word such as «في» or "the") marks nothing. The name a name hit gives is the one with the most words ' +
      'marked; a description or quote hit may have none when the index matched a form the marker does not recognise, or ' +
      'the match lies past the first 300 words of its text.',
  })
  marks!: SnippetMark[];

  @Field({ description: 'True when words of the text before the snippet were left out.' })
  clippedBefore!: boolean;

  @Field({ description: 'True when words of the text after the snippet were left out.' })
  clippedAfter!: boolean;
}

@ObjectType({
  description:
    'Something search found: an entity by its name, an alias or its description (once, by its best match), or ' +
    'the quote of a citation with a fact it supports (once per fact, by its best quote: a quote supporting ' +
    'several facts is one hit for each), with the matching snippet.',
})
export class SearchHit {
  @Field(() => Entity, {
    description:
      'The entity found. For a quote: the entity the quote cites, or, when the quote states a relation, the ' +
      "relation's source entity (its subject).",
  })
  entity!: EntityNode;

  @Field(() => MatchPlace, {
    description: 'Where the hit matched: a name, an alias, the description or a quote.',
  })
  matchedIn!: MatchPlace;

  @Field(() => Float, {
    description:
      "Lucene's relevance of what matched within the index that found it (summed over the words and the phrase); " +
      'higher is better. It only breaks ties: hits are ranked by how much of the query they hold, then where they ' +
      'matched, then this score (see Query.search).',
  })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The name or alias the query matched best, as the graph spells it; null for a description or quote hit.',
  })
  matchedName!: string | null;

  @Field(() => Language, {
    description:
      'Language of what matched: the name, the description, or the quote (the language of its source).',
  })
  matchedLang!: Language;

  @Field(() => String, {
    nullable: true,
    description:
      'What the matched name is: NAME, or an alias kind such as ACRONYM or FORMER_NAME; null for a description or ' +
      'quote hit.',
  })
  matchedAs!: string | null;

  @Field({
    description:
      'True when the query equals the matched name up to spelling variants, case and accents; false for ' +
      'description and quote hits.',
  })
  exact!: boolean;

  @Field({
    description:
      'True when the hit is a guess: what matched contains none of the words of the query as typed (after the ' +
      "index's analysis: case, Arabic spelling variants and light stemming), only words within one edit of a query " +
      'word of four letters or more, two from eight letters ("Simonet" finds Simonnet fuzzily; "Simonnet" does ' +
      'not). Lucene decides it: every index is asked for the words as typed and, for a word no index holds as ' +
      'typed, separately for its near words, in texts that hold no word of the query.',
  })
  fuzzy!: boolean;

  @Field(() => Snippet, { description: 'The text matched, with the match marked.' })
  snippet!: Snippet;

  @Field(() => Citation, {
    nullable: true,
    description:
      'For a quote hit: the citation whose quote matched (its `supports` says which attributes of the entity it ' +
      'supports, "alias" for an alias it gives); null otherwise.',
  })
  citation!: CitationNode | null;

  @Field(() => Relation, {
    nullable: true,
    description:
      'For a quote hit whose quote states a relation (or gives its title): that relation, seen from its source, ' +
      '`entity`; null when the quote cites the entity itself, and for other hits.',
  })
  relation!: RelationNode | null;
}

@ObjectType({
  description:
    'A page of search hits, in one ranking (see Query.search), with the length of the whole list. ' +
    `Each index query reads at most its ${SEARCH_CANDIDATES} best texts, so a word held by more texts than that ` +
    'in one index (names, descriptions or quotes, in one language) lists only its best ones there: the total ' +
    'counts the hits listed.',
})
export class SearchConnection extends Connection(SearchHit, 'SearchHit') {}
