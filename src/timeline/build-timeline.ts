import { comparePartialDates, firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import type { DateQualifier } from '../domain/qualifiers';
import { sourceOf, targetOf, type EntityNode, type RelationNode } from '../graph/graph.nodes';
import type { TimelineFact, TimelineItems } from './timeline.repository';

export type EntryKind =
  | 'EVENT'
  | 'AGREEMENT'
  | 'DOCUMENT'
  | 'INSTITUTIONALISED'
  | 'APPOINTMENT'
  | 'TAKING_OFFICE'
  | 'LEAVING_OFFICE'
  | 'IN_OFFICE'
  | 'FACT';

export interface Entry {
  kind: EntryKind;
  date: PartialDate | null;
  notBefore: PartialDate | null;
  notAfter: PartialDate | null;
  entity: EntityNode | null;
  relation: RelationNode | null;
  /** Placement: the date it sorts by, and -1 / 0 / +1 for just before / at / just after it. */
  position: { date: PartialDate; side: number } | null;
}

export interface BuiltTimeline {
  entries: Entry[];
  /** Recurring events: a rhythm, no date. */
  recurring: EntityNode[];
  /** Things the source neither dates nor places relative to a dated event. */
  undated: EntityNode[];
}

const QUALIFIER_KINDS: Array<[DateQualifier, EntryKind]> = [
  ['date', 'FACT'],
  ['appointedOn', 'APPOINTMENT'],
  ['inOfficeFrom', 'TAKING_OFFICE'],
  ['inOfficeUntil', 'LEAVING_OFFICE'],
  ['attestedOn', 'IN_OFFICE'],
];

/**
 * Orders what happened around an entity. Dated things sort by date (the partial-date rule:
 * first day, then coarser first); an undated event the source places after another sorts just
 * after it, one placed before another just before it. A dated fact is left out when a thing
 * in the timeline already stands for it (a signing, when the agreement is there with the same
 * date; a tenure's appointment, when the appointment itself is there).
 */
export function buildTimeline(
  ownerId: string,
  items: TimelineItems,
  from: PartialDate | null,
  to: PartialDate | null,
): BuiltTimeline {
  const things = new Map(items.things.map((thing) => [thing.id, thing]));
  for (const follow of items.follows)
    if (follow.other.attributes.date) things.set(follow.other.id, follow.other);

  const entries: Entry[] = [];
  const recurring: EntityNode[] = [];
  const undated: EntityNode[] = [];
  for (const thing of things.values()) {
    const kind: EntryKind =
      thing.kind === 'AGREEMENT' ? 'AGREEMENT' : thing.kind === 'DOCUMENT' ? 'DOCUMENT' : 'EVENT';
    const dated = thing.attributes.date ?? null;
    const institutionalised = thing.attributes.institutionalised ?? null;
    if (dated || institutionalised) {
      entries.push(entry(dated ? kind : 'INSTITUTIONALISED', dated ?? institutionalised, thing, null));
      continue;
    }
    const dateOf = (other: EntityNode) => other.attributes.date ?? null;
    const before = items.follows.find((f) => f.thing === thing.id && f.thingCameAfter && dateOf(f.other));
    const after = items.follows.find((f) => f.thing === thing.id && !f.thingCameAfter && dateOf(f.other));
    if (before || after) {
      const notBefore = before ? dateOf(before.other) : null;
      const notAfter = after ? dateOf(after.other) : null;
      entries.push({
        kind,
        date: null,
        notBefore,
        notAfter,
        entity: thing,
        relation: null,
        position: notBefore ? { date: notBefore, side: 1 } : { date: notAfter!, side: -1 },
      });
    } else if (thing.attributes.recurrence) {
      recurring.push(thing);
    } else {
      undated.push(thing);
    }
  }

  const facts = new Map(items.facts.map((fact) => [fact.id, fact]));
  for (const fact of facts.values()) {
    for (const [qualifier, kind] of QUALIFIER_KINDS) {
      const when = fact.qualifiers[qualifier] ?? null;
      if (!when || representedElsewhere(fact, qualifier, when, things, facts)) continue;
      entries.push(
        entry(
          kind === 'FACT' && fact.type === 'APPOINTED' ? 'APPOINTMENT' : kind,
          when,
          null,
          asRelation(fact, ownerId),
        ),
      );
    }
  }

  const kept = entries.filter((e) => e.position && within(e.position.date, from, to));
  kept.sort(
    (a, b) =>
      comparePartialDates(a.position!.date, b.position!.date) ||
      a.position!.side - b.position!.side ||
      (a.entity?.id ?? a.relation!.id).localeCompare(b.entity?.id ?? b.relation!.id),
  );
  const bySort = (a: EntityNode, b: EntityNode) => a.id.localeCompare(b.id);
  return {
    entries: kept,
    recurring: recurring.sort(bySort),
    undated: from || to ? [] : undated.sort(bySort),
  };
}

function entry(
  kind: EntryKind,
  when: PartialDate | null,
  entity: EntityNode | null,
  relation: RelationNode | null,
): Entry {
  return {
    kind,
    date: when,
    notBefore: null,
    notAfter: null,
    entity,
    relation,
    position: when ? { date: when, side: 0 } : null,
  };
}

function representedElsewhere(
  fact: TimelineFact,
  qualifier: DateQualifier,
  when: PartialDate,
  things: Map<string, EntityNode>,
  facts: Map<string, TimelineFact>,
): boolean {
  const sameDate = (thing: EntityNode | undefined) => thing?.attributes.date?.text === when.text;
  if (sameDate(things.get(sourceOf(fact))) || sameDate(things.get(targetOf(fact)))) return true;
  if (fact.type === 'HOLDS' && qualifier === 'appointedOn') {
    return [...facts.values()].some(
      (other) =>
        other.type === 'APPOINTED' &&
        targetOf(other) === sourceOf(fact) &&
        other.qualifiers.roleId === targetOf(fact) &&
        other.qualifiers.date?.text === when.text,
    );
  }
  return false;
}

/** The fact seen from the timeline's entity when it is the target, from its source otherwise. */
function asRelation(fact: TimelineFact, ownerId: string): RelationNode {
  if (targetOf(fact) !== ownerId) return fact;
  return { ...fact, direction: 'INCOMING', ownerId, otherId: sourceOf(fact) };
}

function within(when: PartialDate, from: PartialDate | null, to: PartialDate | null): boolean {
  return (!from || lastDay(when) >= firstDay(from)) && (!to || firstDay(when) <= lastDay(to));
}
