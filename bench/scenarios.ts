import neo4j from 'neo4j-driver';
import { exactQuery } from '../src/db/lucene';
import { firstDay, lastDay, parsePartialDate } from '../src/domain/partial-date';
import { normaliseName } from '../src/domain/normalise';
import { cypher } from '../src/db/queries';
import { encodeCursor } from '../src/graphql/connection';
import { queryWordsOf } from '../src/search/query';
import { searchParameters } from '../src/search/search.repository';
import { RELATION_SORT_KEY } from './library-typedefs';

/**
 * The questions the benchmark asks, each written three ways: for our server (GraphQL), for the
 * Neo4j GraphQL Library (GraphQL over the type definitions in library-typedefs.ts) and as one
 * hand-written Cypher query. Each answer is reduced to a sorted list of facts (ids, names,
 * dates) so the three can be checked to agree before anything is timed.
 */

export type Row = Record<string, unknown>;

export interface GraphQLRequest {
  query: string;
  variables: Row;
}

/** How the library is asked: through the kind types and the Entity interface, or the generic AnyEntity type. */
export type LibraryVariant = 'typed' | 'generic';

export interface Scenario {
  key: string;
  title: string;
  /**
   * The target for our server's Cypher statements per request: one for questions 1 to 5,
   * never more than the query's depth (its levels of related data) for the others.
   */
  maxQueries: number;
  ours: GraphQLRequest;
  /** Both variants answer in the same shape (the generic one aliases its root field). */
  library: Partial<Record<LibraryVariant, GraphQLRequest & { slow?: string }>>;
  /** Why the library is not asked this question at all, when it is not. */
  libraryCannot?: string;
  cypher: { text: string; params: Row };
  facts: {
    ours(data: unknown): string[];
    library(data: unknown): string[];
    cypher(rows: Row[]): string[];
  };
}

interface Named {
  id: string;
  name: string;
}
interface LibNamed {
  id: string;
  nameEn: string;
}
const d = (text: string | null | undefined): string => text ?? '-';
const sorted = (facts: Iterable<string>): string[] => [...facts].sort();
const unique = (facts: Iterable<string>): string[] => sorted(new Set(facts));

// (1) One entity by id, with its names.
interface S1Ours {
  entity: { id: string; kind: string; names: Array<{ lang: string; text: string }> } | null;
}
interface S1Lib {
  entities: Array<{ id: string; kind: string; nameEn: string; nameAr: string | null }>;
}
const entityById = (id: string): Scenario => ({
  key: 'entity',
  title: '1. One entity by id, with its names',
  maxQueries: 1,
  ours: {
    query: 'query Entity($id: ID!) { entity(id: $id) { id kind names { lang text } } }',
    variables: { id },
  },
  library: {
    typed: {
      query: 'query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id kind nameEn nameAr } }',
      variables: { id },
    },
    generic: {
      query:
        'query Entity($id: ID!) { entities: anyEntities(where: { id: { eq: $id } }) { id kind nameEn nameAr } }',
      variables: { id },
    },
  },
  cypher: {
    text: 'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.kind AS kind, e.nameEn AS nameEn, e.nameAr AS nameAr',
    params: { id },
  },
  facts: {
    ours: (data) => {
      const e = (data as S1Ours).entity;
      return e ? sorted(e.names.map((n) => `${e.id}|${e.kind}|${n.lang}|${n.text}`)) : [];
    },
    library: (data) =>
      sorted(
        (data as S1Lib).entities.flatMap((e) => [
          `${e.id}|${e.kind}|EN|${e.nameEn}`,
          `${e.id}|${e.kind}|AR|${e.nameAr}`,
        ]),
      ),
    cypher: (rows) =>
      sorted(rows.flatMap((e) => [`${e.id}|${e.kind}|EN|${e.nameEn}`, `${e.id}|${e.kind}|AR|${e.nameAr}`])),
  },
});

// (2) Who held a position, with the tenure dates. @neo4j/graphql has no "as of": all holders.
interface S2Ours {
  entity: {
    holders: Array<{
      id: string;
      person: Named;
      appointedOn: { text: string } | null;
      inOfficeFrom: { text: string } | null;
      inOfficeUntil: { text: string } | null;
      attestedOn: { text: string } | null;
      former: boolean;
    }>;
  } | null;
}
interface S2Lib {
  positions: Array<{
    holdersConnection: {
      edges: Array<{
        node: LibNamed;
        properties: {
          id: string;
          appointedOn: string | null;
          inOfficeFrom: string | null;
          inOfficeUntil: string | null;
          attestedOn: string | null;
          former: boolean | null;
        };
      }>;
    };
  }>;
}
const tenure = (...parts: Array<string | null | undefined | boolean>): string =>
  parts.map((part) => (typeof part === 'boolean' ? String(part) : d(part))).join('|');
