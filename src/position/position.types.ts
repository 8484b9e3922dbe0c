import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graph/pagination';

@ObjectType({
  implements: Entity,
  description:
    'An office people hold: the OIC Secretary-General, the EU High Representative, the EU Representative to the ' +
    'OIC. Ask holders(at:) who held it on a date.',
})
export class Position extends Entity {}

@ObjectType({
  description:
    "A person's time in an office: when appointed, when in office from and until, each at the precision the " +
    'source gives, who appointed them, and the citations. Appointed is not yet in office: Hissein Brahim Taha was ' +
    'appointed on 2020-11-28 and in office from 2021-11-17.',
})
export class Tenure {
  @Field({ description: 'Id of the HOLDS fact behind this tenure.' })
  id!: string;
}

@ObjectType({
  description:
    'An organisation accrediting a holder of an office (an ACCREDITED fact): who accredited, when, and where the ' +
    'office is accredited to. In 2016 the EU accredited its Head of Delegation to the OIC.',
})
export class Accreditation {
  @Field({ description: 'Id of the ACCREDITED fact.' })
  id!: string;
}

@ObjectType({ description: 'A page of positions, in id order.' })
export class PositionConnection extends Connection(Position, 'Position') {}
