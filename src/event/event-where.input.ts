import { Field, InputType } from 'type-graphql';
import { DateRange } from '../graphql/date-range.input';

@InputType({ description: 'Which events to keep.' })
export class EventWhere {
  @Field(() => DateRange, {
    nullable: true,
    description:
      'Events whose date may fall within the range (an event of "2016-04" is within 2011–2016; one of "2016" ' +
      'within from: "2016-06"); undated events are left out. The list is then in date order.',
  })
  date?: DateRange | null;
}