const holders = (id: string): Scenario => ({
  key: 'holders',
  title: '2. Holders of a position, with tenure dates',
  maxQueries: 1,
  ours: {
    query: `query Holders($id: ID!) {
  entity(id: $id) {
    ... on Position {
      holders {
        id
        person { id name }
        appointedOn { text }
        inOfficeFrom { text }
        inOfficeUntil { text }
        attestedOn { text }
        former
      }
    }
  }
}`,
    variables: { id },
  },
  library: {
    typed: {
      query: `query Holders($id: ID!) {
  positions(where: { id: { eq: $id } }) {
    holdersConnection {
      edges {
        node { id nameEn }
        properties { id appointedOn inOfficeFrom inOfficeUntil attestedOn former }
      }
    }
  }
}`,
      variables: { id },
    },
  },
  cypher: {
    text: `MATCH (:Position:Entity {id: $id})<-[t:HOLDS]-(p:Person:Entity)
RETURN t.id AS id, p.id AS personId, p.nameEn AS personName, t.appointedOn AS appointedOn,
       t.inOfficeFrom AS inOfficeFrom, t.inOfficeUntil AS inOfficeUntil, t.attestedOn AS attestedOn,
       coalesce(t.former, false) AS former`,
    params: { id },
  },
  facts: {
    ours: (data) =>
      sorted(
        ((data as S2Ours).entity?.holders ?? []).map((h) =>
          tenure(
            h.id,
            h.person.id,
            h.person.name,
            h.appointedOn?.text,
            h.inOfficeFrom?.text,
            h.inOfficeUntil?.text,
            h.attestedOn?.text,
            h.former,
          ),
        ),
      ),
    library: (data) =>
      sorted(
        (data as S2Lib).positions.flatMap((p) =>
          p.holdersConnection.edges.map(({ node, properties: t }) =>
            tenure(
              t.id,
              node.id,
              node.nameEn,
              t.appointedOn,
              t.inOfficeFrom,
              t.inOfficeUntil,
              t.attestedOn,
              t.former === true,
            ),
          ),
        ),
      ),
    cypher: (rows) =>
      sorted(
        rows.map((r) =>
          tenure(
            r.id as string,
            r.personId as string,
            r.personName as string,
            r.appointedOn as string | null,
            r.inOfficeFrom as string | null,
            r.inOfficeUntil as string | null,
            r.attestedOn as string | null,
            r.former === true,
          ),
        ),
      ),
  },
});

// (3) A page of 20 entities in id order, each with its first 5 relations and the other end's name.
interface S3Ours {
  entities: {
    nodes: Array<Named & { relations: { nodes: Array<{ type: string; direction: string; other: Named }> } }>;
  };
}
interface RelationSummary {
  type: string;
  direction: string;
  otherId: string;
  otherName: string;
}
interface S3Lib {
  entities: Array<LibNamed & { firstRelations: RelationSummary[] }>;
}
const relationFact = (owner: string, r: RelationSummary): string =>
  `R|${owner}|${r.type}|${r.direction}|${r.otherId}|${r.otherName}`;
