import { Kind, type FragmentDefinitionNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Role } from '../config';
import { requireRole, type Principal } from './auth';

/**
 * Declares, where a root field is declared, the role it needs: `@RequiresRole('editor')` on the
 * curation mutations. The role is checked for the whole operation once it is resolved and before
 * anything runs (checkRoles), so that a caller without the role learns nothing else: not whether
 * its input was valid, not what the variables should have held.
 */
export function RequiresRole(role: Role) {
  return Extensions({ requiresRole: role });
}

/**
 * Refuses the operation (UNAUTHENTICATED, 401; FORBIDDEN, 403) when one of its root fields,
 * through fragments too, needs a role the principal lacks.
 */
export function checkRoles(
  rootType: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  principal: Principal | null,
): void {
  // Fragment names already walked: one walk per request, at most the document's fragments (the
  // document is within the token limit).
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const role = rootType.getFields()[selection.name.value]?.extensions?.requiresRole as Role | undefined;
        if (role) requireRole(principal, role, selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(selectionSet);
}
