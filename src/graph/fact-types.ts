import { Field, ObjectType } from 'type-graphql';

/**
 * Typed views of single facts (a relation seen as a tenure, an appointment, a signature, a
 * participation). Shared here for the same reason as entity-types.ts; FactFields adds the
 * fields every fact has, the concept folders the rest.
 */

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
  description: 'Someone appointing someone to an office: who, whom, to what, when, and the citations.',
})
export class Appointment {
  @Field({ description: 'Id of the APPOINTED fact.' })
  id!: string;
}

@ObjectType({ description: 'A person signing an agreement: in what capacity, when, and the citations.' })
export class Signature {
  @Field({ description: 'Id of the SIGNED fact.' })
  id!: string;
}

@ObjectType({ description: 'An entity taking part in an event, with what the source says of its part.' })
export class Participation {
  @Field({ description: 'Id of the PARTICIPANT fact.' })
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
