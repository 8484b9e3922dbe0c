import { getIntrospectionQuery } from 'graphql';
import { RELATION_TYPES } from '../../src/domain/relation-types';
import { SANDBOX_INTROSPECTION_QUERY } from '../api/hardening/fixtures/sandbox-introspection';
import { UNIQUE, type Template } from './attacker';

/**
 * The hostile requests of issue 19, as templates for attacker.ts: UNIQUE in a template becomes a
 * value no other request carries, so every document, variable set and operation name is new to
 * every cache. Random choices (type lists, misspellings) come from a seeded generator: the same
 * requests on every run, before the fixes and after.
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function graphql(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Template {
  return {
    kind: 'http',
    method: 'POST',
    path: '/graphql',
    body: JSON.stringify({ query, variables, operationName }),
  };
}

/** A root the look-ahead planner compiles into one statement (src/graph/planner/). */
const PLANNED = 'query Planned($id: ID!) { entity(id: $id) { id relations(first: 2) { nodes { id } } } }';

/** Issue 19, 1: a unique comment, a planned root and about 900 KB of variables it does not declare. */
export function undeclaredVariables(): Template[] {
  const variables: Record<string, unknown> = { id: 'oic' };
  // 50 of 18 KB: the most a document could once add plans for.
  for (let i = 0; i < 50; i++) variables[`unused${i}_${UNIQUE}`] = `${UNIQUE}${'v'.repeat(18_000)}`;
  return [graphql(`# ${UNIQUE}\n${PLANNED}`, variables)];
}

/** Unique documents and nothing else: a comment makes each new to Apollo's and the planner's caches. */
export function uniqueDocuments(): Template[] {
  return [graphql(`# ${UNIQUE}\n${PLANNED}`, { id: 'oic' })];
}

/**
 * Unique documents whose comment is 900 KB: a comment is no token, so the token limit lets it
 * through, and a parsed document keeps its source text.
 */
export function longComments(): Template[] {
  return [graphql(`# ${UNIQUE} ${'c'.repeat(900_000)}\n${PLANNED}`, { id: 'oic' })];
}

export const TYPE_NAMES = Object.keys(RELATION_TYPES);
/** The longest list of relation types an argument takes: each of the 31 types once. */
export const LONGEST_TYPE_LIST = TYPE_NAMES.length;

/** `length` types drawn at random, repeats allowed: a new set of types nearly every time. */
function typeList(random: () => number, length: number): string[] {
  return Array.from({ length }, () => TYPE_NAMES[Math.floor(random() * TYPE_NAMES.length)]);
}

const HUBS = ['oic', 'eu', 'eu-oic-relations', 'oic-general-secretariat'];

/** The three readers of relation types: neighbourhood, relations and the exports. */
function typeListRequests(random: () => number, length: number, count: number): Template[] {
  const neighbourhood =
    'query N($id: ID!, $hops: Int!, $t: [RelationType!]) { neighbourhood(id: $id, hops: $hops, types: $t) { nodes { id kind } relations { id type } } }';
  const relations =
    'query R($id: ID!, $t: [RelationType!]) { entity(id: $id) { id relations(first: 100, types: $t) { nodes { type other { id } } } } }';
  const files = ['edges.csv', 'nodes.csv', 'graph.graphml', 'graph.jsonld'];
  return Array.from({ length: count }, (_, i): Template => {
    const types = typeList(random, length);
    const id = HUBS[i % HUBS.length];
    const hops = 1 + (i % 3);
    switch (i % 3) {
      case 0:
        return graphql(`# ${UNIQUE}\n${neighbourhood}`, { id, hops, t: types });
      case 1:
        return graphql(`# ${UNIQUE}\n${relations}`, { id, t: types });
      default:
        return {
          kind: 'http',
          method: 'GET',
          path: `/export/${files[i % files.length]}?center=${id}&hops=${hops}&types=${types.join(',')}`,
        };
    }
  });
}

/** Issue 19, 2 and 7: the longest lists of relation types allowed, a new set in each. */
export function longestTypeLists(count: number): Template[] {
  return typeListRequests(seeded(19), LONGEST_TYPE_LIST, count);
}

/** One item past the longest list (for an export, a name that is no type). */
export function typeListsJustPast(count: number): Template[] {
  return typeListRequests(seeded(20), LONGEST_TYPE_LIST + 1, count).map((template) =>
    template.kind === 'http' && template.method === 'GET'
      ? { ...template, path: `${template.path},NOT_A_TYPE_${UNIQUE}` }
      : template,
  );
}

/**
 * The issue's own list: 10,000 × HOLDS (78 KB) to neighbourhood and relations, and to an export as
 * many as a request line holds (1,500, 9 KB: Node refuses request heads past 16 KB).
 */
export function typeListsFarPast(): Template[] {
  const holds = Array<string>(10_000).fill('HOLDS');
  return [
    graphql(
      `# ${UNIQUE}\nquery N($t: [RelationType!]) { neighbourhood(id: "oic", hops: 2, types: $t) { nodes { id } } }`,
      { t: holds },
    ),
    graphql(
      `# ${UNIQUE}\nquery R($t: [RelationType!]) { entity(id: "oic") { relations(first: 100, types: $t) { nodes { id } } } }`,
      { t: holds },
    ),
    {
      kind: 'http',
      method: 'GET',
      path: `/export/edges.csv?center=oic&hops=2&types=${holds.slice(0, 1_500).join(',')}`,
    },
  ];
}

