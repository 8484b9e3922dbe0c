import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { FacetRow } from './store/entity-page';
import type { EntityKind } from '../domain/kinds';
import type { RelationType } from '../domain/relation-types';
import { KindCount, TypeCount, YearCount } from '../graphql/list.types';
import type { EntityFacetsKey, RelationKey } from './graph.loaders';

/**
 * The facets of a list: counts of the whole filtered list (not the page) by kind, relation type
 * and year. A connection carries only what its counts are of (its key); they are read when a
 * selection asks for them, through a loader, in grouped rows counted by Neo4j, so a list whose
 * facets are not asked costs nothing more.
 */

@ObjectType({
  description:
    'Counts of the whole list (every page, under its where): by kind and by year. An entity dated "2016-04" ' +
    'counts in 2016, one dated only "2011" in 2011; undated entities count in no year.',
})
export class EntityFacets {
  key!: EntityFacetsKey;
}

@ObjectType({
  description:
    'Counts of the whole list of relations (every page, under its filters): by type, by the kind of the entity ' +
    'at the other end, and by year of the relation\'s date (its earliest time qualifier): "2016-04" counts in ' +
    '2016, "2011" in 2011; undated relations count in no year.',
})
export class RelationFacets {
  key!: RelationKey;
}

type Counted<K extends string> = Map<K, number>;

function tally<K extends string>(rows: readonly FacetRow[], field: 'kind' | 'year' | 'type'): Counted<K> {
  const counts: Counted<K> = new Map();
  for (const row of rows) {
    const value = (row[field] ?? null) as K | null;
    if (value === null) continue;
    counts.set(value, (counts.get(value) ?? 0) + Number(row.n));
  }
  return counts;
}

const byKind = (rows: readonly FacetRow[]): KindCount[] =>
  [...tally<EntityKind>(rows, 'kind')]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));

const byYear = (rows: readonly FacetRow[]): YearCount[] =>
  [...tally<string>(rows, 'year')]
    .map(([year, count]) => ({ year: Number(year), count }))
    .sort((a, b) => a.year - b.year);

const KIND_DESCRIPTION = 'Counts by kind, the largest first (then by kind).';
const YEAR_DESCRIPTION = 'Counts by year, the earliest first; only years that count something.';

@Resolver(() => EntityFacets)
export class EntityFacetsResolver {
  @FieldResolver(() => [KindCount], { description: KIND_DESCRIPTION })
  async byKind(@Root() facets: EntityFacets, @Ctx() ctx: Context): Promise<KindCount[]> {
    return byKind(await ctx.loaders.entityFacets.load(facets.key));
  }

  @FieldResolver(() => [YearCount], { description: YEAR_DESCRIPTION })
  async byYear(@Root() facets: EntityFacets, @Ctx() ctx: Context): Promise<YearCount[]> {
    return byYear(await ctx.loaders.entityFacets.load(facets.key));
  }
}

@Resolver(() => RelationFacets)
export class RelationFacetsResolver {
  @FieldResolver(() => [TypeCount], {
    description: 'Counts by relation type, the largest first (then by type).',
  })
  async byType(@Root() facets: RelationFacets, @Ctx() ctx: Context): Promise<TypeCount[]> {
    return [...tally<RelationType>(await ctx.loaders.relationFacets.load(facets.key), 'type')]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  }

  @FieldResolver(() => [KindCount], { description: `${KIND_DESCRIPTION} Of the entity at the other end.` })
  async byKind(@Root() facets: RelationFacets, @Ctx() ctx: Context): Promise<KindCount[]> {
    return byKind(await ctx.loaders.relationFacets.load(facets.key));
  }

  @FieldResolver(() => [YearCount], { description: YEAR_DESCRIPTION })
  async byYear(@Root() facets: RelationFacets, @Ctx() ctx: Context): Promise<YearCount[]> {
    return byYear(await ctx.loaders.relationFacets.load(facets.key));
  }
}
