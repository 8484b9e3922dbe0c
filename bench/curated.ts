import { readDatasetFiles } from '../src/dataset/files';
import { validateDataset } from '../src/dataset/validate';
import type { QuestionTargets } from './scenarios';

/**
 * The questions' targets in the curated dataset (data/): the ids today's benchmark has always
 * asked about, the entity with the most relations as the "hub", and for the path the two
 * entities farthest apart (within six relations).
 */
export function curatedTargets(): Omit<QuestionTargets, 'deep'> & { deepAfter: string } {
  const dataset = validateDataset(readDatasetFiles());
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const relation of dataset.relations) {
    link(relation.from, relation.to);
    link(relation.to, relation.from);
  }
  const degree = (id: string) => dataset.relations.filter((r) => r.from === id || r.to === id).length;
  const ids = dataset.entities.map((e) => e.id).sort();
  const hub = [...ids].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))[0];
  const distances = (from: string): Map<string, number> => {
    const seen = new Map([[from, 0]]);
    let frontier = [from];
    for (let hop = 1; hop <= 6 && frontier.length > 0; hop++) {
      frontier = frontier.flatMap((id) => [...(neighbours.get(id) ?? [])].filter((n) => !seen.has(n)));
      frontier = [...new Set(frontier)];
      for (const id of frontier) seen.set(id, hop);
    }
    return seen;
  };
  let path = { from: ids[0], to: ids[0], hops: 0 };
  for (const from of ids) {
    for (const [to, hops] of distances(from)) if (hops > path.hops) path = { from, to, hops };
  }
  const oic = dataset.entities.find((e) => e.id === 'oic')!;
  return {
    entity: 'oic',
    position: 'oic-secretary-general',
    organisation: 'oic',
    neighbourhood: 'oic-secretary-general',
    hub,
    search: { ar: oic.names.ar, en: oic.names.en },
    deepAfter: ids[Math.floor(0.75 * ids.length)],
    timeline: { entity: 'eu-oic-relations', from: '2005', to: '2015' },
    path: { from: path.from, to: path.to },
  };
}
