/**
 * The explorer's only way to data: the public GraphQL API at /graphql, with the same limits and
 * keys as any client. The operations are .graphql files in ./operations; their result and variable
 * types are generated from the schema (npm run codegen, into ./generated), so a schema change that
 * breaks a view fails `npm run typecheck`. The types the views read are named here, from those.
 */
import {
  ExplorerCitationCrawlDocument,
  ExplorerCitationCrawlMoreDocument,
  ExplorerEntityDocument,
  ExplorerEntityRefDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerPathDocument,
  ExplorerSearchDocument,
  ExplorerSourceDocument,
  ExplorerSuggestDocument,
  ExplorerTimelineDocument,
  type BilingualFragment,
  type CitationInContextFragment,
  type CitationSpanFragment,
  type CrawlRelationsFragment,
  type DatePartsFragment,
  type EntityRefFragment,
  type ExplorerCitationCrawlQuery,
  type ExplorerEntityQuery,
  type ExplorerSearchQuery,
  type ExplorerSourceQuery,
  type ExplorerTimelineQuery,
  type GraphEdgeFragment,
  type RecurrencePartsFragment,
  type RelationPartsFragment,
  type RelationType,
  type TenurePartsFragment,
  type TypedDocumentString,
} from './generated/graphql';

export type PartialDate = DatePartsFragment;
export type Bilingual = BilingualFragment;
/** An entity as a reference: its id, kind and both names (one type whatever its kind). */
export type EntityRef = Pick<EntityRefFragment, keyof EntityRefFragment>;
/** A citation; `context` (the quote in its sentence) where citations are shown. */
export type Citation = CitationSpanFragment & { context?: CitationInContextFragment['context'] };
export type Recurrence = RecurrencePartsFragment;
export type Relation = RelationPartsFragment;
export type Tenure = TenurePartsFragment;

type EntityResult = NonNullable<ExplorerEntityQuery['entity']>;
/** Every field any member of a union has: those that some kinds lack are optional. */
type AllFields<U> = { [K in U extends unknown ? keyof U : never]?: U extends Record<K, infer V> ? V : never };
type KindFields = Omit<AllFields<EntityResult>, keyof EntityRef | 'descEn' | 'descAr' | 'organRole'>;

type Common = 'aliases' | 'citations' | 'relations';

export interface EntityDetail extends EntityRef, KindFields {
  aliases: EntityResult['aliases'];
  description: Bilingual;
  citations: EntityResult['citations'];
  relations: EntityResult['relations'];
  /** An organ's role (asked for as organRole: other kinds' `role` has another type). */
  role: Bilingual | null;
}

/** A page of search hits, with the length of the whole list and where to read on. */
export type SearchPage = ExplorerSearchQuery['search'];
export type SearchHit = SearchPage['nodes'][number];
export type Snippet = SearchHit['snippet'];

/** A relation drawn as an edge: its ends by id. */
export type GraphEdge = Omit<GraphEdgeFragment, 'source' | 'target'> & { source: string; target: string };

export interface Subgraph {
  truncated: boolean;
  nodes: EntityRef[];
  edges: GraphEdge[];
}

export interface PathResult {
  length: number;
  nodes: EntityRef[];
  steps: Array<{ from: string; to: string; relation: Relation; edge: GraphEdge }>;
}

type TimelineResult = NonNullable<ExplorerTimelineQuery['timeline']>;
/** A recurring series: an event with its rhythm, and since when it is institutionalised. */
export type RecurringSeries = EntityRef & {
  recurrence: Recurrence | null;
  institutionalisedIn: PartialDate | null;
};
export interface Timeline extends Omit<TimelineResult, 'entity' | 'recurring'> {
  entity: EntityRef;
  recurring: RecurringSeries[];
}
export type TimelineEntry = Timeline['entries'][number];

export type Source = NonNullable<ExplorerSourceQuery['source']>;

/** A cited span of a source and the facts (entities or relations) it supports. */
export interface CitedSpan {
  citationId: string;
  start: number;
  end: number;
  facts: Array<{ kind: 'entity' | 'relation'; id: string; label: Bilingual; entityId: string }>;
}

