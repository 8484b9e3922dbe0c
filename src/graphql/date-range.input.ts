import { Field, InputType } from 'type-graphql';
import type { PartialDate } from '../domain/partial-date';
import { DateTextScalar } from './date.types';

@InputType({
  description:
    'A range of dates, each bound a DateText ("2011", "2015-06", "2016-04-12"), both bounds included. A partial ' +
    'date is within the range when it may name one of its days, so one that straddles an edge is kept: "2016-04" ' +
    'is within 2011–2016, "2016" is within from: "2016-06". Undated things are never within a range.',
})
export class DateRange {
  @Field(() => DateTextScalar, {
    nullable: true,
    description: 'From the first day of this date; no lower bound when omitted.',
  })
  from?: PartialDate | null;

  @Field(() => DateTextScalar, {
    nullable: true,
    description: 'To the last day of this date; no upper bound when omitted.',
  })
  to?: PartialDate | null;
}
