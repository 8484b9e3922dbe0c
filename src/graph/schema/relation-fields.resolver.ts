import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Info,
  Int,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../../context';
import { firstDay, lastDay, type PartialDate } from '../../domain/partial-date';
import { Connection, decodeCursor, pageSize, toPage } from '../../graphql/connection';
import { DateTextScalar } from '../../graphql/date.types';
import { PageArgs } from '../../graphql/page-args';
import { selects } from '../../graphql/selection';
import { Country, Place } from '../entity-types';
import * as EntityTypes from '../entity-types';
import type { EntityNode, RelationNode } from '../graph.nodes';
import type { RelationFilter } from '../graph.repository';
import { TENURE_ORDER } from '../list-filters';
import { reportCut } from './cuts';
import { RELATION_FIELDS, type EntityTypeName, type RelationFieldSpec } from './relation-fields';

/**
 * The GraphQL side of the relation table (relation-fields.ts): for each declared field, the
 * field itself, and for a list its companion connection (`holdersConnection`), with arguments,
 * descriptions and a resolver derived from the declaration. Every one of them resolves through
 * resolveRelationField: from the look-ahead plan's answer when the planner read it, else through
 * the per-request relations loader.
 */

/** How many items a typed list field gives when `first` is not asked. */
export const TYPED_LIST_DEFAULT = 50;

/** The three forms a declared field takes in the schema. */
export type FieldShape = 'list' | 'one' | 'connection';

/** What the planner and the resolver read of a generated field (its field extensions). */
export interface RelationFieldExtension {
  spec: RelationFieldSpec;
  shape: FieldShape;
}

@ArgsType()
class TypedListArgs {
  @Field(() => Int, {
    defaultValue: TYPED_LIST_DEFAULT,
    description: `How many to give at most, from 1 to the server's page limit (100 unless configured); ${TYPED_LIST_DEFAULT} when omitted.`,
  })
  first!: number;
}

const AT_DESCRIPTION =
  'Only those that hold on this date: "2021", "2021-11" or "2021-11-17" (see the field for what holding means).';

@ArgsType()
class TypedListAtArgs extends TypedListArgs {
  @Field(() => DateTextScalar, { nullable: true, description: AT_DESCRIPTION })
  at?: PartialDate | null;
}

@ArgsType()
class TypedPageAtArgs extends PageArgs {
  @Field(() => DateTextScalar, { nullable: true, description: AT_DESCRIPTION })
  at?: PartialDate | null;
}

interface FieldArgs {
  first?: number;
  after?: string | null;
  at?: PartialDate | null;
}

const FACT_TYPES = new Set<unknown>(
  Object.values(RELATION_FIELDS).map((f) => (f.returns.kind === 'fact' ? f.returns.type : null)),
);

/** The connection type of a field's items: RelatedOrganConnection, TenureConnection... one per item type. */
const connections = new Map<unknown, ClassType>();
function connectionOf(spec: RelationFieldSpec): ClassType {
  const item = spec.returns.type;
  const found = connections.get(item);
  if (found) return found;
  const name = FACT_TYPES.has(item) ? item.name : `Related${item.name}`;
  const what =
    spec.returns.kind === 'fact'
      ? `${item.name.toLowerCase()}s`
      : `related ${item.name === 'Entity' ? 'entities' : item.name.toLowerCase()}s`;
  @ObjectType(`${name}Connection`, {
    description: `A page of ${what}, in the order of the field that lists them, with the total.`,
  })
  class RelatedConnection extends Connection(item as ClassType, name) {}
  connections.set(item, RelatedConnection);
  return RelatedConnection;
}

const phrase = {
  direction: (spec: RelationFieldSpec) =>
    spec.direction === 'OUTGOING' ? 'from this entity' : 'pointing to this entity',
  order: (spec: RelationFieldSpec) =>
    spec.order === 'TENURE'
      ? 'in the order the tenures began (in office from, else appointed on, else attested on), undated last'
      : spec.types.length > 1
        ? 'by relation type, then by the entity at the other end'
        : 'by the entity at the other end',
};

/** A field's description, derived from its declaration. */
export function describe(spec: RelationFieldSpec, shape: FieldShape): string {
  const read = `Read from ${spec.types.join(' and ')} relations ${phrase.direction(spec)}`;
  if (shape === 'one') {
    return (
      `${spec.about} ${read}; when there are several, the first ${phrase.order(spec)}, and the response says ` +
      'so in `extensions.cuts`.'
    );
  }
  if (shape === 'connection') {
    return `${spec.about} All of them, a page at a time, ${phrase.order(spec)}, with the total. ${read}.`;
  }
  return (
    `${spec.about} ${read}, ${phrase.order(spec)}. At most \`first\` (${TYPED_LIST_DEFAULT} when omitted); when ` +
    `there are more, the response says so in \`extensions.cuts\`: \`${spec.name}Connection\` pages through all of them.`
  );
}

/**
 * The loader filter of a declared field asked with these arguments: the one key the resolver and
 * the planner both build, so that what the planner reads is what the resolver asks for.
 */
export function typedFieldFilter(
  spec: RelationFieldSpec,
  shape: FieldShape,
  args: FieldArgs,
  maxPageSize: number,
  counted: boolean,
): RelationFilter {
  const at = spec.at ? (args.at ?? null) : null;
  return {
    types: [...spec.types],
    direction: spec.direction,
    at: at ? { start: firstDay(at), end: lastDay(at) } : null,
    after: shape === 'connection' ? decodeCursor(args.after) : null,
    // One more is always read: a second item of a single field is a cut, too.
    first: shape === 'one' ? 1 : pageSize(args.first ?? TYPED_LIST_DEFAULT, maxPageSize),
    where: null,
    order: spec.order === 'TENURE' ? TENURE_ORDER : null,
    counted: shape === 'connection' && counted,
  };
}