const page = (): Scenario => ({
  key: 'page',
  title: '3. A page of 20 entities, each with 5 relations',
  maxQueries: 1,
  ours: {
    query: `query Page {
  entities(first: 20) {
    nodes {
      id
      name
      relations(first: 5) { nodes { type direction other { id name } } }
    }
  }
}`,
    variables: {},
  },
  library: {
    typed: {
      query: `query Page {
  entities(limit: 20, sort: [{ id: ASC }]) { id nameEn firstRelations { type direction otherId otherName } }
}`,
      variables: {},
    },
    generic: {
      query: `query Page {
  entities: anyEntities(limit: 20, sort: [{ id: ASC }]) {
    id
    nameEn
    firstRelations { type direction otherId otherName }
  }
}`,
      variables: {},
    },
  },
  cypher: {
    // "e.id IS NOT NULL" lets Neo4j read the first 20 from the id index, in order, instead of
    // sorting every entity: what a hand-written query for this page would do.
    text: `MATCH (e:Entity) WHERE e.id IS NOT NULL
WITH e ORDER BY e.id LIMIT 20
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WITH r, other, CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  WITH r, other, direction ORDER BY ${RELATION_SORT_KEY} LIMIT 5
  RETURN collect({type: type(r), direction: direction, otherId: other.id, otherName: other.nameEn}) AS relations
}
RETURN e.id AS id, e.nameEn AS name, relations`,
    params: {},
  },
  facts: {
    ours: (data) =>
      sorted(
        (data as S3Ours).entities.nodes.flatMap((e) => [
          `E|${e.id}|${e.name}`,
          ...e.relations.nodes.map((r) =>
            relationFact(e.id, {
              type: r.type,
              direction: r.direction,
              otherId: r.other.id,
              otherName: r.other.name,
            }),
          ),
        ]),
      ),
    library: (data) =>
      sorted(
        (data as S3Lib).entities.flatMap((e) => [
          `E|${e.id}|${e.nameEn}`,
          ...e.firstRelations.map((r) => relationFact(e.id, r)),
        ]),
      ),
    cypher: (rows) =>
      sorted(
        rows.flatMap((e) => [
          `E|${e.id}|${e.name}`,
          ...(e.relations as RelationSummary[]).map((r) => relationFact(e.id as string, r)),
        ]),
      ),
  },
});

// (4) An organisation with its organs and positions, and those positions' holders (3 levels).
interface S4Ours {
  entity:
    | (Named & {
        organs: Named[];
        positions: Array<Named & { holders: Array<{ person: Named }> }>;
      })
    | null;
}
interface S4Lib {
  organizations: Array<
    LibNamed & { organs: LibNamed[]; positions: Array<LibNamed & { holders: LibNamed[] }> }
  >;
}
interface S4Row {
  id: string;
  name: string;
  organs: LibNamed[];
  positions: Array<LibNamed & { holders: LibNamed[] }>;
}
function organisationFacts(o: S4Row): string[] {
  return [
    `O|${o.id}|${o.name}`,
    ...o.organs.map((g) => `G|${g.id}|${g.nameEn}`),
    ...o.positions.flatMap((p) => [
      `P|${p.id}|${p.nameEn}`,
      ...p.holders.map((h) => `H|${p.id}|${h.id}|${h.nameEn}`),
    ]),
  ];
}
const organisation = (id: string): Scenario => ({
  key: 'organisation',
  title: '4. Organisation → organs, positions → holders',
  maxQueries: 1,
  ours: {
    query: `query Organisation($id: ID!) {
  entity(id: $id) {
    id
    name
    ... on Organization {
      organs { id name }
      positions { id name holders { person { id name } } }
    }
  }
}`,
    variables: { id },
  },
  library: {
    typed: {
      query: `query Organisation($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    id
    nameEn
    organs { id nameEn }
    positions { id nameEn holders { id nameEn } }
  }
}`,
      variables: { id },
    },
  },
  cypher: {
    text: `MATCH (o:Organization:Entity {id: $id})
RETURN o.id AS id, o.nameEn AS name,
       [(o)<-[:ORGAN_OF]-(g:Organ:Entity) | g {.id, .nameEn}] AS organs,
       [(o)<-[:POSITION_OF]-(p:Position:Entity) |
         p {.id, .nameEn, holders: [(p)<-[:HOLDS]-(h:Person:Entity) | h {.id, .nameEn}]}] AS positions`,
    params: { id },
  },
  facts: {
    ours: (data) => {
      const o = (data as S4Ours).entity;
      if (!o) return [];
      const lib = (e: Named): LibNamed => ({ id: e.id, nameEn: e.name });
      return sorted(
        organisationFacts({
          id: o.id,
          name: o.name,
          organs: o.organs.map(lib),
          positions: o.positions.map((p) => ({ ...lib(p), holders: p.holders.map((h) => lib(h.person)) })),
        }),
      );
    },
    library: (data) =>
      sorted((data as S4Lib).organizations.flatMap((o) => organisationFacts({ ...o, name: o.nameEn }))),
    cypher: (rows) => sorted(rows.flatMap((row) => organisationFacts(row as unknown as S4Row))),
  },
});

