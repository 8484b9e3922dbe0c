import { ObjectType } from 'type-graphql';
import { Entity } from '../graph/entity.type';
import { Connection } from '../graphql/connection';

@ObjectType({
  implements: Entity,
  description:
    'A signed agreement, such as the 2015 EU–OIC memorandum of understanding: who signed, where, when, for what.',
})
export class Agreement extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'An adopted text: a programme of action, resolutions. Who adopted or put it forward, when, and what it focuses on.',
})
export class Document extends Entity {}

@ObjectType({ description: 'A page of agreements, in id order.' })
export class AgreementConnection extends Connection(Agreement, 'Agreement') {}

@ObjectType({ description: 'A page of documents, in id order.' })
export class DocumentConnection extends Connection(Document, 'Document') {}
