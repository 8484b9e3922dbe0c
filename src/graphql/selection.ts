import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Whether a field's selection asks for `name` directly, through inline fragments and fragment
 * spreads (each fragment once). A connection asks its total this way: counting a list costs a
 * read of every item in it, a hub's thousands for a page of five, so the total is counted only
 * when `totalCount` is asked. Resolver and planner ask the same question of the same selection,
 * so their loader keys agree.
 */
export function selects(
  selectionSets: ReadonlyArray<SelectionSetNode | undefined>,
  name: string,
  fragment: (name: string) => FragmentDefinitionNode | undefined,
): boolean {
  // Fragment names already visited: at most the document's fragments, for one call.
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((part) => {
      if (part.kind === Kind.FIELD) return part.name.value === name;
      if (part.kind === Kind.INLINE_FRAGMENT) return visit(part.selectionSet);
      if (seen.has(part.name.value)) return false;
      seen.add(part.name.value);
      return visit(fragment(part.name.value)?.selectionSet);
    });
  return selectionSets.some(visit);
}