// (5) The 2-hop neighbourhood of an entity: the entities reached and the relations walked.
interface S5Ours {
  neighbourhood: { truncated: boolean; nodes: Named[]; relations: Array<{ id: string }> } | null;
}
interface LibNeighbour extends LibNamed {
  relationIds?: string[];
  neighbours?: LibNeighbour[];
}
interface S5Lib {
  entities: LibNeighbour[];
}
function neighbourhoodFacts(nodes: LibNamed[], relationIds: string[]): string[] {
  return [
    ...unique(nodes.map((n) => `N|${n.id}|${n.nameEn}`)),
    ...unique(relationIds.map((id) => `R|${id}`)),
  ];
}
const neighbourhoodQuery = (root: string): string => `query Neighbourhood($id: ID!) {
  ${root}(where: { id: { eq: $id } }) {
    id
    nameEn
    relationIds
    neighbours { id nameEn relationIds neighbours { id nameEn } }
  }
}`;
const neighbourhood = (id: string): Scenario => ({
  key: 'neighbourhood',
  title: '5. 2-hop neighbourhood of an entity',
  maxQueries: 1,
  ours: {
    query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, hops: 2) { truncated nodes { id name } relations { id } }
}`,
    variables: { id },
  },
  library: {
    typed: {
      query: neighbourhoodQuery('entities'),
      variables: { id },
      slow:
        'through the interface, two nested `neighbours` compile to 12 x 12 x 12 subqueries (over 0.5 MB of ' +
        'Cypher), whose first request took about a minute on a 2-core machine (Neo4j planning it)',
    },
    generic: {
      query: neighbourhoodQuery('entities: anyEntities'),
      variables: { id },
    },
  },
  cypher: {
    text: `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  RETURN collect(DISTINCT n) AS hop1, collect(DISTINCT r.id) AS near
}
CALL (hop1) {
  UNWIND hop1 AS n
  MATCH (n)-[r]-(m:Entity)
  RETURN collect(DISTINCT m {.id, .nameEn}) AS hop2, collect(DISTINCT r.id) AS far
}
RETURN [c {.id, .nameEn}] + [n IN hop1 | n {.id, .nameEn}] + hop2 AS nodes, near + far AS relationIds`,
    params: { id },
  },
  facts: {
    ours: (data) => {
      const n = (data as S5Ours).neighbourhood;
      if (!n) return [];
      // A truncated subgraph would not be the whole neighbourhood the others return.
      if (n.truncated) throw new Error('our neighbourhood came back truncated');
      return neighbourhoodFacts(
        n.nodes.map((e) => ({ id: e.id, nameEn: e.name })),
        n.relations.map((r) => r.id),
      );
    },
    library: (data) => {
      const nodes: LibNamed[] = [];
      const relationIds: string[] = [];
      const walk = (entity: LibNeighbour): void => {
        nodes.push(entity);
        relationIds.push(...(entity.relationIds ?? []));
        for (const next of entity.neighbours ?? []) walk(next);
      };
      (data as S5Lib).entities.forEach(walk);
      return neighbourhoodFacts(nodes, relationIds);
    },
    cypher: (rows) =>
      neighbourhoodFacts(
        rows.flatMap((r) => r.nodes as LibNamed[]),
        rows.flatMap((r) => r.relationIds as string[]),
      ),
  },
});

// (6, 7) Search, in Arabic or in English: the ten best hits, in order, over names, descriptions
// and quotes, as the product searches. The floor is our own statement (cypher/search/hits.cypher)
// through the driver with the parameters our resolver gives it: a hand-written query that ranks
// the same hits the same way would be that statement again.
interface SearchOurs {
  search: { nodes: Array<{ entity: Named }> };
}
const SEARCH_HITS = 10;
const search = (key: string, title: string, text: string): Scenario => ({
  key,
  title,
  maxQueries: 1,
  ours: {
    query: `query Search($text: String!) { search(text: $text, first: ${SEARCH_HITS}) { nodes { entity { id name } } } }`,
    variables: { text },
  },
  library: {},
  libraryCannot:
    'its @fulltext queries one index at a time; ours ranks the exact-name keys, names, descriptions and quotes in both languages in one list (phrase, every word, then rarer words first, words as typed before guesses, one best hit per entity and per fact) with its total, which it can only say in a hand-written @cypher query',
  cypher: { text: cypher('search/hits').text, params: searchParams(text) },
  facts: {
    ours: (data) =>
      (data as SearchOurs).search.nodes.map((hit, rank) => `${rank}|${hit.entity.id}|${hit.entity.name}`),
    library: () => [],
    // The statement gives one row more than the page, to tell whether another follows.
    cypher: (rows) =>
      rows
        .filter((row) => row.entity !== null)
        .slice(0, SEARCH_HITS)
        .map((row, rank) => `${rank}|${(row.entity as Row).id}|${(row.entity as Row).nameEn}`),
  },
});

/** The parameters our search resolver gives cypher/search/hits.cypher (src/search/search.resolver.ts). */
export function searchParams(text: string): Row {
  const trimmed = text.trim();
  const params = searchParameters({
    exact: normaliseName(trimmed) || null,
    words: queryWordsOf(trimmed),
    scopes: { names: true, descriptions: true, quotes: true },
    kinds: [],
    after: null,
    first: SEARCH_HITS,
  });
  // Integers, as our Database sends whole numbers (LIMIT and list indexes take no float).
  return wholeNumbersAsIntegers(params) as Row;
}

function wholeNumbersAsIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(wholeNumbersAsIntegers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, wholeNumbersAsIntegers(item)]),
    );
  }
  return value;
}

// (8) The first five relations of a hub (10,000 or more relations), in our order.
interface HubOurs {
  entity: {
    id: string;
    relations: { nodes: Array<{ type: string; direction: string; other: Named }> };
  } | null;
}
const hubRelations = (id: string): Scenario => ({
  key: 'hub-relations',
  title: '8. relations(first: 5) of a hub',
  maxQueries: 2,
  ours: {
    query: `query HubRelations($id: ID!) {
  entity(id: $id) { id relations(first: 5) { nodes { type direction other { id name } } } }
}`,
    variables: { id },
  },
  library: {
    typed: {
      query: `query HubRelations($id: ID!) {
  entities(where: { id: { eq: $id } }) { id firstRelations { type direction otherId otherName } }
}`,
      variables: { id },
    },
    generic: {
      query: `query HubRelations($id: ID!) {
  entities: anyEntities(where: { id: { eq: $id } }) { id firstRelations { type direction otherId otherName } }
}`,
      variables: { id },
    },
  },
  cypher: {
    text: `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WITH r, other, CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  WITH r, other, direction ORDER BY ${RELATION_SORT_KEY} LIMIT 5
  RETURN collect({type: type(r), direction: direction, otherId: other.id, otherName: other.nameEn}) AS relations
}
RETURN e.id AS id, relations`,
    params: { id },
  },
  facts: {
    ours: (data) => {
      const e = (data as HubOurs).entity;
      if (!e) return [];
      return e.relations.nodes.map((r, rank) =>
        relationFact(`${rank}|${e.id}`, {
          type: r.type,
          direction: r.direction,
          otherId: r.other.id,
          otherName: r.other.name,
        }),
      );
    },
    library: (data) =>
      (data as { entities: Array<{ id: string; firstRelations: RelationSummary[] }> }).entities.flatMap((e) =>
        e.firstRelations.map((r, rank) => relationFact(`${rank}|${e.id}`, r)),
      ),
    cypher: (rows) =>
      rows.flatMap((e) =>
        (e.relations as RelationSummary[]).map((r, rank) => relationFact(`${rank}|${e.id}`, r)),
      ),
  },
});

// (9) A page of 20 entities deep in the list: ours by cursor, the library by its own cursor
// (an offset), raw Cypher from the id index.
interface DeepOurs {
  entities: { nodes: Named[] };
}
interface DeepLibrary {
  entities: { edges: Array<{ node: LibNamed }> };
}
/** The library's cursors are graphql-relay offsets: "arrayconnection:<offset>", base64. */
const libraryCursor = (offset: number): string => Buffer.from(`arrayconnection:${offset}`).toString('base64');
const deepConnection = (root: string): string => `query DeepPage($after: String!) {
  ${root}(first: 20, after: $after, sort: [{ id: ASC }]) { edges { node { id nameEn } } }
}`;
const deepPage = (after: string, offset: number): Scenario => ({
  key: 'deep-page',
  title: '9. A page of 20 entities deep in the list',
  maxQueries: 1,
  ours: {
    query: 'query DeepPage($after: String!) { entities(first: 20, after: $after) { nodes { id name } } }',
    variables: { after: encodeCursor(after) },
  },
  library: {
    // `offset` entities come up to and including `after`; the page starts after the last of them.
    typed: {
      query: deepConnection('entities: entitiesConnection'),
      variables: { after: libraryCursor(offset - 1) },
    },
    generic: {
      query: deepConnection('entities: anyEntitiesConnection'),
      variables: { after: libraryCursor(offset - 1) },
    },
  },
  cypher: {
    text: `MATCH (e:Entity) WHERE e.id > $after
