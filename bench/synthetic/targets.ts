import type { EntityKind } from '../../src/domain/kinds';
import type { SyntheticGraph } from './graph';

/**
 * What the benchmark asks of a generated graph, chosen from its structure so that each answer
 * has about the same size at every graph size: then a cost that grows from 10k to 100k entities
 * grows with the graph, not with the answer.
 */
export interface Targets {
  /** Question 1: one entity by id (the organisation hub). */
  entity: string;
  /** Question 2: a position with about eight holders. */
  position: string;
  /** Question 4: an organisation with a handful of organs and positions. */
  organisation: string;
  /** Question 5: an entity whose two-hop neighbourhood is a few dozen to a few hundred entities. */
  neighbourhood: string;
  /** The three hubs; relations(first: 5) and the timeline ask the organisation hub. */
  hubs: { organization: string; country: string; topic: string };
  /** Search: a person's full name in Arabic and in English. */
  search: { ar: string; en: string };
  /** A deep entity page: the id after which it starts (90% into the list). */
  deepAfter: string;
  /** The hub's timeline, over one year. */
  timeline: { entity: string; from: string; to: string };
  /** Two entities exactly six relations apart. */
  path: { from: string; to: string };
}

/** Compressed adjacency (both directions) over the generated relations. */
export class Adjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;

  constructor(graph: SyntheticGraph) {
    const { from, to, length } = graph.relations;
    const degree = new Int32Array(graph.size + 1);
    for (let k = 0; k < length; k++) {
      degree[from[k] + 1] += 1;
      degree[to[k] + 1] += 1;
    }
    for (let i = 1; i <= graph.size; i++) degree[i] += degree[i - 1];
    this.offsets = degree;
    this.neighbours = new Int32Array(2 * length);
    const fill = this.offsets.slice(0, graph.size);
    for (let k = 0; k < length; k++) {
      this.neighbours[fill[from[k]]++] = to[k];
      this.neighbours[fill[to[k]]++] = from[k];
    }
  }

  degree(index: number): number {
    return this.offsets[index + 1] - this.offsets[index];
  }

  of(index: number): Int32Array {
    return this.neighbours.subarray(this.offsets[index], this.offsets[index + 1]);
  }
}

/** Degree figures of the graph: the power law's body and tail, and the hubs. */
export interface DegreeSummary {
  entities: number;
  relations: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  /** Largest degree outside the three hubs. */
  maxOutsideHubs: number;
  hubs: Record<string, number>;
  /** How many entities have a degree in [2^k, 2^(k+1)): the power law on a log-log scale. */
  histogram: Array<{ from: number; entities: number }>;
}

export function degreeSummary(graph: SyntheticGraph, adjacency: Adjacency): DegreeSummary {
  const hubs = new Set(Object.values(graph.hubs));
  const degrees = Int32Array.from({ length: graph.size }, (_, i) => adjacency.degree(i)).sort();
  const at = (q: number): number => degrees[Math.min(degrees.length - 1, Math.floor(q * degrees.length))];
  let maxOutsideHubs = 0;
  const histogram = new Map<number, number>();
  for (let i = 0; i < graph.size; i++) {
    const d = adjacency.degree(i);
    if (!hubs.has(i)) maxOutsideHubs = Math.max(maxOutsideHubs, d);
    const bucket = d === 0 ? 0 : 2 ** Math.floor(Math.log2(d));
    histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
  }
  return {
    entities: graph.size,
    relations: graph.relationCount,
    mean: (2 * graph.relationCount) / graph.size,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    p999: at(0.999),
    maxOutsideHubs,
    hubs: Object.fromEntries(
      Object.values(graph.hubs).map((index) => [graph.idOf(index), adjacency.degree(index)]),
    ),
    histogram: [...histogram].sort(([a], [b]) => a - b).map(([from, entities]) => ({ from, entities })),
  };
}

/**
 * Picks the question targets and links the 6-hop path into the graph (call once, after
 * generate() and before the relations are written).
 */
