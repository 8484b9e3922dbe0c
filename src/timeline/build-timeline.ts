import {
  comparePartialDates,
  firstDay,
  lastDay,
  parsePartialDate,
  type PartialDate,
} from '../dates/partial-date';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';
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

const QUALIFIER_KINDS: Array<[string, EntryKind]> = [
  ['date', 'FACT'],
  ['appointedOn', 'APPOINTMENT'],
  ['validFrom', 'TAKING_OFFICE'],
  ['validUntil', 'LEAVING_OFFICE'],
  ['attestedOn', 'IN_OFFICE'],
];

const date = (value: unknown): PartialDate | null =>
  typeof value === 'string' ? parsePartialDate(value) : null;

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
  for (const follow of items.follows) if (follow.other.props.date) things.set(follow.other.id, follow.other);

  const entries: Entry[] = [];
  const recurring: EntityNode[] = [];
  const undated: EntityNode[] = [];
  for (const thing of things.values()) {
    const kind: EntryKind =
      thing.kind === 'AGREEMENT' ? 'AGREEMENT' : thing.kind === 'DOCUMENT' ? 'DOCUMENT' : 'EVENT';
    const dated = date(thing.props.date);
    const institutionalised = date(thing.props.institutionalised);
    if (dated || institutionalised) {
      entries.push(entry(dated ? kind : 'INSTITUTIONALISED', dated ?? institutionalised, thing, null));
      continue;
    }
    const before = items.follows.find((f) => f.thing === thing.id && f.thingCameAfter && f.other.props.date);
    const after = items.follows.find((f) => f.thing === thing.id && !f.thingCameAfter && f.other.props.date);
    if (before || after) {
      const notBefore = before ? date(before.other.props.date) : null;
      const notAfter = after ? date(after.other.props.date) : null;
      entries.push({
        kind,
        date: null,
        notBefore,
        notAfter,
        entity: thing,
        relation: null,
        position: notBefore ? { date: notBefore, side: 1 } : { date: notAfter!, side: -1 },
      });
    } else if (thing.props.recurrenceAr) {
      recurring.push(thing);
    } else {
      undated.push(thing);
    }
  }

  const facts = new Map(items.facts.map((fact) => [fact.id, fact]));
  for (const fact of facts.values()) {
    for (const [qualifier, kind] of QUALIFIER_KINDS) {
      const when = date(fact.props[qualifier]);
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
  qualifier: string,
  when: PartialDate,
  things: Map<string, EntityNode>,
  facts: Map<string, TimelineFact>,
): boolean {
  const sameDate = (thing: EntityNode | undefined) => thing?.props.date === when.text;
  if (sameDate(things.get(fact.source.id)) || sameDate(things.get(fact.target.id))) return true;
  if (fact.type === 'HOLDS' && qualifier === 'appointedOn') {
    return [...facts.values()].some(
      (other) =>
        other.type === 'APPOINTED' &&
        other.target.id === fact.source.id &&
        other.props.roleId === fact.target.id &&
        other.props.date === when.text,
    );
  }
  return false;
}

function asRelation(fact: TimelineFact, ownerId: string): RelationNode {
  const outgoing = fact.target.id !== ownerId;
  return {
    id: fact.id,
    type: fact.type,
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    ownerId: outgoing ? fact.source.id : fact.target.id,
    otherId: outgoing ? fact.target.id : fact.source.id,
    sortKey: fact.id,
    props: fact.props,
  };
}

function within(when: PartialDate, from: PartialDate | null, to: PartialDate | null): boolean {
  return (!from || lastDay(when) >= firstDay(from)) && (!to || firstDay(when) <= lastDay(to));
}