/** The server refused for want of a key (READS_REQUIRE_KEY) or a bad key. */
export class KeyRequiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyRequiredError';
  }
}

/** A GraphQL error, with its extensions.code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KEY_STORAGE = 'oickg.apiKey';

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

/** Headers every read sends: the key when the user gave one. */
export function authHeaders(): Record<string, string> {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

/**
 * POSTs one generated operation (its text, with the fragments it spreads) as JSON, a content type
 * Apollo's CSRF prevention accepts, to the same origin, and returns its data or throws its first
 * error.
 */
export async function gql<Result, Variables>(
  operation: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
    body: JSON.stringify({ query: operation.toString(), variables }),
  });
  let body: { data?: Result; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without JSON`, undefined);
  }
  const error = body.errors?.[0];
  if (response.status === 401 || error?.extensions?.code === 'UNAUTHENTICATED') {
    throw new KeyRequiredError(error?.message ?? 'This server needs an API key');
  }
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data`, undefined);
  return body.data;
}

/** A page of relations large enough for an entity page; the server's page limit is 100. */
const RELATIONS_PAGE = 100;

/** An entity with its typed facts and its relations, as of a date when given; null when unknown. */
export async function fetchEntity(id: string, at: string | null): Promise<EntityDetail | null> {
  const data = await gql(ExplorerEntityDocument, { id, at, first: RELATIONS_PAGE });
  if (!data.entity) return null;
  const { descEn, descAr } = data.entity;
  const { organRole, ...rest }: AllFields<EntityResult> & EntityRef & Pick<EntityDetail, Common> =
    data.entity;
  return { ...rest, description: { en: descEn, ar: descAr }, role: organRole ?? null };
}

/** A page of the ranked hits, after the cursor of the page before (null for the first). */
export async function searchPage(text: string, first = 20, after: string | null = null): Promise<SearchPage> {
  const data = await gql(ExplorerSearchDocument, { text, first, after });
  return data.search;
}

/** Entities whose names or aliases match what is typed, each once, best first. */
export async function suggestEntities(
  text: string,
  first = 8,
): Promise<Array<EntityRef & { matched: string | null }>> {
  const data = await gql(ExplorerSuggestDocument, { text, first });
  const seen = new Set<string>();
  return data.search.nodes
    .filter((hit) => !seen.has(hit.entity.id) && seen.add(hit.entity.id))
    .map((hit) => ({ ...hit.entity, matched: hit.matchedName }));
}

/** An entity by id (as typed, or from a link); null when there is none. */
export async function fetchEntityRef(id: string): Promise<EntityRef | null> {
  const data = await gql(ExplorerEntityRefDocument, { id });
  return data.entity;
}

/**
 * What a field that asks for an entity holds, as an entity: an id when it is one, else the best
 * match of its text among names and aliases, in either language; null when nothing matches.
 */
export async function resolveEntity(text: string): Promise<EntityRef | null> {
  const typed = text.trim();
  if (!typed) return null;
  if (/^[a-z0-9][a-z0-9-]*$/.test(typed)) {
    const byId = await fetchEntityRef(typed);
    if (byId) return byId;
  }
  const [best] = await suggestEntities(typed, 1);
  return best ?? null;
}

const toEdge = ({ source, target, ...edge }: GraphEdgeFragment): GraphEdge => ({
  ...edge,
  source: source.id,
  target: target.id,
});

export async function fetchNeighbourhood(
  id: string,
  hops: number,
  types: string[] | null,
  at: string | null,
): Promise<Subgraph | null> {
  const data = await gql(ExplorerNeighbourhoodDocument, {
    id,
    hops,
    types: types?.length ? (types as RelationType[]) : null,
    at,
  });
  const found = data.neighbourhood;
  if (!found) return null;
  return { truncated: found.truncated, nodes: found.nodes, edges: found.relations.map(toEdge) };
}

