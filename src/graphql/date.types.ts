import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import {
  firstDay,
  lastDay,
  parsePartialDate,
  PartialDateError,
  type PartialDate as Parsed,
} from '../domain/partial-date';
import { ErrorCode } from '../errors';
import { DatePrecision } from './enums';

export const ORDERING_RULE =
  'A partial date stands for every day it may name: "2011-12" is 1 to 31 December 2011. Dates sort by their ' +
  'first day; on a tie the coarser date comes first ("2011" before "2011-01-01"), then by text. "As of" ' +
  'questions compare at the coarser of the two precisions: a date matches a period when the two can share a day.';

@ObjectType({ description: `A date as precise as its source: a year, a month or a day. ${ORDERING_RULE}` })
export class PartialDate {
  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Month, 1 to 12, when known.' })
  month?: number;

  @Field(() => Int, { nullable: true, description: 'Day of the month, when known.' })
  day?: number;

  @Field(() => DatePrecision, { description: 'Which parts are known.' })
  precision!: DatePrecision;

  @Field({ description: 'ISO 8601 at its precision: "2005", "2011-12" or "2020-11-28".' })
  text!: string;

  @Field({ description: 'First day it may name, YYYY-MM-DD.' })
  earliest!: string;

  @Field({ description: 'Last day it may name, YYYY-MM-DD.' })
  latest!: string;
}

export function toPartialDate(text: unknown): PartialDate | null {
  if (typeof text !== 'string') return null;
  const parsed = parsePartialDate(text);
  return {
    ...parsed,
    precision: parsed.precision as DatePrecision,
    earliest: firstDay(parsed),
    latest: lastDay(parsed),
  };
}

function parseDateText(value: unknown): Parsed {
  if (typeof value !== 'string') {
    throw new GraphQLError(
      `DateText expects a string such as "2021-11" or "2020-11-28", received ${typeof value}`,
      {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      },
    );
  }
  try {
    return parsePartialDate(value);
  } catch (error) {
    if (!(error instanceof PartialDateError)) throw error;
    throw new GraphQLError(`DateText ${error.message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
}

/** Input dates: "2005", "2021-11" or "2021-11-17", parsed to a partial date. */
export const DateTextScalar = new GraphQLScalarType<Parsed, string>({
  name: 'DateText',
  description: `A date given as "YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision you know. ${ORDERING_RULE}`,
  serialize: (value) => (value as Parsed).text,
  parseValue: parseDateText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateText expects a string such as "2021-11" or "2020-11-28"', {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    }
    return parseDateText(ast.value);
  },
});
