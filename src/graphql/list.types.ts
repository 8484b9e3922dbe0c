import { DateRange } from './date-range.input';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityKind } from '../domain/kinds';
import type { RelationType } from '../domain/relation-types';
import { ORDERING_RULE } from './date.types';
import { EntityKindEnum, Language, RelationTypeEnum } from './enums';

/**
 * The filters, orders and facet counts of lists (entities, each kind's own list, and
 * Entity.relations), in the style of the Neo4j GraphQL Library and GitHub's API: one input field
 * per thing to compare, each an object of operators (`id: {in: [...]}`).
 */

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way a list is ordered.',
  valuesConfig: {
    ASC: { description: 'Ascending: A to Z, ا to ي, earliest first.' },
    DESC: { description: 'Descending: the reverse of ascending, ties included.' },
  },
});

export enum OrderField {
  ID = 'ID',
  NAME_EN = 'NAME_EN',
  NAME_AR = 'NAME_AR',
  DATE = 'DATE',
}
registerEnumType(OrderField, {
  name: 'OrderField',
  description:
    'What a list is ordered by. Ties are broken by id, so the order is total and cursors keep their place.',
  valuesConfig: {
    ID: { description: 'The id (of the entity; of the relation, in a list of relations).' },
    NAME_EN: {
      description:
        'The English name (of the entity at the other end, in a list of relations), compared in lower case ' +
        'without accents or punctuation.',
    },
    NAME_AR: {
      description:
        'The Arabic name (of the entity at the other end, in a list of relations), in Arabic alphabetical order ' +
        '(ا ب ت ث ... ه و ي): compared after the normalisation names are matched with (hamza forms of alef as ا, ' +
        'taa marbuta as ه, alef maqsura as ي, no diacritics or tatweel; ؤ as و, ئ as ي), a word ending before ' +
        'any letter.',
    },
    DATE: {
      description:
        `The date: of an event, agreement or document; of a relation, its earliest time qualifier. ${ORDERING_RULE} ` +
        'Undated items come after the dated ones (before them, descending).',
    },
  },
});

@InputType({ description: 'An order for a list.' })
export class ListOrder {
  @Field(() => OrderField, { description: 'What to order by.' })
  field!: OrderField;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.ASC,
    description: 'Which way; ascending by default.',
  })
  direction!: OrderDirection;
}

@InputType({ description: 'Ids to keep.' })
export class IdFilter {
  @Field(() => [ID], { description: 'Keep only these ids (at most 1000).' })
  in!: string[];
}

@InputType({ description: 'Kinds to keep.' })
export class KindFilter {
  @Field(() => [EntityKindEnum], { description: 'Keep only entities of these kinds.' })
  in!: EntityKind[];
}

@InputType({ description: 'Relation types to keep.' })
export class RelationTypeFilter {
  @Field(() => [RelationTypeEnum], { description: 'Keep only relations of these types.' })
  in!: RelationType[];
}

@InputType({
  description:
    'A test on the name (not the aliases: ask search for those), in either language or in one. Both the name ' +
    'and the text given are compared after the normalisation of names (case, accents, punctuation; hamza forms ' +
    'of alef, taa marbuta, alef maqsura, diacritics and tatweel), so "الامين" finds الأمين.',
})
export class NameFilter {
  @Field(() => String, { nullable: true, description: 'The name holds this text.' })
  contains?: string | null;

  @Field(() => String, { nullable: true, description: 'The name starts with this text.' })
  startsWith?: string | null;

  @Field(() => Language, {
    nullable: true,
    description: 'Only the name in this language; either when omitted.',
  })
  lang?: Language | null;
}

@InputType({ description: "A filter on a kind's own list. Every condition given must hold." })
export class KindWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter | null;

  @Field(() => NameFilter, { nullable: true, description: 'By name.' })
  name?: NameFilter | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only entities a quote of this source attests (a Source id).',
  })
  citedIn?: string | null;
}

@InputType({
  description:
    'A filter on the list of a dated kind (agreements, documents). Every condition given must hold.',
})
export class DatedKindWhere extends KindWhere {
  @Field(() => DateRange, { nullable: true, description: 'By date (when it happened or was adopted).' })
  date?: DateRange | null;
}

@InputType({
  description:
    'A filter on entities of any kind. Every condition given must hold; a date range keeps only dated ' +
    'entities (events, agreements, documents).',
})
export class EntityWhere extends DatedKindWhere {
  @Field(() => KindFilter, { nullable: true, description: 'By kind.' })
  kind?: KindFilter | null;
}

@InputType({ description: 'A filter on relations. Every condition given must hold.' })
export class RelationWhere {
  @Field(() => RelationTypeFilter, {
    nullable: true,
    description: 'By type (with the types argument, both must allow it).',
  })
  type?: RelationTypeFilter | null;

  @Field(() => EntityWhere, { nullable: true, description: 'By the entity at the other end.' })
  other?: EntityWhere | null;

  @Field(() => DateRange, {
    nullable: true,
    description:
      "By the relation's date: its earliest time qualifier (an appointment, a start, a signing...).",
  })
  date?: DateRange | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only relations a quote of this source states (a Source id).',
  })
  citedIn?: string | null;
}

@ObjectType({ description: 'How many items of a list are of one kind.' })
export class KindCount {
  @Field(() => EntityKindEnum, { description: 'The kind.' })
  kind!: EntityKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'How many relations of a list are of one type.' })
export class TypeCount {
  @Field(() => RelationTypeEnum, { description: 'The type.' })
  type!: RelationType;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({
  description:
    'How many items of a list are dated in one year: an item dated "2016-04" counts in 2016, one dated only ' +
    '"2011" in 2011.',
})
export class YearCount {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}