export function chooseTargets(graph: SyntheticGraph): Targets {
  const adjacency = new Adjacency(graph);
  const hubs = new Set(Object.values(graph.hubs));
  const tails = new Set(graph.tails);
  const ordinary = (kind: EntityKind): number[] => {
    const { start, count } = graph.range(kind);
    return Array.from({ length: count }, (_, i) => start + i).filter((i) => !hubs.has(i) && !tails.has(i));
  };
  /** The entity of the kind whose score is lowest (the first of them on a tie). */
  const closest = (kind: EntityKind, score: (index: number) => number): number => {
    let best = -1;
    let bestScore = Infinity;
    for (const index of ordinary(kind)) {
      const value = score(index);
      if (value < bestScore) [best, bestScore] = [index, value];
      if (value === 0) break;
    }
    if (best < 0 || !Number.isFinite(bestScore))
      throw new Error(`no ${kind} in the generated graph fits the question`);
    return best;
  };
  const holdsCount = new Int32Array(graph.size);
  const organs = new Int32Array(graph.size);
  const positions = new Int32Array(graph.size);
  for (let k = 0; k < graph.relationCount; k++) {
    const type = graph.typeOf(k);
    const target = graph.relations.to[k];
    if (type === 'HOLDS') holdsCount[target] += 1;
    if (type === 'ORGAN_OF') organs[target] += 1;
    if (type === 'POSITION_OF' && graph.kindOf(target) === 'ORGANIZATION') positions[target] += 1;
  }
  const position = closest('POSITION', (i) => Math.abs(holdsCount[i] - 8));
  const organisation = closest('ORGANIZATION', (i) => Math.abs(organs[i] - 6) + Math.abs(positions[i] - 9));
  // Small enough not to be truncated (every entity within a hop has at most 200 relations, our
  // neighbourhood's fan-out) and large enough to be a question: about 100 entities in two hops.
  // A person: the hubs touch no person directly, and at 10k entities they touch most of the rest.
  const twoHops = (centre: number): number => {
    const seen = new Set<number>([centre]);
    for (const n of adjacency.of(centre)) {
      if (adjacency.degree(n) > 200) return Infinity;
      seen.add(n);
      for (const m of adjacency.of(n)) seen.add(m);
    }
    return seen.size;
  };
  const neighbourhood = closest('PERSON', (i) => {
    const size = adjacency.degree(i) <= 200 ? twoHops(i) : Infinity;
    return size >= 30 && size <= 300 ? 0 : Math.abs(size - 100);
  });

  // The path: p, a person whose neighbours are all ordinary, and q, a person two steps from p
  // through one of them; the reserved people then make the ends six steps apart.
  let path: { p: number; q: number } | null = null;
  for (const p of ordinary('PERSON')) {
    const near = adjacency.of(p);
    if (near.length < 2 || near.some((n) => adjacency.degree(n) > 50 || hubs.has(n))) continue;
    const direct = new Set(near);
    for (const m of near) {
      for (const q of adjacency.of(m)) {
        if (!path && q !== p && !direct.has(q) && graph.kindOf(q) === 'PERSON' && !tails.has(q))
          path = { p, q };
      }
    }
    if (path) break;
  }
  if (!path) throw new Error('no two people two steps apart to route the 6-hop path through');
  const { p, q } = path!;
  graph.linkPath(p, q);

  const person = graph.describe(graph.range('PERSON').start + 100);
  const { start, count } = graph.range('POSITION');
  const deep = start + Math.floor(0.75 * count);
  return {
    entity: graph.idOf(graph.hubs.organization),
    position: graph.idOf(position),
    organisation: graph.idOf(organisation),
    neighbourhood: graph.idOf(neighbourhood),
    hubs: {
      organization: graph.idOf(graph.hubs.organization),
      country: graph.idOf(graph.hubs.country),
      topic: graph.idOf(graph.hubs.topic),
    },
    search: { ar: person.names.ar, en: person.names.en },
    deepAfter: graph.idOf(deep),
    timeline: { entity: graph.idOf(graph.hubs.organization), from: '2014-07', to: '2015-06' },
    path: { from: graph.idOf(graph.tails[0]), to: graph.idOf(graph.tails[3]) },
  };
}
