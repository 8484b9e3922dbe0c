import { ArgsType, Field, Int } from 'type-graphql';
import type { PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { DateTextScalar } from './date.types';
import { Direction, RelationTypeEnum } from './enums';
import { DatedKindWhere, KindWhere, ListOrder, RelationWhere } from './list.types';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: "How many items to return, from 1 to the server's page limit (100 unless configured).",
  })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (a previous endCursor).',
  })
  after?: string | null;
}

@ArgsType()
export class RelationArgs extends PageArgs {
  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: 'Keep only relations of these types; all when omitted.',
  })
  types?: RelationType[] | null;

  @Field(() => Direction, {
    defaultValue: Direction.BOTH,
    description: 'Keep only relations pointing this way.',
  })
  direction!: Direction;

  @Field(() => DateTextScalar, {
    nullable: true,
    description:
      'Keep only what holds as of this date. A relation without time qualifiers is timeless and kept; one with ' +
      'only a date (an appointment, a signing) is kept once that date may have come; a tenure is kept from its ' +
      'start of office (the appointment date when the source gives no separate start: appointed is not yet in ' +
      'office otherwise) to its end, or at the date the source attests it; a tenure with no date (one known only ' +
      'as "former") has no known period and is not kept. Dates compare at the coarser precision of the two. Each ' +
      'tenure kept says how sure it is in its basis (Relation.basis), relative to this date.',
  })
  at?: PartialDate | null;

  @Field(() => RelationWhere, { nullable: true, description: 'Keep only the relations that match.' })
  where?: RelationWhere | null;

  @Field(() => ListOrder, {
    nullable: true,
    description: 'The order of the list; by type, direction, then the other entity when omitted.',
  })
  orderBy?: ListOrder | null;

  @Field({
    defaultValue: false,
    description:
      'Also list the statements proposed and not yet reviewed (Relation.status PROPOSED), after the accepted ' +
      'ones, under the same types, direction and "as of" date (not with where or orderBy). Reads answer ' +
      'accepted facts only unless this is asked. Needs the editor role.',
  })
  includeProposed!: boolean;
}

@ArgsType()
export class KindListArgs extends PageArgs {
  @Field(() => KindWhere, { nullable: true, description: 'Keep only the entities that match.' })
  where?: KindWhere | null;

  @Field(() => ListOrder, { nullable: true, description: 'The order of the list; by id when omitted.' })
  orderBy?: ListOrder | null;
}

@ArgsType()
export class DatedKindListArgs extends PageArgs {
  @Field(() => DatedKindWhere, { nullable: true, description: 'Keep only the entities that match.' })
  where?: DatedKindWhere | null;

  @Field(() => ListOrder, { nullable: true, description: 'The order of the list; by id when omitted.' })
  orderBy?: ListOrder | null;
}