export async function fetchPath(from: string, to: string, maxHops: number): Promise<PathResult | null> {
  const data = await gql(ExplorerPathDocument, { from, to, maxHops });
  const path = data.shortestPath;
  if (!path) return null;
  return {
    length: path.length,
    nodes: path.nodes,
    steps: path.steps.map((step) => ({
      from: step.from.id,
      to: step.to.id,
      relation: step.relation,
      edge: toEdge(step.relation),
    })),
  };
}

export async function fetchTimeline(
  entity: string,
  from: string | null,
  to: string | null,
): Promise<Timeline | null> {
  const data = await gql(ExplorerTimelineDocument, { entity, from, to });
  const found = data.timeline;
  if (!found?.entity) return null;
  return {
    ...found,
    entity: found.entity,
    recurring: found.recurring.map((item) => {
      const series: AllFields<TimelineResult['recurring'][number]> & EntityRef = item;
      return {
        ...series,
        recurrence: series.recurrence ?? null,
        institutionalisedIn: series.institutionalisedIn ?? null,
      };
    }),
  };
}

/** One cited document with its full text, alone: the reader needs no other source. */
export async function fetchSource(id: string): Promise<Source | null> {
  const data = await gql(ExplorerSourceDocument, { id });
  return data.source;
}

/** Entities per page of the citation crawl, and relations per entity: both within the query cost limit. */
const CRAWL_ENTITIES = 10;
const CRAWL_RELATIONS = 30;
/** The crawl stops past this many entities: a source reader for a huge graph needs Source.citations. */
const CRAWL_MAX_ENTITIES = 5000;

/**
 * Every cited span of one source with the facts it supports. The API has no reverse link from a
 * source to its citations yet, so this pages through the entities and their relations.
 */
export async function fetchCitedSpans(sourceId: string): Promise<{ spans: CitedSpan[]; complete: boolean }> {
  const spans = new Map<string, CitedSpan>();
  const seenRelations = new Set<string>();
  const add = (citation: Citation, fact: CitedSpan['facts'][number]) => {
    if (citation.source?.id !== sourceId || citation.start === null || citation.end === null) return;
    const span = spans.get(citation.id) ?? {
      citationId: citation.id,
      start: citation.start,
      end: citation.end,
      facts: [],
    };
    span.facts.push(fact);
    spans.set(citation.id, span);
  };
  const takeRelations = (owner: EntityRef, nodes: CrawlRelationsFragment['nodes']) => {
    for (const relation of nodes) {
      if (seenRelations.has(relation.id)) continue;
      seenRelations.add(relation.id);
      const label = {
        en: `${owner.en} ${relation.reading} ${relation.other.en}`,
        ar: `${owner.ar} ${relation.readingAr} ${relation.other.ar}`,
      };
      for (const c of relation.citations)
        add(c, { kind: 'relation', id: relation.id, label, entityId: owner.id });
    }
  };
  let after: string | null = null;
  let count = 0;
  let complete = true;
  for (;;) {
    const page: ExplorerCitationCrawlQuery = await gql(ExplorerCitationCrawlDocument, {
      after,
      first: CRAWL_ENTITIES,
      relations: CRAWL_RELATIONS,
    });
    for (const entity of page.entities.nodes) {
      for (const c of entity.citations) {
        add(c, {
          kind: 'entity',
          id: entity.id,
          label: { en: entity.en, ar: entity.ar },
          entityId: entity.id,
        });
      }
      takeRelations(entity, entity.relations.nodes);
      let more = entity.relations.pageInfo;
      while (more.hasNextPage) {
        const next = await gql(ExplorerCitationCrawlMoreDocument, {
          id: entity.id,
          after: more.endCursor,
          relations: RELATIONS_PAGE,
        });
        if (!next.entity) break;
        takeRelations(entity, next.entity.relations.nodes);
        more = next.entity.relations.pageInfo;
      }
    }
    count += page.entities.nodes.length;
    if (!page.entities.pageInfo.hasNextPage) break;
    if (count >= CRAWL_MAX_ENTITIES) {
      complete = false;
      break;
    }
    after = page.entities.pageInfo.endCursor;
  }
  return { spans: [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end), complete };
}
