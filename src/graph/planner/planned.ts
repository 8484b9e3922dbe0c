import type { FieldNode, GraphQLResolveInfo } from 'graphql';

/*
 * The compiled answer, where resolvers find it. The planner reads a whole tree of relation fields
 * in one statement and assembles what each field gives, on the very objects it gives them on: an
 * entity or a fact of the answer carries, under PLANNED, each planned field's value by its
 * response key. The value is kept for the field node it was planned for: an object that reaches
 * a resolver by another way (an entity loader shared by two roots) answers only the fields asked
 * of it at that place, and any other falls back to the loaders.
 */

const PLANNED = Symbol('planned');

export interface PlannedEntry {
  /** The field it was planned for, in the operation's document. */
  node: FieldNode;
  value: unknown;
  /** The field stopped before the end of its list: the resolver reports it (extensions.cuts). */
  cut: boolean;
}

type Carrier = { [PLANNED]?: Map<string, PlannedEntry> };

export function setPlanned(owner: object, key: string, entry: PlannedEntry): void {
  const carrier = owner as Carrier;
  (carrier[PLANNED] ??= new Map()).set(key, entry);
}

/** What the plan assembled for the field being resolved, on this object, at this place; else undefined. */
export function plannedValue(owner: object, info: GraphQLResolveInfo): PlannedEntry | undefined {
  const entry = (owner as Carrier)[PLANNED]?.get(info.path.key as string);
  return entry && info.fieldNodes.includes(entry.node) ? entry : undefined;
}
