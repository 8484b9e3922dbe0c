import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, readDatasetFiles } from '../../src/dataset/files';
import { validateDataset } from '../../src/dataset/validate';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from '../../src/domain/kinds';
import { startApi, type Api } from '../helpers/api';

const dataset = validateDataset(readDatasetFiles());
const SOURCE = 'eeas-oic-structure-eu-relations-ar';
const sourceText = Array.from(
  fs.readFileSync(path.join(DATA_DIR, 'sources', 'eeas-oic-structure-eu-relations.ar.txt'), 'utf8'),
);
/** The source text between two code-point offsets, read from the file itself. */
const fileSlice = (start: number, end: number) => sourceText.slice(start, end).join('');

/** The first entity of each kind in the curated data. */
const oneOfEachKind = Object.keys(ENTITY_KINDS).map((kind) => {
  const entity = dataset.entities.find((e) => e.kind === kind);
  return { kind: kind as EntityKind, id: entity?.id };
});

/**
 * Direct access: anything by its id (Relay's node), a relation, a citation or a source alone,
 * each id looked up in one round trip; and a citation's quote in the text around it.
 */
describe('direct access by id', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const query = async (text: string, variables: Record<string, unknown> = {}) => {
    const result = await api.run(text, variables);
    expect(result.errors).toBeUndefined();
    return { data: result.data!, roundTrips: result.roundTrips };
  };

  describe('node(id)', () => {
    const borrell = dataset.relations.find((r) => r.id === 'borrell-appointed-simonnet')!;
    const citationId = `${SOURCE}@${borrell.citations[0].start}-${borrell.citations[0].end}`;
    const expected = [
      ...oneOfEachKind.map(({ kind, id }) => ({ id, __typename: KIND_LABELS[kind] })),
      { id: 'borrell-appointed-simonnet', __typename: 'Relation' },
      { id: citationId, __typename: 'Citation' },
      { id: SOURCE, __typename: 'Source' },
    ];

    it('gives back every kind of thing by its id, typed, all in one round trip', async () => {
      // The curated data has an entity of every kind.
      expect(oneOfEachKind.filter(({ id }) => id === undefined)).toEqual([]);
      const aliases = expected.map(({ id }, i) => `n${i}: node(id: ${JSON.stringify(id)}) { id __typename }`);
      const { data, roundTrips } = await query(`{ ${aliases.join('\n')} }`);
      expect(expected.map((_, i) => data[`n${i}`])).toEqual(expected);
      expect(roundTrips).toBe(1);
    });

    it("reads each type's fields through the Node it returns", async () => {
      const { data, roundTrips } = await query(`{
        person: node(id: "patrick-simonnet") { ... on Entity { kind name nameAr: name(lang: AR) } }
        relation: node(id: "borrell-appointed-simonnet") { ... on Relation { type direction date { text } } }
        citation: node(id: "${citationId}") { ... on Citation { quote start end } }
        source: node(id: "${SOURCE}") { ... on Source { title { en } length url retrievedAt } }
      }`);
      expect(data).toEqual({
        person: { kind: 'PERSON', name: 'Patrick Simonnet', nameAr: 'باتريك سيموني' },
        relation: { type: 'APPOINTED', direction: 'OUTGOING', date: { text: '2020-09' } },
        citation: {
          quote: borrell.citations[0].quote,
          start: borrell.citations[0].start,
          end: borrell.citations[0].end,
        },
        source: {
          title: { en: 'Structure of the Organisation of Islamic Cooperation' },
          length: sourceText.length,
          url: null,
          retrievedAt: null,
        },
      });
      expect(roundTrips).toBe(1);
    });

    it('answers null, not an error, for an id nothing has, and for an id of another kind', async () => {
      const { data, roundTrips } = await query(`{
        unknown: node(id: "no-such-thing") { id }
        unknownCitation: node(id: "${SOURCE}@0-1") { id }
        relation: relation(id: "oic") { id }
        citation: citation(id: "borrell-appointed-simonnet") { id }
        source: source(id: "patrick-simonnet") { id }
        entity: entity(id: "${SOURCE}") { id }
      }`);
      expect(data).toEqual({
        unknown: null,
        unknownCitation: null,
        relation: null,
        citation: null,
        source: null,
        entity: null,
      });
      // node, relation, citation and source share one lookup; entity(id) has its own loader.
      expect(roundTrips).toBe(2);
    });

    it('costs one round trip for many lookups of node, relation, citation and source together', async () => {
      const ids = dataset.relations.slice(0, 20).map((r) => r.id);
      const lookups = ids.map((id, i) => `r${i}: relation(id: "${id}") { id }`).join('\n');
      const { data, roundTrips } = await query(`{
        a: node(id: "oic") { id }
        b: node(id: "eu") { id }
        c: citation(id: "${citationId}") { id }
        d: source(id: "${SOURCE}") { id }
        ${lookups}
      }`);
      expect(ids.map((_, i) => data[`r${i}`].id)).toEqual(ids);
      expect([data.a.id, data.b.id, data.c.id, data.d.id]).toEqual(['oic', 'eu', citationId, SOURCE]);
      expect(roundTrips).toBe(1);
    });
  });

  describe('relation(id)', () => {
    it('gives the relation seen from its source, with its dates, role and citation', async () => {
      const { data } = await query(`{
        relation(id: "borrell-appointed-simonnet") {
          id type direction reading readingAr: reading(lang: AR)
          source { id } target { id } other { id }
          date { text precision earliest latest } appointedOn { text } inOfficeFrom { text }
          role { id }
          citations { id quote start end }
        }
      }`);
      expect(data.relation).toEqual({
        id: 'borrell-appointed-simonnet',
        type: 'APPOINTED',
        direction: 'OUTGOING',
        reading: 'appointed',
        readingAr: 'عيّن',
        source: { id: 'josep-borrell' },
        target: { id: 'patrick-simonnet' },
        other: { id: 'patrick-simonnet' },
        date: { text: '2020-09', precision: 'MONTH', earliest: '2020-09-01', latest: '2020-09-30' },
        appointedOn: null,
        inOfficeFrom: null,
        role: { id: 'eu-representative-to-the-oic' },
        citations: [
          {
            id: `${SOURCE}@2386-2593`,
            quote: fileSlice(2386, 2593),
            start: 2386,
            end: 2593,
          },
        ],
      });
    });
  });

  describe('citation(id) and its context', () => {
    const SOLANA = `${SOURCE}@1095-1132`;

    it('gives the quote in the text around it, cut at whole words where the reach ends mid-sentence', async () => {
      const { data } = await query(`{
        citation(id: "${SOLANA}") {
          id quote start end source { id }
          context(chars: 20) { before quote after start end truncatedBefore truncatedAfter }
        }
      }`);
      const { context, ...citation } = data.citation;
      expect(citation).toEqual({
        id: SOLANA,
        quote: 'الممثل الأعلى السابق للاتحاد الأوروبي',
        start: 1095,
        end: 1132,
        source: { id: SOURCE },
      });
      expect(context).toEqual({
        before: 'التطور بمبادرة من ',
        quote: 'الممثل الأعلى السابق للاتحاد الأوروبي',
        after: ' خافيير سولانا في',
        start: 1077,
        end: 1149,
        truncatedBefore: true,
        truncatedAfter: true,
      });
      // Exactly the text of the source file around the quote, within 20 code points each side.
      expect(context.before + context.quote + context.after).toBe(fileSlice(context.start, context.end));
      expect(1095 - context.start).toBeLessThanOrEqual(20);
      expect(context.end - 1132).toBeLessThanOrEqual(20);
      // The 20 code points each side reach into a word the context leaves out.
      expect(fileSlice(1095 - 20, 1095)).toBe('ي التطور بمبادرة من ');
      expect(fileSlice(1132, 1132 + 20)).toBe(' خافيير سولانا في أع');
    });

    it("stops at the sentence's edges when they are within reach", async () => {
      const { data } = await query(`{
        mogherini: citation(id: "${SOURCE}@1907-1942") { context(chars: 20) { before after truncatedBefore } }
        borrell: citation(id: "${SOURCE}@2386-2593") {
          context { before after start end truncatedBefore truncatedAfter }
        }
      }`);
      // "… في عام 2016. وقد وقعت الممثلة العليا السابقة/ نائب الرئيس …": the sentence starts at «وقد».
      expect(data.mogherini.context).toEqual({
        before: 'وقد وقعت ',
        after: ' موغيريني مع الأمين',
        truncatedBefore: false,
      });
      // The quote opens its paragraph and the sentence ends one code point after it.
      expect(data.borrell.context).toEqual({
        before: '',
        after: '.',
        start: 2386,
        end: 2594,
        truncatedBefore: false,
        truncatedAfter: false,
      });
      expect(fileSlice(2384, 2386)).toBe('\n\n');
    });

    it('reads the contexts of many citations in one round trip, however far each reaches', async () => {
      const { data, roundTrips } = await query(`{
        entities(first: 20) {
          nodes {
            id
            citations {
              start end
              near: context(chars: 10) { start end }
              far: context(chars: 300) { start end }
            }
          }
        }
      }`);
      const entities = data.entities.nodes;
      const cited = new Map(dataset.entities.map((e) => [e.id, e.citations.length]));
      expect(entities.map((e: any) => e.citations.length)).toEqual(entities.map((e: any) => cited.get(e.id)));
      const citations = entities.flatMap((e: any) => e.citations);
      expect(citations.length).toBeGreaterThan(20);
      for (const c of citations) {
        expect(c.near.start).toBeGreaterThanOrEqual(c.start - 10);
        expect(c.near.end).toBeLessThanOrEqual(c.end + 10);
        expect(c.far.start).toBeLessThanOrEqual(c.near.start);
        expect(c.far.end).toBeGreaterThanOrEqual(c.near.end);
      }
      // The page of entities with their citations (one planned statement), then the windows of
      // every citation at both reaches.
      expect(roundTrips).toBe(2);
    });

    it('refuses a reach outside 0 to 1000 code points', async () => {
      for (const chars of [-1, 1001]) {
        const result = await api.run(`{ citation(id: "${SOLANA}") { context(chars: ${chars}) { quote } } }`);
        expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument, e.message])).toEqual([
          [
            'BAD_USER_INPUT',
            'chars',
            `chars: expected 0 to 1000 code points on each side of the quote, received ${chars}`,
          ],
        ]);
        expect(result.data?.citation).toEqual({ context: null });
      }
    });
  });

  describe('source(id)', () => {
    it('gives one source alone, with no URL or retrieval date the capture does not give', async () => {
      const { data, roundTrips } = await query(`{
        source(id: "${SOURCE}") { id language kind sha256 length url retrievedAt title { ar en } }
      }`);
      const meta = dataset.sources[0].meta;
      expect(data.source).toEqual({
        id: SOURCE,
        language: 'ar',
        kind: 'WEB_PAGE',
        sha256: meta.sha256,
        length: sourceText.length,
        url: null,
        retrievedAt: null,
        title: meta.title,
      });
      expect(roundTrips).toBe(1);
    });
  });
});
