import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { loadAll } from '../graph/graph.loaders';
import type { Context } from '../context';
import type { PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { BadUserInputError } from '../errors';
import { TRAVERSAL_COST } from '../graphql/cost';
import { DateTextScalar } from '../graphql/date.types';
import { RelationTypeEnum } from '../graphql/enums';
import { toRelationNode, type EntityNode } from '../graph/graph.nodes';
import { MAX_NEIGHBOURHOOD_HOPS, neighbourhoodFilter } from '../graph/graph.repository';
import { walkNeighbourhood } from './neighbourhood';
import { shortestPath } from './traversal.repository';
import { Path, Subgraph } from './traversal.types';

export const MAX_PATH_HOPS = 6;
export { MAX_NEIGHBOURHOOD_HOPS };

function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      `${name}: expected a whole number from ${min} to ${max}, received ${value}`,
      name,
    );
  }
  return value;
}

@Resolver()
export class TraversalResolver {
  @Query(() => Path, {
    nullable: true,
    description:
      'The shortest chain of relations linking two entities, walking relations either way ("what connects ' +
      'Patrick Simonnet to the OIC Secretary-General?"). Null when either id is unknown or no path of at most ' +
      'maxHops exists.',
  })
  async shortestPath(
    @Arg('from', () => ID, { description: 'Id of the first entity.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the last entity.' }) to: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      description: `Longest path to consider, 1 to ${MAX_PATH_HOPS}.`,
    })
    maxHops: number,
    @Arg('types', () => [RelationTypeEnum], {
      nullable: true,
      description: 'Walk only relations of these types.',
    })
    types: RelationType[] | null,
    @Ctx() ctx: Context,
  ): Promise<Path | null> {
    inRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
    if (from === to) {
      const entity = await ctx.loaders.entity.load(from);
      return entity ? { length: 0, nodes: [entity], steps: [] } : null;
    }
    const found = await shortestPath(ctx.db, from, to, maxHops, types?.length ? types : null);
    if (!found) return null;
    for (const node of found.nodes) ctx.loaders.entity.prime(node.id, node);
    const steps = found.relations.map((relation, i) => {
      const [stepFrom, stepTo] = [found.nodes[i], found.nodes[i + 1]];
      const forward = relation.source === stepFrom.id;
      const [source, target] = forward ? [stepFrom.id, stepTo.id] : [stepTo.id, stepFrom.id];
      const node = toRelationNode(
        { type: relation.type, source, target, props: relation.props },
        stepFrom.id,
      );
      return { from: stepFrom, to: stepTo, relation: node };
    });
    return { length: steps.length, nodes: found.nodes, steps };
  }

  @Query(() => Subgraph, {
    nullable: true,
    complexity: TRAVERSAL_COST,
    description:
      'Everything within some hops of an entity: the entities reached and the relations between them, optionally ' +
      'only of some types and only as they stood on a date. Null when the id is unknown.',
  })
  async neighbourhood(
    @Arg('id', () => ID, { description: 'Id of the entity at the centre.' }) id: string,
    @Arg('hops', () => Int, {
      defaultValue: 1,
      description: `How far out to go, 1 to ${MAX_NEIGHBOURHOOD_HOPS}.`,
    })
    hops: number,
    @Arg('types', () => [RelationTypeEnum], {
      nullable: true,
      description: 'Walk only relations of these types.',
    })
    types: RelationType[] | null,
    @Arg('at', () => DateTextScalar, {
      nullable: true,
      description: 'Only relations holding on this date (see Entity.relations).',
    })
    at: PartialDate | null,
    @Ctx() ctx: Context,
  ): Promise<Subgraph | null> {
    inRange('hops', hops, 1, MAX_NEIGHBOURHOOD_HOPS);
    const center = await ctx.loaders.entity.load(id);
    if (!center) return null;
    const filter = neighbourhoodFilter(types, at);
    const walk = await walkNeighbourhood(center.id, hops, (frontier) =>
      loadAll(
        ctx.loaders.relations,
        frontier.map((owner) => ({ id: owner, filter })),
      ),
    );
    const ordered = [...walk.distance].sort(
      ([a, da], [b, db]) => da - db || (da === 0 ? 0 : a.localeCompare(b)),
    );
    const nodes = (await ctx.loaders.entity.loadMany(ordered.map(([entityId]) => entityId))).filter(
      (node): node is EntityNode => node !== null && !(node instanceof Error),
    );
    const within = new Set(nodes.map((node) => node.id));
    return {
      center,
      hops,
      nodes,
      relations: walk.relations
        .map((relation) => ({ ...relation, asOf: at }))
        .filter((r) => within.has(r.ownerId) && within.has(r.otherId))
        .sort((a, b) => a.id.localeCompare(b.id)),
      truncated: walk.truncated,
    };
  }
}