RETURN e.id AS id, e.nameEn AS name ORDER BY e.id LIMIT 20`,
    params: { after },
  },
  facts: {
    ours: (data) => (data as DeepOurs).entities.nodes.map((e, rank) => `${rank}|${e.id}|${e.name}`),
    library: (data) =>
      (data as DeepLibrary).entities.edges.map(({ node }, rank) => `${rank}|${node.id}|${node.nameEn}`),
    cypher: (rows) => rows.map((row, rank) => `${rank}|${row.id}|${row.name}`),
  },
});

// (10) A hub's timeline over a window: what happened around the hub, its organs, positions,
// missions and services in one year, its first page of 100 entries in order and how many the
// window holds. The raw query applies the timeline's rules, the window and the page in Cypher.
const TIMELINE_PAGE = 100;
interface TimelineOurs {
  timeline: {
    totalCount: number;
    entries: Array<{
      kind: string;
      date: { text: string } | null;
      notBefore: { text: string } | null;
      notAfter: { text: string } | null;
      entity: { id: string } | null;
      relation: { id: string } | null;
    }>;
  } | null;
}
const timelineFact = (
  rank: number,
  kind: string,
  date: unknown,
  notBefore: unknown,
  notAfter: unknown,
  id: unknown,
): string => [rank, kind, date ?? '-', notBefore ?? '-', notAfter ?? '-', id].join('|');
const timeline = (target: { entity: string; from: string; to: string }): Scenario => ({
  key: 'timeline',
  title: "10. A hub's timeline over one year",
  maxQueries: 2,
  ours: {
    query: `query Timeline($id: ID!, $from: DateText!, $to: DateText!) {
  timeline(entity: $id, from: $from, to: $to, first: ${TIMELINE_PAGE}) {
    totalCount
    entries { kind date { text } notBefore { text } notAfter { text } entity { id } relation { id } }
  }
}`,
    variables: { id: target.entity, from: target.from, to: target.to },
  },
  library: {},
  libraryCannot:
    'a timeline merges dated entities and dated relations of the entity and its members, placed by partial dates; the library has no such query short of a hand-written @cypher one',
  cypher: { text: TIMELINE_CYPHER, params: timelineParams(target) },
  facts: {
    ours: (data) => {
      const t = (data as TimelineOurs).timeline;
      if (!t) return [];
      return [
        `total|${t.totalCount}`,
        ...t.entries.map((e, rank) =>
          timelineFact(
            rank,
            e.kind,
            e.date?.text,
            e.notBefore?.text,
            e.notAfter?.text,
            e.entity?.id ?? e.relation?.id,
          ),
        ),
      ];
    },
    library: () => [],
    cypher: (rows) =>
      rows.flatMap((row) => [
        `total|${row.total as number}`,
        ...(row.entries as Row[]).map((e, rank) =>
          timelineFact(rank, e.kind as string, e.date, e.notBefore, e.notAfter, e.id),
        ),
      ]),
  },
});

function timelineParams(target: { entity: string; from: string; to: string }): Row {
  return {
    id: target.entity,
    fromStart: firstDay(parsePartialDate(target.from)),
    toEnd: lastDay(parsePartialDate(target.to)),
    contextQuery: exactQuery(target.entity),
    limit: neo4j.int(TIMELINE_PAGE),
  };
}

/**
 * The timeline's rules (src/timeline/build-timeline.ts), in Cypher, applying the window as early
 * as they allow: the entity's members (scope), the events, agreements and documents linked to
 * it (things) and the dated events those follow or precede; then the entries that fall in the
 * window: things by date (or by when they were institutionalised), undated things by the event they follow or precede, and
 * each date of a dated relation touching the scope unless a thing at one of its ends has that
 * same date (or, for a tenure's appointment, an appointment of the same person to the same post).
 */
/** Whether one of a relation's dates may fall in the window ($fromStart to $toEnd). */
const IN_WINDOW = (r: string): string =>
  `any(span IN [[${r}.dateStart, ${r}.dateEnd], [${r}.appointedOnStart, ${r}.appointedOnEnd],
                   [${r}.inOfficeFromStart, ${r}.inOfficeFromEnd], [${r}.inOfficeUntilStart, ${r}.inOfficeUntilEnd],
                   [${r}.attestedOnStart, ${r}.attestedOnEnd]]
          WHERE span[0] <= $toEnd AND span[1] >= $fromStart)`;

const TIMELINE_CYPHER = `MATCH (x:Entity {id: $id})
CALL (x) {
  OPTIONAL MATCH (m:Entity)-[r:ORGAN_OF|POSITION_OF|MISSION_OF|SERVICE_OF|INSTANCE_OF|PART_OF]->(x)
  WHERE r.retractedAt IS NULL
  WITH x, collect(DISTINCT m) AS members
  RETURN [x] + members AS scope
}
CALL (x, scope) {
  UNWIND [s IN scope WHERE s = x OR NOT (s:Event OR s:Agreement OR s:Document)] AS s
  MATCH (s)-[r]-(t:Event|Agreement|Document)
  WHERE r.retractedAt IS NULL AND (t.date IS NULL OR t.dateEnd >= $fromStart AND t.dateStart <= $toEnd)
  RETURN collect(DISTINCT t) AS linked
}
WITH x, scope, linked + [s IN scope WHERE (s:Event OR s:Agreement OR s:Document) AND NOT s IN linked] AS things
CALL (things) {
  UNWIND things AS t
  MATCH (t)-[f:FOLLOWS]-(u:Event)
  WHERE f.retractedAt IS NULL AND u.dateEnd >= $fromStart AND u.dateStart <= $toEnd
  RETURN collect(DISTINCT u) AS followed
}
WITH x, scope, things, things + [u IN followed WHERE NOT u IN things] AS all
CALL (all) {
  UNWIND all AS t
  WITH t WHERE t.date IS NOT NULL OR t.institutionalised IS NOT NULL
  WITH t, coalesce(t.dateStart, t.institutionalisedStart) AS first, coalesce(t.dateEnd, t.institutionalisedEnd) AS last
  WHERE last >= $fromStart AND first <= $toEnd
  RETURN collect({kind: CASE WHEN t.date IS NULL THEN 'INSTITUTIONALISED' WHEN t:Agreement THEN 'AGREEMENT'
                             WHEN t:Document THEN 'DOCUMENT' ELSE 'EVENT' END,
                  date: coalesce(t.date, t.institutionalised), id: t.id,
                  key: first + CASE size(coalesce(t.date, t.institutionalised)) WHEN 4 THEN '0' WHEN 7 THEN '1' ELSE '2' END
                       + '1' + t.id + ' 0'}) AS dated
}
CALL (things) {
  UNWIND things AS t
  WITH t WHERE t.date IS NULL AND t.institutionalised IS NULL
  OPTIONAL MATCH (t)-[f:FOLLOWS]->(b:Event) WHERE f.retractedAt IS NULL AND b.date IS NOT NULL
  WITH t, head(collect(b)) AS before
  OPTIONAL MATCH (a:Event)-[f:FOLLOWS]->(t) WHERE f.retractedAt IS NULL AND a.date IS NOT NULL
  WITH t, before, head(collect(a)) AS after
  WITH t, before, after, coalesce(before, after) AS anchor
  WHERE anchor.dateEnd >= $fromStart AND anchor.dateStart <= $toEnd
  RETURN collect({kind: CASE WHEN t:Agreement THEN 'AGREEMENT' WHEN t:Document THEN 'DOCUMENT' ELSE 'EVENT' END,
                  notBefore: before.date, notAfter: after.date, id: t.id,
                  key: anchor.dateStart + CASE size(anchor.date) WHEN 4 THEN '0' WHEN 7 THEN '1' ELSE '2' END
                       + CASE WHEN before IS NULL THEN '0' ELSE '2' END + t.id + ' 0'}) AS placed
}
CALL (scope) {
  UNWIND scope AS s
  MATCH (s)-[r]-(:Entity)
  WHERE r.retractedAt IS NULL AND ${IN_WINDOW('r')}
  RETURN collect(DISTINCT r) AS touching
}
CALL () {
  CALL db.index.fulltext.queryRelationships('relation_contexts', $contextQuery) YIELD relationship
  WHERE relationship.retractedAt IS NULL AND ${IN_WINDOW('relationship')}
  RETURN collect(relationship) AS contextual
}
CALL (scope, all, touching, contextual) {
  UNWIND touching + [c IN contextual WHERE NOT c IN touching] AS r
  UNWIND [['date', r.date, r.dateStart, r.dateEnd, CASE type(r) WHEN 'APPOINTED' THEN 'APPOINTMENT' ELSE 'FACT' END, '0'],
          ['appointedOn', r.appointedOn, r.appointedOnStart, r.appointedOnEnd, 'APPOINTMENT', '1'],
          ['inOfficeFrom', r.inOfficeFrom, r.inOfficeFromStart, r.inOfficeFromEnd, 'TAKING_OFFICE', '2'],
          ['inOfficeUntil', r.inOfficeUntil, r.inOfficeUntilStart, r.inOfficeUntilEnd, 'LEAVING_OFFICE', '3'],
          ['attestedOn', r.attestedOn, r.attestedOnStart, r.attestedOnEnd, 'IN_OFFICE', '4']] AS q
  WITH r, q, startNode(r) AS a, endNode(r) AS b
  WHERE q[1] IS NOT NULL AND q[3] >= $fromStart AND q[2] <= $toEnd
    AND NOT (a.date = q[1] AND a IN all) AND NOT (b.date = q[1] AND b IN all)
    AND NOT (type(r) = 'HOLDS' AND q[0] = 'appointedOn' AND EXISTS {
      MATCH (by:Entity)-[ap:APPOINTED]->(a)
      WHERE ap.retractedAt IS NULL AND ap.roleId = b.id AND ap.date = q[1]
        AND (ap IN touching OR ap IN contextual)
    })
  RETURN collect({kind: q[4], date: q[1], id: r.id,
                  key: q[2] + CASE size(q[1]) WHEN 4 THEN '0' WHEN 7 THEN '1' ELSE '2' END + '1' + r.id + ' ' + q[5]}) AS facts
}
// The page: the window's first $limit entries in the timeline's order (first day, the coarser
// date first, then the id), and how many the window holds.
WITH dated + placed + facts AS entries
CALL (entries) {
  UNWIND entries AS e
  WITH e ORDER BY e.key LIMIT $limit
  RETURN collect(e) AS page
}
RETURN size(entries) AS total, page AS entries`;

// (11) A shortest path six relations long (the first by ids along it when several tie).
interface PathOurs {
  shortestPath: { nodes: Array<{ id: string }>; steps: Array<{ relation: { id: string } }> } | null;
}
const path6 = (from: string, to: string): Scenario => ({
  key: 'path',
  title: '11. A 6-hop shortest path',
  maxQueries: 1,
  ours: {
    query: `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 6) { nodes { id } steps { relation { id } } }
}`,
    variables: { from, to },
  },
  library: {},
  libraryCannot: 'it has no path finding short of a hand-written @cypher query',
  cypher: {
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rels*..6]-(b))
WHERE all(r IN rels WHERE r.retractedAt IS NULL) AND all(n IN nodes(p) WHERE n:Entity)
WITH p, rels ORDER BY [n IN nodes(p) | n.id], [r IN rels | r.id] LIMIT 1
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN rels | r.id] AS relations`,
    params: { from, to },
  },
  facts: {
    ours: (data) => {
      const path = (data as PathOurs).shortestPath;
      return path
        ? [
            ...path.nodes.map((n, i) => `N${i}|${n.id}`),
            ...path.steps.map((s, i) => `R${i}|${s.relation.id}`),
          ]
        : [];
    },
    library: () => [],
    cypher: (rows) =>
      rows.flatMap((row) => [
        ...(row.nodes as string[]).map((id, i) => `N${i}|${id}`),
        ...(row.relations as string[]).map((id, i) => `R${i}|${id}`),
      ]),
  },
});

/** What the questions are asked about: ids from the curated dataset or from a generated graph. */
export interface QuestionTargets {
  entity: string;
  position: string;
  organisation: string;
  neighbourhood: string;
  hub: string;
  search: { ar: string; en: string };
  /** The last id before the deep page, and how many entities come up to and including it. */
  deep: { after: string; offset: number };
  timeline: { entity: string; from: string; to: string };
  path: { from: string; to: string };
}

export function buildScenarios(targets: QuestionTargets): Scenario[] {
  return [
    entityById(targets.entity),
    holders(targets.position),
    page(),
    organisation(targets.organisation),
    neighbourhood(targets.neighbourhood),
    search('search-ar', '6. Search in Arabic', targets.search.ar),
    search('search-en', '7. Search in English', targets.search.en),
    hubRelations(targets.hub),
    deepPage(targets.deep.after, targets.deep.offset),
    timeline(targets.timeline),
    path6(targets.path.from, targets.path.to),
  ];
}

export const SCENARIO_KEYS = [
  'entity',
  'holders',
  'page',
  'organisation',
  'neighbourhood',
  'search-ar',
  'search-en',
  'hub-relations',
  'deep-page',
  'timeline',
  'path',
] as const;
