import type { Row } from '../../db/database';
import type { PartialDate, Precision } from '../../domain/partial-date';
import type { CitationNode, EntityNode } from '../../graph/graph.nodes';
import type { ExportEdge, ExportGraph } from './export.collect';

/**
 * The exported graph as files other tools open: GraphML (Gephi, yEd), CSV (nodes, edges) and
 * JSON-LD. Every edge carries its time qualifiers at their precision, its rank (PREFERRED, NORMAL,
 * DEPRECATED: where sources disagree, each reading is an edge of its own) and its citations (quote,
 * source, code-point offsets).
 */

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The node columns, shared by CSV and GraphML. */
function nodeFields(node: EntityNode): Record<string, string> {
  return {
    id: node.id,
    kind: node.kind,
    label: node.name.en,
    name_en: node.name.en,
    name_ar: node.name.ar,
    aliases: node.aliases.map((alias) => alias.text).join(' | '),
    description_en: node.description.en,
    description_ar: node.description.ar,
    date: node.attributes.date?.text ?? '',
  };
}

const citationText = (c: CitationNode) => c.quote ?? c.note ?? '';
const offsets = (c: CitationNode) => (c.start === null || c.end === null ? '' : `${c.start}-${c.end}`);

/** The edge columns, shared by CSV and GraphML. Dates keep their precision ("2011", "2011-12"). */
function edgeFields(edge: ExportEdge): Record<string, string> {
  const q = edge.relation.qualifiers;
  return {
    id: edge.relation.id,
    type: edge.relation.type,
    source: edge.source,
    target: edge.target,
    date: q.date?.text ?? '',
    appointed_on: q.appointedOn?.text ?? '',
    in_office_from: q.inOfficeFrom?.text ?? '',
    in_office_until: q.inOfficeUntil?.text ?? '',
    attested_on: q.attestedOn?.text ?? '',
    former: q.former ? 'true' : '',
    role: q.roleId ?? '',
    note_en: q.note?.en ?? '',
    note_ar: q.note?.ar ?? '',
    // Where sources disagree, each reading is a statement of its own: its rank says which answers.
    rank: edge.relation.rank,
    rank_reason: edge.relation.rankReason ?? '',
    citation_ids: edge.citations.map((c) => c.id).join(' | '),
    citation_sources: edge.citations.map((c) => c.sourceId ?? '').join(' | '),
    citation_offsets: edge.citations.map(offsets).join(' | '),
    citation_quotes: edge.citations.map(citationText).join(' | '),
  };
}

/**
 * A CSV cell a spreadsheet shows as text: a value that begins with =, +, -, @, a tab or a carriage
 * return would be read as a formula (a name saved by an editor as `=HYPERLINK(...)` runs when an
 * analyst opens the export), so it gets a leading apostrophe, as OWASP advises; then RFC 4180:
 * a field with a comma, quote or line break is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with CRLF lines, each cell made safe for spreadsheets (csvCell). */
