import { Field, Int, ObjectType } from 'type-graphql';
import { AliasKindEnum, AttestationEnum, Language, RecurrenceUnitEnum } from './enums';
import type { AliasKind, Attestation, RecurrenceUnit } from '../domain/kinds';

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

@ObjectType({
  description:
    'Another name an entity goes by (an acronym, another name the source uses, a variant spelling), and who ' +
    "vouches for it: the source, the curator's rendering of the source's words, or the curator alone.",
})
export class Alias {
  @Field({ description: 'The alias.' })
  text!: string;

  @Field(() => Language, { description: 'Its language.' })
  lang!: Language;

  @Field(() => AliasKindEnum, { description: 'How it relates to the name.' })
  kind!: AliasKind;

  @Field(() => AttestationEnum, {
    description:
      "SOURCE when the source gives it verbatim (see citation); RENDERING when it is the curator's translation or " +
      "transliteration of the source's words (Organisation of the Islamic Conference for منظمة المؤتمر الإسلامي); " +
      "CURATOR when the source does not give it at all (Federica Mogherini, HR/VP): the curator's knowledge.",
  })
  attestation!: Attestation;

  @Field(() => LocalizedText, {
    nullable: true,
    description:
      "The curator's note on it: what the curator knows that the source does not say (that منظمة المؤتمر " +
      "الإسلامي was the name until 2011). Never the source's word.",
  })
  curatorNote?: LocalizedText | null;

  /** Resolved to `citation` by the alias resolver; null for a curator's alias. */
  citationId?: string | null;
}

@ObjectType({
  description:
    'The title under which the source shows someone holding an office or signing, in its own words: Solana ' +
    '"High Representative of the European Union", Mogherini "High Representative / Vice-President", Borrell ' +
    '"Deputy High Representative / Vice-President" (a slip the curator reads as High Representative / ' +
    "Vice-President). The office itself is the tenure's position; this is how the source words it for this person.",
})
export class OfficeTitle {
  @Field(() => LocalizedText, {
    description:
      'The title as the source gives it: the Arabic is the quote less «السابق»/«السابقة» ("former", which is ' +
      "relative to the page's date and kept in the tenure's former flag); the English is its literal translation.",
  })
  wording!: LocalizedText;

  @Field({
    description: 'True when the title as the source gives it includes Vice-President («نائب الرئيس»).',
  })
  includesVicePresident!: boolean;

  @Field(() => LocalizedText, {
    nullable: true,
    description:
      "The curator's reading, when the wording looks like a slip: Borrell's «نائب الممثل الأعلى» (Deputy High " +
      'Representative) read as High Representative. Null when the wording is taken as written.',
  })
  curatorReading?: LocalizedText | null;

  /** Resolved to `citation` by the office-title resolver. */
  citationId!: string;
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
