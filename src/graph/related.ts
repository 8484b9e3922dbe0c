import type { Context } from '../context';
import { loadAll } from './graph.loaders';
import type { RelationType } from '../domain/relation-types';
import type { CitationNode, EntityNode, RelationNode } from './graph.nodes';

/** How many related entities a typed list field returns; `relations` pages through any number. */
export const TYPED_LIST_LIMIT = 100;

/** The relations of one type an entity has in one direction, through the batched loader. */
export async function relationsOf(
  ctx: Context,
  owner: { id: string },
  type: RelationType,
  direction: 'OUTGOING' | 'INCOMING',
): Promise<RelationNode[]> {
  const page = await ctx.loaders.relations.load({
    id: owner.id,
    filter: { types: [type], direction, at: null, after: null, first: TYPED_LIST_LIMIT },
  });
  return page.relations;
}

/** The entities at the other end of those relations, in the relations' order. */
export async function related(
  ctx: Context,
  owner: EntityNode,
  type: RelationType,
  direction: 'OUTGOING' | 'INCOMING',
): Promise<EntityNode[]> {
  const relations = await relationsOf(ctx, owner, type, direction);
  return loadAll(
    ctx.loaders.entity,
    relations.map((relation) => relation.otherId),
  );
}

export async function relatedOne(
  ctx: Context,
  owner: EntityNode,
  type: RelationType,
  direction: 'OUTGOING' | 'INCOMING',
): Promise<EntityNode | null> {
  return (await related(ctx, owner, type, direction))[0] ?? null;
}

/** The citations a fact lists by id, through the batched citation loader, in the fact's order. */
export async function factCitations(ctx: Context, fact: RelationNode): Promise<CitationNode[]> {
  return loadAll(ctx.loaders.citation, fact.citationIds);
}
