/**
 * The explorer's only way to data: the public GraphQL API at /graphql, with the same limits and
 * keys as any client. Every query and every type the views read lives here, so that a new field of
 * the API is adopted in one place.
 */

export interface PartialDate {
  text: string;
  precision: 'YEAR' | 'MONTH' | 'DAY';
  year: number;
  month: number | null;
  day: number | null;
  earliest: string;
  latest: string;
}

export interface Bilingual {
  en: string;
  ar: string;
}

export interface EntityRef extends Bilingual {
  id: string;
  kind: string;
}

/** A quote in the text around it, as the server cuts it (Citation.context). */
export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

export interface Citation {
  id: string;
  quote: string | null;
  start: number | null;
  end: number | null;
  note: string | null;
  source: { id: string } | null;
  /** The quote in its sentence; asked for where citations are shown, null for a curator's note. */
  context?: QuoteContext | null;
}

export interface Recurrence {
  interval: number | null;
  unit: string | null;
  month: number | null;
  description: Bilingual;
  during: EntityRef | null;
}

export interface Relation {
  id: string;
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  reading: string;
  readingAr: string;
  other: EntityRef;
  date: PartialDate | null;
  appointedOn: PartialDate | null;
  inOfficeFrom: PartialDate | null;
  inOfficeUntil: PartialDate | null;
  attestedOn: PartialDate | null;
  former: boolean;
  role: EntityRef | null;
  recurrence: Recurrence | null;
  note: Bilingual | null;
  citations: Citation[];
}

export interface Tenure {
  id: string;
  person: EntityRef;
  position: EntityRef;
  appointedOn: PartialDate | null;
  inOfficeFrom: PartialDate | null;
  inOfficeUntil: PartialDate | null;
  attestedOn: PartialDate | null;
  former: boolean;
  appointedBy: EntityRef | null;
  note: Bilingual | null;
  citations: Citation[];
}

export interface Alias {
  text: string;
  lang: 'AR' | 'EN';
  kind: string;
}

export interface EntityDetail extends EntityRef {
  aliases: Alias[];
  description: Bilingual;
  citations: Array<Citation & { supports: string[] | null }>;
  relations: { totalCount: number; nodes: Relation[] };
  /** Kind-specific facts, present when the kind has them. */
  holders?: Tenure[];
  tenures?: Tenure[];
  date?: PartialDate | null;
  institutionalisedIn?: PartialDate | null;
  openedOn?: PartialDate | null;
  eventType?: string | null;
  documentType?: string | null;
  mode?: string | null;
  ordinal?: number | null;
  acronyms?: string[];
  recurrence?: Recurrence | null;
  meetingRhythm?: Recurrence | null;
  role?: Bilingual | null;
  composition?: Bilingual | null;
  functions?: Bilingual | null;
  level?: Bilingual | null;
  chairs?: Bilingual | null;
  purpose?: Bilingual | null;
  horizon?: Bilingual | null;
  scope?: Bilingual | null;
  outcome?: Bilingual | null;
}

/** The text a hit matched in, with the matching words marked (offsets in code points). */
export interface Snippet {
  text: string;
  lang: 'AR' | 'EN';
  marks: Array<{ start: number; end: number }>;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

export interface SearchHit {
  entity: EntityRef;
  matchedIn: 'NAME' | 'ALIAS' | 'DESCRIPTION' | 'QUOTE';
  /** The name or alias matched; null for a description or quote hit. */
  matchedName: string | null;
  matchedLang: 'AR' | 'EN';
  matchedAs: string | null;
  exact: boolean;
  /** Found only by guessing at near words. */
  fuzzy: boolean;
  score: number;
  snippet: Snippet;
  /** For a quote hit: the citation, and the relation it states when it states one. */
  citation: { id: string; start: number | null; end: number | null; source: { id: string } | null } | null;
  relation: { id: string; type: string; reading: string; readingAr: string; other: EntityRef } | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  reading: string;
  readingAr: string;
  date: PartialDate | null;
  appointedOn: PartialDate | null;
  inOfficeFrom: PartialDate | null;
  inOfficeUntil: PartialDate | null;
  attestedOn: PartialDate | null;
  citations: Citation[];
}

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

export interface TimelineEntry {
  kind: string;
  date: PartialDate | null;
  notBefore: PartialDate | null;
  notAfter: PartialDate | null;
  entity: EntityRef | null;
  relation: { id: string; type: string } | null;
  summary: string;
  summaryAr: string;
  citations: Citation[];
}

export interface Timeline {
  entity: EntityRef;
  entries: TimelineEntry[];
  recurring: Array<EntityRef & { recurrence: Recurrence | null; institutionalisedIn: PartialDate | null }>;
  undated: EntityRef[];
}

export interface Source {
  id: string;
  title: Bilingual;
  publisher: Bilingual;
  language: string;
  length: number;
  text: string;
}

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
 * POSTs one operation as JSON (a content type Apollo's CSRF prevention accepts) to the same
 * origin, and returns its data or throws its first error.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
    body: JSON.stringify({ query: withFragments(query), variables }),
  });
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
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

