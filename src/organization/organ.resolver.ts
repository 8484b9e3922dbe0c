import { FieldResolver, Resolver, Root } from 'type-graphql';

import type { EntityNode } from '../graph/graph.nodes';

import { LocalizedText, Recurrence } from '../graphql/values.types';
import { Committee, Organ } from '../graph/entity-types';

@Resolver(() => Organ)
export class OrganResolver {
  @FieldResolver(() => LocalizedText, { nullable: true, description: 'Who sits in it.' })
  composition(@Root() organ: EntityNode): LocalizedText | null {
    return organ.attributes.composition ?? null;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'Its standing in the organisation ("the supreme authority").',
  })
  role(@Root() organ: EntityNode): LocalizedText | null {
    return organ.attributes.role ?? null;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'What it does.' })
  functions(@Root() organ: EntityNode): LocalizedText | null {
    return organ.attributes.functions ?? null;
  }

  @FieldResolver(() => Recurrence, { nullable: true, description: 'How often it meets, as the source says.' })
  meetingRhythm(@Root() organ: EntityNode): Recurrence | null {
    return organ.attributes.recurrence ?? null;
  }
}

@Resolver(() => Committee)
export class CommitteeResolver {
  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'At what level it works ("almost all at ministerial level").',
  })
  level(@Root() committee: EntityNode): LocalizedText | null {
    return committee.attributes.level ?? null;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'Who chairs it ("a number of them, heads of state").',
  })
  chairs(@Root() committee: EntityNode): LocalizedText | null {
    return committee.attributes.chairs ?? null;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'What it is for.' })
  purpose(@Root() committee: EntityNode): LocalizedText | null {
    return committee.attributes.purpose ?? null;
  }
}
