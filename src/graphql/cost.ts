import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** The cost of a list with no page size: about how many items such a list holds. */
export const ESTIMATED_LIST_SIZE = 10;

/** What a traversal (a neighbourhood, a timeline) costs on top of what it selects: it walks the graph. */
export const TRAVERSAL_COST = 50;

/**
 * Declared on the fields whose items a connection's page size already counts (its `edges` and
 * `nodes`): each item costs 1 plus what it selects, once, not again times the list's size.
 */
export const PER_PAGE_ITEM: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity;

/** Introspection reads the schema, not the graph: it costs nothing, as graphql-armor counts it. */
const introspectionIsFree: ComplexityEstimator = ({ field }) =>
  field === SchemaMetaFieldDef || field === TypeMetaFieldDef ? 0 : undefined;

/**
 * A field that declares no cost costs 1 plus what it selects, times how many items it may return:
 * its page size (`first`) when it takes one, about ESTIMATED_LIST_SIZE for another list, 1 otherwise.
 */
const byShape: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  const items = typeof args.first === 'number' ? args.first : isListType(type) ? ESTIMATED_LIST_SIZE : 1;
  return items * (1 + childComplexity);
};

/** In order: the first that gives a number prices the field (graphql-query-complexity's protocol). */
export const COST_ESTIMATORS: ComplexityEstimator[] = [
  introspectionIsFree,
  fieldExtensionsEstimator(),
  byShape,
];

/**
 * The cost of one operation as graphql-query-complexity's getComplexity computes it with the same
 * estimators (a field's cost from the first estimator that prices it; the dearest of the possible
 * types of an abstract selection; fields under @skip(if: true) or @include(if: false) free), with
 * one difference: each fragment is measured once and its cost reused wherever it is spread. The
 * library walks a fragment again at every spread, so a document of nested fragments that each
 * spread the one below twice costs it 2^n steps (up to its 10,000-node cap); this is linear.
 */
export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  estimators: ComplexityEstimator[] = COST_ESTIMATORS,
): number {
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const possibleTypeNames = (type: GraphQLCompositeType): string[] =>
    isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name];

  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
    const fields: Record<string, GraphQLField<unknown, unknown>> = 'getFields' in type
      ? type.getFields()
      : {};
    const ownTypes = possibleTypeNames(type);
    const byType = new Map<string, number>();
    const add = (cost: number, typeNames: string[]) => {
      for (const name of typeNames) byType.set(name, (byType.get(name) ?? 0) + cost);
    };
    for (const selection of set.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = metaField(selection.name.value) ?? fields[selection.name.value];
        if (!field) continue;
        const fieldType = getNamedType(field.type);
        const childComplexity =
          selection.selectionSet && isCompositeType(fieldType)
            ? costOf(selection.selectionSet, fieldType)
            : 0;
        const args = getArgumentValues(field, selection, variables);
        const estimate = { type, field, node: selection, args, childComplexity, context: undefined };
        for (const estimator of estimators) {
          const cost = estimator(estimate);
          if (typeof cost === 'number' && !Number.isNaN(cost)) {
            add(cost, ownTypes);
            break;
          }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (isCompositeType(inner)) add(costOf(selection.selectionSet, inner), possibleTypeNames(inner));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const inner = fragment && schema.getType(fragment.typeCondition.name.value);
        // Validation has refused fragment cycles; the guard keeps this from looping anyway.
        if (!fragment || !isCompositeType(inner) || inProgress.has(name)) continue;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          inProgress.add(name);
          cost = costOf(fragment.selectionSet, inner);
          inProgress.delete(name);
          fragmentCosts.set(name, cost);
        }
        add(cost, possibleTypeNames(inner));
      }
    }
    return Math.max(0, ...byType.values());
  };

  return costOf(selectionSet, rootType);
}

function metaField(name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return undefined;
}

/** False for a selection under @skip(if: true) or @include(if: false): it is not executed. */
function included(
  selection: SelectionSetNode['selections'][number],
  variables: Record<string, unknown>,
): boolean {
  if (!selection.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, variables);
  return include?.if !== false;
}