const FRAGMENTS: Record<string, string> = {
  D: 'fragment D on PartialDate { text precision year month day earliest latest }',
  Ref: 'fragment Ref on Entity { id kind en: name(lang: EN) ar: name(lang: AR) }',
  // A citation as shown: the quote in its sentence, which the server cuts from the source (up
  // to 280 code points each side), so that no view needs a source's whole text.
  Cite: `fragment Cite on Citation {
    id quote start end note source { id }
    context(chars: 280) { before quote after truncatedBefore truncatedAfter }
  }`,
  // A citation as a span of its source, where it is not shown (the source reader's index, graph edges).
  Span: 'fragment Span on Citation { id quote start end note source { id } }',
  Rec: 'fragment Rec on Recurrence { interval unit month description { en ar } during { ...Ref } }',
  Rel: `fragment Rel on Relation {
    id type direction reading readingAr: reading(lang: AR) other { ...Ref }
    date { ...D } appointedOn { ...D } inOfficeFrom { ...D } inOfficeUntil { ...D } attestedOn { ...D } former
    role { ...Ref } recurrence { ...Rec } note { en ar } citations { ...Cite }
  }`,
  Ten: `fragment Ten on Tenure {
    id person { ...Ref } position { ...Ref } appointedOn { ...D } inOfficeFrom { ...D }
    inOfficeUntil { ...D } attestedOn { ...D } former appointedBy { ...Ref } note { en ar }
    citations { ...Cite }
  }`,
  Edge: `fragment Edge on Relation {
    id type source { id } target { id } reading readingAr: reading(lang: AR)
    date { ...D } appointedOn { ...D } inOfficeFrom { ...D } inOfficeUntil { ...D } attestedOn { ...D } citations { ...Span }
  }`,
};

/** The operation with the fragments it spreads, and only those (GraphQL refuses unused ones). */
function withFragments(operation: string): string {
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.([A-Za-z]+)/g)) {
      if (!used.has(name) && FRAGMENTS[name]) {
        used.add(name);
        visit(FRAGMENTS[name]);
      }
    }
  };
  visit(operation);
  return [operation, ...[...used].map((name) => FRAGMENTS[name])].join('\n');
}

/** A page of relations large enough for an entity page; the server's page limit is 100. */
const RELATIONS_PAGE = 100;

const ENTITY_QUERY = `
query ExplorerEntity($id: ID!, $at: DateText, $first: Int!) {
  entity(id: $id) {
    ...Ref
    aliases { text lang kind }
    descEn: description(lang: EN) descAr: description(lang: AR)
    citations { ...Cite supports }
    relations(at: $at, first: $first) { totalCount nodes { ...Rel } }
    ... on Position { holders(at: $at) { ...Ten } }
    ... on Person { tenures(at: $at) { ...Ten } }
    ... on Event {
      date { ...D } institutionalisedIn { ...D } eventType mode ordinal recurrence { ...Rec } outcome { en ar }
    }
    ... on Organ {
      meetingRhythm { ...Rec } organRole: role { en ar } composition { en ar } functions { en ar }
    }
    ... on Organization { acronyms }
    ... on Committee { level { en ar } chairs { en ar } purpose { en ar } }
    ... on Document {
      date { ...D } documentType horizon { en ar } scope { en ar } purpose { en ar }
    }
    ... on Agreement { date { ...D } documentType purpose { en ar } }
    ... on Mission { openedOn { ...D } }
  }
}`;

type RawEntity = Omit<EntityDetail, 'description' | 'role'> & {
  descEn: string;
  descAr: string;
  organRole?: Bilingual | null;
};

/** An entity with its typed facts and its relations, as of a date when given; null when unknown. */
export async function fetchEntity(id: string, at: string | null): Promise<EntityDetail | null> {
  const data = await gql<{ entity: RawEntity | null }>(ENTITY_QUERY, { id, at, first: RELATIONS_PAGE });
  if (!data.entity) return null;
  const { descEn, descAr, organRole, ...rest } = data.entity;
  return { ...rest, description: { en: descEn, ar: descAr }, role: organRole ?? null };
}

