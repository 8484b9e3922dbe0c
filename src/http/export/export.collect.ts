import type { Context } from '../../context';
import type { Row } from '../../db/database';
import { firstDay, lastDay, type PartialDate } from '../../domain/partial-date';
import type { RelationType } from '../../domain/relation-types';
import { loadAll } from '../../graph/graph.loaders';
import type { CitationNode, EntityNode, RelationNode } from '../../graph/graph.nodes';
import { entitiesPage, type RelationFilter } from '../../graph/graph.repository';
import { TraversalResolver } from '../../traversal/traversal.resolver';

/** Which part of the graph to export. */
export type Selection =
  | { kind: 'all' }
  /** These entities and the relations between them; only the listed relations when given. */
  | { kind: 'ids'; ids: string[]; relations?: string[] | null }
  | { kind: 'neighbourhood'; center: string; hops: number };

export interface ExportOptions {
  selection: Selection;
  /** False when only the entities are wanted (nodes.csv): their relations are not read. */
  relations?: boolean;
  types: RelationType[] | null;
  at: PartialDate | null;
}

/** A relation as exported: seen from its source, with its citations resolved. */
export interface ExportEdge {
  relation: RelationNode;
  source: string;
  target: string;
  citations: CitationNode[];
}

export interface ExportGraph {
  nodes: EntityNode[];
  edges: ExportEdge[];
  /** Source documents the citations quote: id to props (title, publisher; the text is left out). */
  sources: Map<string, Row>;
}

/** Entities read per page, and relations per entity per page: the API's own page limit. */
const PAGE = 100;
/** Past this many entities an export is refused: ask for a subset (ids or a neighbourhood). */
export const EXPORT_MAX_ENTITIES = 50_000;

export class ExportTooLargeError extends Error {}

/**
 * The entities of a selection and the relations between them, read through the same per-request
 * loaders and repository as the GraphQL API (so the same batching, filters and "as of" rule),
 * one page at a time.
 */
export async function collectGraph(ctx: Context, options: ExportOptions): Promise<ExportGraph> {
  const filter: RelationFilter = {
    types: options.types?.length ? [...options.types].sort() : null,
    direction: 'BOTH',
    at: options.at ? { start: firstDay(options.at), end: lastDay(options.at) } : null,
    after: null,
    first: PAGE,
    where: null,
    order: null,
    counted: false,
  };
  let nodes: EntityNode[];
  let relations: RelationNode[];
  const { selection } = options;
  if (selection.kind === 'neighbourhood') {
    const subgraph = await new TraversalResolver().neighbourhood(
      selection.center,
      selection.hops,
      options.types,
      options.at,
      ctx,
    );
    nodes = (subgraph?.nodes as EntityNode[] | undefined) ?? [];
    relations = (subgraph?.relations as RelationNode[] | undefined) ?? [];
  } else {
    nodes = selection.kind === 'ids' ? await byIds(ctx, selection.ids) : await allEntities(ctx);
    relations = options.relations === false ? [] : await relationsAmong(ctx, nodes, filter);
    if (selection.kind === 'ids' && selection.relations) {
      const listed = new Set(selection.relations);
      relations = relations.filter((relation) => listed.has(relation.id));
    }
  }
  const citationIds = [...new Set(relations.flatMap((r) => r.citationIds))];
  const citations = new Map<string, CitationNode>();
  for (const found of await loadAll(ctx.loaders.citation, citationIds)) citations.set(found.id, found);
  const sourceIds = [
    ...new Set([...citations.values()].map((c) => c.sourceId).filter((id): id is string => !!id)),
  ];
  const sources = new Map<string, Row>();
  for (const props of await loadAll(ctx.loaders.source, sourceIds)) {
    sources.set(String(props.id), { ...props, text: undefined });
  }
  const edges = relations.map((relation) => {
    const source = relation.direction === 'OUTGOING' ? relation.ownerId : relation.otherId;
    const ids = relation.citationIds;
    return {
      relation,
      source,
      target: source === relation.ownerId ? relation.otherId : relation.ownerId,
      citations: ids.map((id) => citations.get(id)).filter((c): c is CitationNode => !!c),
    };
  });
  return { nodes, edges: edges.sort((a, b) => a.relation.id.localeCompare(b.relation.id)), sources };
}

function byIds(ctx: Context, ids: string[]): Promise<EntityNode[]> {
  return loadAll(ctx.loaders.entity, ids);
}

async function allEntities(ctx: Context): Promise<EntityNode[]> {
  const nodes: EntityNode[] = [];
  let after: string | null = null;
  for (;;) {
    const { total, page } = await entitiesPage(ctx.db, null, after, PAGE + 1);
    if (total > EXPORT_MAX_ENTITIES) {
      throw new ExportTooLargeError(
        `The graph holds ${total} entities, more than an export takes (${EXPORT_MAX_ENTITIES}); ` +
          'export a subset with ids= or center= and hops=',
      );
    }
    nodes.push(...page.slice(0, PAGE));
    if (page.length <= PAGE) return nodes;
    after = page[PAGE - 1].id;
  }
}

/** Every relation between the given entities, each once, paging through each entity's relations. */
async function relationsAmong(
  ctx: Context,
  nodes: EntityNode[],
  filter: RelationFilter,
): Promise<RelationNode[]> {
  const within = new Set(nodes.map((node) => node.id));
  const found = new Map<string, RelationNode>();
  let pending = nodes.map((node) => ({ id: node.id, filter }));
  while (pending.length > 0) {
    const next: typeof pending = [];
    // One batch per round: the loader answers all of them in one query.
    const pages = await loadAll(ctx.loaders.relations, pending);
    pages.forEach((page, i) => {
      for (const relation of page.relations) {
        if (within.has(relation.otherId) && !found.has(relation.id)) found.set(relation.id, relation);
      }
      if (page.hasNextPage) {
        const last = page.relations[page.relations.length - 1];
        next.push({ id: pending[i].id, filter: { ...filter, after: last.sortKey } });
      }
    });
    pending = next;
  }
  return [...found.values()];
}
