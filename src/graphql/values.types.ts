import { Field, Int, ObjectType } from 'type-graphql';
import { AliasKindEnum, Language, RecurrenceUnitEnum } from './enums';
import type { AliasKind, RecurrenceUnit } from '../domain/kinds';

@ObjectType({ description: 'A text in Arabic and in English.' })
export class LocalizedText {
  @Field({ description: 'The Arabic text.' })
  ar!: string;

  @Field({ description: 'The English text.' })
  en!: string;
}

@ObjectType({ description: 'The name of an entity in one language.' })
export class Name {
  @Field({ description: 'The name.' })
  text!: string;

  @Field(() => Language, { description: 'Its language.' })
  lang!: Language;
}

@ObjectType({ description: 'Another name an entity goes by: an acronym, a former name, a variant spelling.' })
export class Alias {
  @Field({ description: 'The alias.' })
  text!: string;

  @Field(() => Language, { description: 'Its language.' })
  lang!: Language;

  @Field(() => AliasKindEnum, { description: 'How it relates to the name.' })
  kind!: AliasKind;
}

@ObjectType({
  description:
    'A rhythm the source states ("once every three years", "during the UNGA week in September"). It is kept as ' +
    'a rhythm: no dates are invented from it.',
})
export class Recurrence {
  @Field(() => Int, {
    nullable: true,
    description: 'Every how many units, when the source says (3 for "every three years").',
  })
  interval?: number | null;

  @Field(() => RecurrenceUnitEnum, { nullable: true, description: 'The unit of the interval.' })
  unit?: RecurrenceUnit | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The month it falls in, when the source says (9 for September).',
  })
  month?: number | null;

  @Field(() => LocalizedText, { description: 'The rhythm in words, as vague as the source.' })
  description!: LocalizedText;

  /** Id of the entity it is held alongside; resolved to `during` by the recurrence resolver. */
  duringId?: string | null;
}