function csv(rows: Array<Record<string, string>>, header: string[]): string {
  return [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

const NODE_COLUMNS = [
  'id',
  'kind',
  'label',
  'name_en',
  'name_ar',
  'aliases',
  'description_en',
  'description_ar',
  'date',
];
const EDGE_COLUMNS = [
  'id',
  'type',
  'source',
  'target',
  'date',
  'appointed_on',
  'in_office_from',
  'in_office_until',
  'attested_on',
  'former',
  'role',
  'note_en',
  'note_ar',
  'rank',
  'rank_reason',
  'citation_ids',
  'citation_sources',
  'citation_offsets',
  'citation_quotes',
];

export function nodesCsv(graph: ExportGraph): string {
  // A byte-order mark, so that spreadsheet programs read the Arabic as UTF-8.
  return '\uFEFF' + csv(graph.nodes.map(nodeFields), NODE_COLUMNS);
}

export function edgesCsv(graph: ExportGraph): string {
  return '\uFEFF' + csv(graph.edges.map(edgeFields), EDGE_COLUMNS);
}

const xml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function graphml(graph: ExportGraph): string {
  const keys = [
    ...NODE_COLUMNS.filter((name) => name !== 'id').map((name) => ({ id: `n_${name}`, for: 'node', name })),
    ...EDGE_COLUMNS.filter((name) => !['id', 'source', 'target'].includes(name)).map((name) => ({
      id: `e_${name}`,
      for: 'edge',
      name,
    })),
  ];
  const data = (prefix: string, fields: Record<string, string>, skip: string[]) =>
    Object.entries(fields)
      .filter(([name, value]) => !skip.includes(name) && value !== '')
      .map(([name, value]) => `<data key="${prefix}_${name}">${xml(value)}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      (key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="string"/>`,
    ),
    '  <graph id="oic-knowledge-graph" edgedefault="directed">',
    ...graph.nodes.map(
      (node) => `    <node id="${xml(node.id)}">${data('n', nodeFields(node), ['id'])}</node>`,
    ),
    ...graph.edges.map((edge) => {
      const fields = edgeFields(edge);
      return `    <edge id="${xml(edge.relation.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data('e', fields, ['id', 'source', 'target'])}</edge>`;
    }),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

/** Identifiers are URNs: the export names no host, and stays valid wherever the server runs. */
const ENTITY = 'urn:oickg:entity:';

/** A date at its precision, typed as XML Schema types it: "2005" a gYear, "2011-12" a gYearMonth, a day a date. */
const XSD_DATE_TYPES: Record<Precision, string> = {
  YEAR: 'xsd:gYear',
  MONTH: 'xsd:gYearMonth',
  DAY: 'xsd:date',
};
const typedDate = (date: PartialDate | null | undefined) =>
  date ? { '@value': date.text, '@type': XSD_DATE_TYPES[date.precision] } : undefined;

/** The schema.org type of each kind, where one fits (a post has none: schema:Role is a relation's role). */
const SCHEMA_TYPES: Partial<Record<string, string>> = {
  ORGANIZATION: 'schema:Organization',
  ORGAN: 'schema:Organization',
  COMMITTEE: 'schema:Organization',
  MISSION: 'schema:Organization',
  PERSON: 'schema:Person',
  COUNTRY: 'schema:Country',
  PLACE: 'schema:Place',
  EVENT: 'schema:Event',
  AGREEMENT: 'schema:CreativeWork',
  DOCUMENT: 'schema:CreativeWork',
  TOPIC: 'schema:DefinedTerm',
};
const types = (own: string, schema: string | undefined) => (schema ? [own, schema] : own);

/**
 * The graph as JSON-LD: the project's own terms (urn:oickg:vocab:) for what only it says (relation
 * types, time qualifiers, citations), schema.org for what schema.org says (names, descriptions,
 * kinds of things, a source's publisher, address and language), and every date typed at its
 * precision (xsd:gYear, xsd:gYearMonth, xsd:date).
 */
export function jsonLd(graph: ExportGraph): string {
  const bilingual = (props: Row, field: string) => [
    { '@value': str(props[`${field}En`]), '@language': 'en' },
    { '@value': str(props[`${field}Ar`]), '@language': 'ar' },
  ];
  const sourceNode = (id: string, props: Row) => ({
    '@id': `urn:oickg:source:${id}`,
    '@type': types('Source', props.kind === 'WEB_PAGE' ? 'schema:WebPage' : 'schema:CreativeWork'),
    name: bilingual(props, 'title'),
    publisher: { '@type': 'schema:Organization', name: bilingual(props, 'publisher') },
    url: typeof props.url === 'string' ? props.url : undefined,
    retrievedAt: typeof props.retrievedAt === 'string' ? props.retrievedAt : undefined,
    inLanguage: str(props.language),
  });
  const document = {
    '@context': {
      '@vocab': 'urn:oickg:vocab:',
      schema: 'https://schema.org/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      name: 'schema:name',
      alternateName: 'schema:alternateName',
      description: 'schema:description',
      identifier: 'schema:identifier',
      publisher: 'schema:publisher',
      url: { '@id': 'schema:url', '@type': '@id' },
      inLanguage: 'schema:inLanguage',
      subject: { '@type': '@id' },
      object: { '@type': '@id' },
      role: { '@type': '@id' },
      source: { '@type': '@id' },
    },
    '@graph': [
      ...graph.nodes.map((node) => ({
        '@id': ENTITY + node.id,
        '@type': types(node.kind, SCHEMA_TYPES[node.kind]),
        identifier: node.id,
        name: [
          { '@value': node.name.en, '@language': 'en' },
          { '@value': node.name.ar, '@language': 'ar' },
        ],
        alternateName: node.aliases.map((alias) => ({ '@value': alias.text, '@language': alias.lang })),
        description: [
          { '@value': node.description.en, '@language': 'en' },
          { '@value': node.description.ar, '@language': 'ar' },
        ],
        date: typedDate(node.attributes.date),
      })),
      ...graph.edges.map((edge) => {
        const q = edge.relation.qualifiers;
        return {
          '@id': `urn:oickg:relation:${edge.relation.id}`,
          '@type': 'Relation',
          relationType: edge.relation.type,
          rank: edge.relation.rank,
          rankReason: edge.relation.rankReason ?? undefined,
          subject: ENTITY + edge.source,
          object: ENTITY + edge.target,
          date: typedDate(q.date),
          appointedOn: typedDate(q.appointedOn),
          inOfficeFrom: typedDate(q.inOfficeFrom),
          inOfficeUntil: typedDate(q.inOfficeUntil),
          attestedOn: typedDate(q.attestedOn),
          former: q.former ? true : undefined,
          role: q.roleId === null ? undefined : ENTITY + q.roleId,
          note: q.note
            ? [
                { '@value': q.note.en, '@language': 'en' },
                { '@value': q.note.ar, '@language': 'ar' },
              ]
            : undefined,
          citation: edge.citations.map((c) => ({
            '@id': `urn:oickg:citation:${c.id}`,
            quote: c.quote ?? undefined,
            note: c.note ?? undefined,
            start: c.start ?? undefined,
            end: c.end ?? undefined,
            source: c.sourceId ? `urn:oickg:source:${c.sourceId}` : undefined,
          })),
        };
      }),
      ...[...graph.sources].map(([id, props]) => sourceNode(id, props)),
    ],
  };
  return JSON.stringify(document, null, 2) + '\n';
}
