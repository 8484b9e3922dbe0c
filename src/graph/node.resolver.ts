import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { KIND_LABELS } from '../domain/kinds';
import { toSource } from './citation.resolver';
import type { NodeRecord } from './node.repository';
import { asNode, Node, type Tagged } from './node.type';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Anything by its id (Relay's refetch): an entity of any kind, a relation (seen from its source: direction " +
      'OUTGOING), a citation or a source; null when nothing has this id (or it was retracted). Ids are globally ' +
      'unique, so the id alone says which. Every id a request asks for, through node, relation, citation or ' +
      'source, is looked up in one database round trip.',
  })
  async node(
    @Arg('id', () => ID, {
      description: 'Any id the API gave: "oic", "borrell-appointed-simonnet", "<source>@<start>-<end>", ...',
    })
    id: string,
    @Ctx() ctx: Context,
  ): Promise<Tagged<object> | null> {
    const record = await ctx.loaders.node.load(id);
    return record && typedNode(record);
  }
}

/** The record as the value of its GraphQL type, tagged with that type for Node's resolveType. */
function typedNode(record: NodeRecord): Tagged<object> {
  switch (record.kind) {
    case 'ENTITY':
      return asNode(record.entity, KIND_LABELS[record.entity.kind]);
    case 'RELATION':
      return asNode(record.relation, 'Relation');
    case 'CITATION':
      return asNode(record.citation, 'Citation');
    case 'SOURCE':
      return asNode(toSource(record.source), 'Source');
  }
}