const WIDE =
  'fragment W on __Schema { types { name fields { name args { name type { name ofType { name } } } } } }';

/** Introspection the server refuses: issue 19, 3, and the other ways to make it large. */
export function hostileIntrospection(): Template[] {
  const aliases = (n: number, selection: string) =>
    Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ');
  const ofTypes = (depth: number): string => (depth === 0 ? 'name' : `name ofType { ${ofTypes(depth - 1)} }`);
  const nestedFields = (depth: number): string =>
    depth === 0 ? 'name' : `name fields { name type { ${nestedFields(depth - 1)} } }`;
  return [
    // The 1.8 KB request: 30 aliased wide __schema through one fragment (20 MB answered before).
    graphql(`# ${UNIQUE}\n{ ${aliases(30, '__schema { ...W }')} } ${WIDE}`),
    graphql(`# ${UNIQUE}\n{ ${aliases(11, '__type(name: "Query") { name fields { name } }')} }`),
    graphql(`# ${UNIQUE}\n{ __schema { types { ${aliases(20, 'fields { name args { name } }')} } } }`),
    graphql(`# ${UNIQUE}\n{ __schema { types { fields { type { ${ofTypes(40)} } } } } }`),
    graphql(`# ${UNIQUE}\n{ __type(name: "Query") { ${nestedFields(8)} } }`),
    graphql(
      `# ${UNIQUE}\n{ ...A ...B } fragment A on Query { __schema { ...W } } fragment B on Query { s: __schema { ...W } } ${WIDE}`,
    ),
  ];
}

/** Introspection the server answers: graphql-js's and Sandbox's, each a new document. */
export function allowedIntrospection(): Template[] {
  return [
    graphql(`# ${UNIQUE}\n${getIntrospectionQuery()}`),
    graphql(
      `# ${UNIQUE}\n${getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true })}`,
    ),
    graphql(`# ${UNIQUE}\n${SANDBOX_INTROSPECTION_QUERY}`),
  ];
}

/** Words of the source's English, misspelt below. */
const WORDS = [
  'organisation',
  'islamic',
  'cooperation',
  'secretary',
  'general',
  'summit',
  'council',
  'foreign',
  'ministers',
  'representative',
  'european',
  'union',
  'delegation',
  'mission',
  'dialogue',
  'conference',
  'programme',
  'action',
  'human',
  'rights',
  'resolution',
  'memorandum',
  'understanding',
  'standing',
  'committee',
  'external',
  'service',
  'high',
  'president',
  'relations',
  'senior',
  'officials',
  'meeting',
  'saudi',
  'arabia',
  'jeddah',
  'extremism',
  'tolerance',
  'humanitarian',
  'assistance',
];

/** One edit of a word: a letter dropped, doubled, swapped with the next, or replaced. */
function misspell(word: string, random: () => number): string {
  const at = Math.floor(random() * (word.length - 1));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + 'qxz'[Math.floor(random() * 3)] + word.slice(at + 1);
  }
}

/** Issue 19, 4: searches of 200 characters, every word misspelt, with their snippets. */
export function fuzzySearches(count: number, shape: { connection: boolean; first: number }): Template[] {
  const random = seeded(4);
  const hit = 'score fuzzy matchedIn entity { id } snippet { text marks { start end } }';
  const query = shape.connection
    ? `query S($q: String!) { search(text: $q, first: ${shape.first}) { totalCount nodes { ${hit} } } }`
    : `query S($q: String!) { search(text: $q, first: ${shape.first}) { ${hit} } }`;
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < 200) text += `${misspell(WORDS[Math.floor(random() * WORDS.length)], random)} `;
    return graphql(`# ${UNIQUE}\n${query}`, { q: text.slice(0, 200).trim() });
  });
}

/**
 * Issue 19, 5: operation names of 900 KB (one token): in the document, or only in the request,
 * naming no operation of it.
 */
export function longOperationNames(): Template[] {
  const name = `Op${UNIQUE}${'n'.repeat(900_000)}`;
  return [
    graphql(`query ${name} { about { entityCount } }`),
    graphql('query Short { about { entityCount } }', undefined, name),
  ];
}

/** Operation names that name no operation of the document, and a document of two unnamed. */
export function unresolvedOperations(): Template[] {
  return [
    graphql(`# ${UNIQUE}\nquery Short { about { entityCount } }`, undefined, 'NotInTheDocument'),
    graphql(`# ${UNIQUE}\nquery A { about { entityCount } } query B { about { entityCount } }`),
  ];
}

const raw = (head: string): Template => ({
  kind: 'raw',
  bytes: `${head} HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n`,
});

/** The HTTP edge's Low findings: odd request lines, prototype names, preflight, aborted uploads. */
export function oddRequests(): Template[] {
  return [
    raw('GET //'),
    raw('GET http://['),
    raw('GET /export/edges.csv?types=constructor'),
    raw('GET /export/edges.csv?types=__proto__'),
    raw('GET /export/nodes.csv?types=toString'),
    raw('OPTIONS /export/graph.graphml'),
    raw('GET /graphql?query=%E0%A4%A'),
    raw('GET /%2e%2e/%2e%2e/etc/passwd'),
    raw('GET *'),
    {
      kind: 'raw',
      bytes: `POST /graphql HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"# ${UNIQUE}`,
      closeAfterMs: 20,
    },
  ];
}