export async function search(text: string, first = 20): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    `query ExplorerSearch($text: String!, $first: Int!) {
      search(text: $text, first: $first) {
        entity { ...Ref } matchedIn matchedName matchedLang matchedAs exact fuzzy score
        snippet { text lang marks { start end } clippedBefore clippedAfter }
        citation { id start end source { id } }
        relation { id type reading readingAr: reading(lang: AR) other { ...Ref } }
      }
    }`,
    { text, first },
  );
  return data.search;
}

type RawEdge = Omit<GraphEdge, 'source' | 'target'> & { source: { id: string }; target: { id: string } };
const toEdge = ({ source, target, ...edge }: RawEdge): GraphEdge => ({
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
  const data = await gql<{
    neighbourhood: { truncated: boolean; nodes: EntityRef[]; relations: RawEdge[] } | null;
  }>(
    `query ExplorerNeighbourhood($id: ID!, $hops: Int!, $types: [RelationType!], $at: DateText) {
      neighbourhood(id: $id, hops: $hops, types: $types, at: $at) {
        truncated nodes { ...Ref } relations { ...Edge }
      }
    }`,
    { id, hops, types: types?.length ? types : null, at },
  );
  const found = data.neighbourhood;
  if (!found) return null;
  return { truncated: found.truncated, nodes: found.nodes, edges: found.relations.map(toEdge) };
}

export async function fetchPath(from: string, to: string, maxHops: number): Promise<PathResult | null> {
  const data = await gql<{
    shortestPath: {
      length: number;
      nodes: EntityRef[];
      steps: Array<{ from: { id: string }; to: { id: string }; relation: Relation & RawEdge }>;
    } | null;
  }>(
    `query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int!) {
      shortestPath(from: $from, to: $to, maxHops: $maxHops) {
        length nodes { ...Ref }
        steps { from { id } to { id } relation { ...Rel source { id } target { id } } }
      }
    }`,
    { from, to, maxHops },
  );
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
  const data = await gql<{ timeline: Timeline | null }>(
    `query ExplorerTimeline($entity: ID!, $from: DateText, $to: DateText) {
      timeline(entity: $entity, from: $from, to: $to) {
        entity { ...Ref }
        entries {
          kind date { ...D } notBefore { ...D } notAfter { ...D } entity { ...Ref }
          relation { id type } summary summaryAr: summary(lang: AR) citations { ...Cite }
        }
        recurring { ...Ref ... on Event { recurrence { ...Rec } institutionalisedIn { ...D } } }
        undated { ...Ref }
      }
    }`,
    { entity, from, to },
  );
  return data.timeline;
}

/** One cited document with its full text, alone: the reader needs no other source. */
export async function fetchSource(id: string): Promise<Source | null> {
  const data = await gql<{ source: Source | null }>(
    `query ExplorerSource($id: ID!) {
      source(id: $id) { id title { en ar } publisher { en ar } language length text }
    }`,
    { id },
  );
  return data.source;
}

/** Entities per page of the citation crawl, and relations per entity: both within the query cost limit. */
const CRAWL_ENTITIES = 10;
const CRAWL_RELATIONS = 30;
/** The crawl stops past this many entities: a source reader for a huge graph needs Source.citations. */
const CRAWL_MAX_ENTITIES = 5000;

interface CrawlEntity extends EntityRef {
  citations: Citation[];
  relations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      type: string;
      reading: string;
      readingAr: string;
      other: EntityRef;
      citations: Citation[];
    }>;
  };
}

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
  const takeRelations = (owner: EntityRef, nodes: CrawlEntity['relations']['nodes']) => {
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
  const relationFields = `pageInfo { hasNextPage endCursor }
    nodes { id type reading readingAr: reading(lang: AR) other { ...Ref } citations { ...Span } }`;
  let after: string | null = null;
  let count = 0;
  let complete = true;
  for (;;) {
    const page: {
      entities: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: CrawlEntity[] };
    } = await gql(
      `query ExplorerCitationCrawl($after: String, $first: Int!, $relations: Int!) {
          entities(first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { ...Ref citations { ...Span } relations(first: $relations) { ${relationFields} } }
          }
        }`,
      { after, first: CRAWL_ENTITIES, relations: CRAWL_RELATIONS },
    );
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
        const next: { entity: { relations: CrawlEntity['relations'] } } = await gql(
          `query ExplorerCitationCrawlMore($id: ID!, $after: String, $relations: Int!) {
            entity(id: $id) { relations(first: $relations, after: $after) { ${relationFields} } }
          }`,
          { id: entity.id, after: more.endCursor, relations: RELATIONS_PAGE },
        );
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