/** Whether a connection field's selection asks for its total. */
export function countsTotal(info: GraphQLResolveInfo): boolean {
  return selects(
    info.fieldNodes.map((node) => node.selectionSet),
    'totalCount',
    (name) => info.fragments[name],
  );
}

/**
 * A declared field's value for one entity: read through the relations loader (the planner primes
 * it with what it read ahead), in the field's order, with the "as of" date each fact was listed
 * under. A list or single field that stops before the end says so (reportCut).
 */
export async function resolveRelationField(
  spec: RelationFieldSpec,
  shape: FieldShape,
  owner: EntityNode,
  args: FieldArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const filter = typedFieldFilter(
    spec,
    shape,
    args,
    ctx.limits.maxPageSize,
    shape === 'connection' && countsTotal(info),
  );
  const page = await ctx.loaders.relations.load({ id: owner.id, filter });
  const at = spec.at ? (args.at ?? null) : null;
  const relations: RelationNode[] = at
    ? page.relations.map((relation) => ({ ...relation, asOf: at }))
    : page.relations;
  let items: unknown[] = relations;
  if (spec.returns.kind === 'entity') {
    const others = await ctx.loaders.entity.loadMany(relations.map((relation) => relation.otherId));
    const failed = others.find((other) => other instanceof Error);
    if (failed) throw failed;
    items = others;
  }
  if (shape === 'connection') {
    const keyed = relations.map((relation, i) => ({ relation, item: items[i] }));
    const present = keyed.filter((entry) => entry.item !== null);
    const connection = toPage(
      present,
      (entry) => entry.relation.sortKey,
      page.total ?? 0,
      page.hasNextPage,
      filter.after,
    );
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.item })),
      nodes: present.map((entry) => entry.item),
    };
  }
  const present = items.filter((item) => item !== null);
  if (page.hasNextPage)
    reportCut(
      ctx,
      info,
      `${spec.owner}.${spec.name}`,
      filter.first,
      shape === 'list' ? `${spec.name}Connection` : null,
    );
  return shape === 'one' ? (present[0] ?? null) : present;
}

/** Adds one generated method, with its decorators, to a resolver class. */
function defineField(
  target: ClassType,
  spec: RelationFieldSpec,
  shape: FieldShape,
  argsType: ClassType | null,
): void {
  const name = shape === 'connection' ? `${spec.name}Connection` : spec.name;
  const proto = target.prototype as Record<string, unknown>;
  proto[name] = argsType
    ? (owner: EntityNode, args: FieldArgs, ctx: Context, info: GraphQLResolveInfo) =>
        resolveRelationField(spec, shape, owner, args, ctx, info)
    : (owner: EntityNode, ctx: Context, info: GraphQLResolveInfo) =>
        resolveRelationField(spec, shape, owner, {}, ctx, info);
  // type-graphql reads the parameters' and the return's types from decorator metadata, which a
  // compiler writes only for methods in source: write it as tsc would.
  const params = argsType ? 4 : 3;
  Reflect.defineMetadata('design:paramtypes', Array(params).fill(Object), proto, name);
  Reflect.defineMetadata('design:returntype', Promise, proto, name);
  const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
  const item = spec.returns.type;
  // The connection type is made now: type-graphql gathers the types before it builds any.
  const connection = shape === 'connection' ? connectionOf(spec) : null;
  const returns = shape === 'list' ? () => [item] : shape === 'one' ? () => item : () => connection!;
  Root()(proto, name, 0);
  if (argsType) Args(() => argsType)(proto, name, 1);
  Ctx()(proto, name, params - 2);
  Info()(proto, name, params - 1);
  Extensions({ relationField: { spec, shape } satisfies RelationFieldExtension })(proto, name, descriptor);
  FieldResolver(returns, { nullable: shape === 'one', description: describe(spec, shape) })(
    proto,
    name,
    descriptor,
  );
}

const OWNER_CLASSES: Record<EntityTypeName, ClassType> = {
  Organization: EntityTypes.Organization,
  Organ: EntityTypes.Organ,
  Committee: EntityTypes.Committee,
  Mission: EntityTypes.Mission,
  Position: EntityTypes.Position,
  Person: EntityTypes.Person,
  Country,
  Place,
  Event: EntityTypes.Event,
  Agreement: EntityTypes.Agreement,
  Document: EntityTypes.Document,
  Topic: EntityTypes.Topic,
};

/** One resolver class per entity type, its methods generated from the table. */
export const RELATION_FIELD_RESOLVERS: ClassType[] = (Object.keys(OWNER_CLASSES) as EntityTypeName[])
  .map((owner) => {
    const specs = RELATION_FIELDS.filter((spec) => spec.owner === owner);
    if (specs.length === 0) return null;
    @Resolver(() => OWNER_CLASSES[owner])
    class RelationFieldsResolver {}
    Object.defineProperty(RelationFieldsResolver, 'name', { value: `${owner}RelationFieldsResolver` });
    for (const spec of specs) {
      if (spec.one) {
        defineField(RelationFieldsResolver, spec, 'one', null);
      } else {
        defineField(RelationFieldsResolver, spec, 'list', spec.at ? TypedListAtArgs : TypedListArgs);
        defineField(RelationFieldsResolver, spec, 'connection', spec.at ? TypedPageAtArgs : PageArgs);
      }
    }
    return RelationFieldsResolver;
  })
  .filter((resolver): resolver is ClassType => resolver !== null);
