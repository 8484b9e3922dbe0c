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
  ours: GraphQLRequest;
  /** Both variants answer in the same shape (the generic one aliases its root field). */
  library: Partial<Record<LibraryVariant, GraphQLRequest & { slow?: string }>>;
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
const entityById: Scenario = {
  key: 'entity',
  title: '1. One entity by id, with its names',
  ours: {
    query: 'query Entity($id: ID!) { entity(id: $id) { id kind names { lang text } } }',
    variables: { id: 'oic' },
  },
  library: {
    typed: {
      query: 'query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id kind nameEn nameAr } }',
      variables: { id: 'oic' },
    },
    generic: {
      query:
        'query Entity($id: ID!) { entities: anyEntities(where: { id: { eq: $id } }) { id kind nameEn nameAr } }',
      variables: { id: 'oic' },
    },
  },
  cypher: {
    text: 'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.kind AS kind, e.nameEn AS nameEn, e.nameAr AS nameAr',
    params: { id: 'oic' },
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
};

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
          validFrom: string | null;
          validUntil: string | null;
          attestedOn: string | null;
          former: boolean | null;
        };
      }>;
    };
  }>;
}
const tenure = (...parts: Array<string | null | undefined | boolean>): string =>
  parts.map((part) => (typeof part === 'boolean' ? String(part) : d(part))).join('|');
const holders: Scenario = {
  key: 'holders',
  title: '2. Holders of a position, with tenure dates',
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
    variables: { id: 'oic-secretary-general' },
  },
  library: {
    typed: {
      query: `query Holders($id: ID!) {
  positions(where: { id: { eq: $id } }) {
    holdersConnection {
      edges {
        node { id nameEn }
        properties { id appointedOn validFrom validUntil attestedOn former }
      }
    }
  }
}`,
      variables: { id: 'oic-secretary-general' },
    },
  },
  cypher: {
    text: `MATCH (:Position:Entity {id: $id})<-[t:HOLDS]-(p:Person:Entity)
RETURN t.id AS id, p.id AS personId, p.nameEn AS personName, t.appointedOn AS appointedOn,
       t.validFrom AS validFrom, t.validUntil AS validUntil, t.attestedOn AS attestedOn,
       coalesce(t.former, false) AS former`,
    params: { id: 'oic-secretary-general' },
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
              t.validFrom,
              t.validUntil,
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
            r.validFrom as string | null,
            r.validUntil as string | null,
            r.attestedOn as string | null,
            r.former === true,
          ),
        ),
      ),
  },
};

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
const page: Scenario = {
  key: 'page',
  title: '3. A page of 20 entities, each with 5 relations',
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
    text: `MATCH (e:Entity)
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
};

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
const organisation: Scenario = {
  key: 'organisation',
  title: '4. Organisation → organs, positions → holders',
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
    variables: { id: 'oic' },
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
      variables: { id: 'oic' },
    },
  },
  cypher: {
    text: `MATCH (o:Organization:Entity {id: $id})
RETURN o.id AS id, o.nameEn AS name,
       [(o)<-[:ORGAN_OF]-(g:Organ:Entity) | g {.id, .nameEn}] AS organs,
       [(o)<-[:POSITION_OF]-(p:Position:Entity) |
         p {.id, .nameEn, holders: [(p)<-[:HOLDS]-(h:Person:Entity) | h {.id, .nameEn}]}] AS positions`,
    params: { id: 'oic' },
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
};

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
const neighbourhood: Scenario = {
  key: 'neighbourhood',
  title: '5. 2-hop neighbourhood of an entity',
  ours: {
    query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, hops: 2) { truncated nodes { id name } relations { id } }
}`,
    variables: { id: 'oic-secretary-general' },
  },
  library: {
    typed: {
      query: neighbourhoodQuery('entities'),
      variables: { id: 'oic-secretary-general' },
      slow:
        'through the interface, two nested `neighbours` compile to 12 x 12 x 12 subqueries (over 0.5 MB of ' +
        'Cypher), whose first request took about a minute on a 2-core machine (Neo4j planning it)',
    },
    generic: {
      query: neighbourhoodQuery('entities: anyEntities'),
      variables: { id: 'oic-secretary-general' },
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
    params: { id: 'oic-secretary-general' },
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
};

export const SCENARIOS: Scenario[] = [entityById, holders, page, organisation, neighbourhood];
