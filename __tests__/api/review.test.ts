import type { Principal } from '../../src/auth/auth';
import { startApi, type Api } from '../helpers/api';
import { SCRATCH_WAIT_MS } from '../helpers/database';
import { startTestApp } from '../helpers/app';
import { REVIEW_OPERATIONS } from '../../src/http/apollo/examples';
import {
  PRESS_RELEASE,
  PRESS_RELEASE_TENURE,
  REPORT,
  REPORT_STATEMENT,
  REPORT_TENURE,
} from '../fixtures/fixture-sources';

const ed: Principal = { name: 'ed', role: 'editor' };
const rev: Principal = { name: 'rev', role: 'reviewer' };
const rita: Principal = { name: 'rita', role: 'reader' };
const as = (principal: Principal | null) => ({ principal });

const ADD_SOURCE = `mutation ($source: SourceInput!) {
  addSource(source: $source) {
    changed
    source { id language length sha256 publishedOn { text } provenance { origin addedBy } }
    audit { action actor targetId targetType citation { id } }
  }
}`;
const PROPOSAL = `id kind status targetId proposedBy reviewedBy reviewReason acceptedRank
  citation { sourceId quote start end context(chars: 40) { before quote after } source { id } }
  entity { id name }
  relation { id type source { id } target { id } appointedOn { text } inOfficeUntil { text } }`;
const PROPOSE_RELATION = `mutation ($relation: RelationInput!, $citation: CitationInput!) {
  proposeRelation(relation: $relation, citation: $citation) { changed proposal { ${PROPOSAL} } audit { action proposalId } }
}`;
const PROPOSE_ENTITY = `mutation ($entity: EntityInput!, $citation: CitationInput!) {
  proposeEntity(entity: $entity, citation: $citation) { changed proposal { ${PROPOSAL} } audit { action proposalId } }
}`;
const PROPOSE_CITATION = `mutation ($factId: ID!, $citation: CitationInput!) {
  proposeCitation(factId: $factId, citation: $citation) { changed proposal { ${PROPOSAL} } audit { action proposalId } }
}`;
const ACCEPT = `mutation ($id: ID!, $reason: String!, $rank: Rank, $rankReason: String) {
  acceptProposal(id: $id, reason: $reason, rank: $rank, rankReason: $rankReason) {
    changed proposal { status reviewedBy reviewReason acceptedRank } audit { action targetId reason proposalId citation { id } }
  }
}`;
const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectProposal(id: $id, reason: $reason) { changed proposal { status reviewReason } audit { action reason } }
}`;
const RANK = `mutation ($id: ID!, $rank: Rank!, $reason: String!) {
  rankStatement(id: $id, rank: $rank, reason: $reason) { changed relation { id rank rankReason } audit { action reason } }
}`;
const AUDIT = `query ($id: ID) { auditLog(targetId: $id, first: 100) { nodes { action actor targetId proposalId reason } } }`;

const REP = 'eu-representative-to-the-oic';
const CURATED = 'simonnet-holds-eu-representative-to-the-oic';
const PER_PRESS = 'simonnet-holds-eu-representative-to-the-oic-per-press-release';
const PER_REPORT = REPORT_STATEMENT.id;

describe('sources added through the API, facts proposed and reviewed, sources that disagree', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ writes: true });
  }, SCRATCH_WAIT_MS);
  afterAll(() => api.close());

  const holders = async (at: string) =>
    (
      await api.run(
        `query ($at: DateText) { entity(id: "${REP}") { ... on Position {
        holders(at: $at) { id person { id } appointedOn { text } inOfficeUntil { text } basis } } } }`,
        { at },
      )
    ).data!.entity.holders;
  const tenures = async () =>
    (
      await api.run(`{ entity(id: "patrick-simonnet") { ... on Person {
        tenures { id position { id } basis inOfficeUntil { text } } } } }`)
    ).data!.entity.tenures.filter((t: any) => t.position.id === REP);
  const statements = async () =>
    (
      await api.run(`{ entity(id: "patrick-simonnet") {
        relations(types: [HOLDS], direction: OUTGOING) { nodes { id rank rankReason appointedOn { text }
          inOfficeUntil { text } citations { source { id } quote } } } } }`)
    ).data!.entity.relations.nodes.filter((r: any) => r.id.startsWith(CURATED));
  const audit = async (id: string) =>
    (await api.run(AUDIT, { id }, undefined, as(rev))).data!.auditLog.nodes.map((n: any) => n.action).sort();

  it('tells the whole story: a source, three proposals, a review, a rank, the answers that follow, the audit', async () => {
    // Before: the curated page gives the appointment (September 2020) and no end.
    expect(await holders('2024')).toEqual([
      {
        id: CURATED,
        person: { id: 'patrick-simonnet' },
        appointedOn: { text: '2020-09' },
        inOfficeUntil: null,
        basis: 'APPOINTED_NO_END_KNOWN',
      },
    ]);

    // 1. An editor adds a second source; the same text again is no second source.
    const added = await api.run(ADD_SOURCE, { source: PRESS_RELEASE }, undefined, as(ed));
    expect(added.errors).toBeUndefined();
    expect(added.data!.addSource).toEqual({
      changed: true,
      source: {
        id: PRESS_RELEASE.id,
        language: 'en',
        length: Array.from(PRESS_RELEASE.text).length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        publishedOn: { text: '2023-07-03' },
        provenance: { origin: 'CURATOR', addedBy: 'ed' },
      },
      audit: {
        action: 'SOURCE_ADDED',
        actor: 'ed',
        targetId: PRESS_RELEASE.id,
        targetType: 'SOURCE',
        citation: null,
      },
    });
    expect(
      (await api.run(ADD_SOURCE, { source: PRESS_RELEASE }, undefined, as(ed))).data!.addSource.changed,
    ).toBe(false);
    const copy = await api.run(
      ADD_SOURCE,
      { source: { ...PRESS_RELEASE, id: 'fixture-copy' } },
      undefined,
      as(ed),
    );
    expect(copy.errors?.[0]).toMatchObject({
      message: `The graph already holds this text, as source "${PRESS_RELEASE.id}"`,
      extensions: { code: 'CONFLICT' },
    });

    // 2. Three proposals citing it by quote alone: the server finds the offsets.
    const tenure = await api.run(
      PROPOSE_RELATION,
      {
        relation: {
          id: PER_PRESS,
          type: 'HOLDS',
          from: 'patrick-simonnet',
          to: REP,
          appointedOn: '2020-10',
          inOfficeUntil: '2023-06',
        },
        citation: { sourceId: PRESS_RELEASE.id, quote: PRESS_RELEASE_TENURE },
      },
      undefined,
      as(ed),
    );
    expect(tenure.errors).toBeUndefined();
    const start = Array.from(
      PRESS_RELEASE.text.slice(0, PRESS_RELEASE.text.indexOf(PRESS_RELEASE_TENURE)),
    ).length;
    expect(tenure.data!.proposeRelation).toMatchObject({
      changed: true,
      proposal: {
        kind: 'RELATION',
        status: 'PENDING',
        targetId: PER_PRESS,
        proposedBy: 'ed',
        citation: {
          sourceId: PRESS_RELEASE.id,
          start,
          end: start + Array.from(PRESS_RELEASE_TENURE).length,
          context: { before: '', quote: PRESS_RELEASE_TENURE, after: '' },
          source: { id: PRESS_RELEASE.id },
        },
        relation: {
          id: PER_PRESS,
          type: 'HOLDS',
          source: { id: 'patrick-simonnet' },
          target: { id: REP },
          appointedOn: { text: '2020-10' },
          inOfficeUntil: { text: '2023-06' },
        },
      },
      audit: { action: 'RELATION_PROPOSED' },
    });
    const tenureId = tenure.data!.proposeRelation.proposal.id;

    const envoy = await api.run(
      PROPOSE_ENTITY,
      {
        entity: {
          id: 'special-envoy-to-the-oic',
          kind: 'POSITION',
          names: { ar: 'المبعوث الخاص للاتحاد الأوروبي لدى المنظمة', en: 'EU Special Envoy to the OIC' },
          description: { ar: 'منصب يذكره بيان صحفي للاختبار.', en: 'A post a test press release names.' },
        },
        citation: { sourceId: PRESS_RELEASE.id, quote: 'Special Envoy', occurrence: 1 },
      },
      undefined,
      as(ed),
    );
    expect(envoy.data!.proposeEntity).toMatchObject({
      changed: true,
      proposal: {
        kind: 'ENTITY',
        entity: { id: 'special-envoy-to-the-oic', name: 'EU Special Envoy to the OIC' },
      },
      audit: { action: 'ENTITY_PROPOSED' },
    });
    const envoyId = envoy.data!.proposeEntity.proposal.id;

    const delegation = await api.run(
      PROPOSE_CITATION,
      {
        factId: 'simonnet-holds-head-of-eu-delegation-to-saudi-arabia',
        citation: {
          sourceId: PRESS_RELEASE.id,
          quote: 'He remains Head of the EU Delegation to Saudi Arabia.',
        },
      },
      undefined,
      as(ed),
    );
    expect(delegation.data!.proposeCitation).toMatchObject({
      changed: true,
      proposal: { kind: 'CITATION', status: 'PENDING' },
    });
    const delegationId = delegation.data!.proposeCitation.proposal.id;

    // Pending proposals are no answers unless asked for, and an editor cannot review.
    const PROPOSED = `query ($more: Boolean!, $after: String) { entity(id: "patrick-simonnet") {
      relations(types: [HOLDS], direction: OUTGOING, includeProposed: $more, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id status proposalId rank } } } }`;
    const plain = await api.run(PROPOSED, { more: false }, undefined, as(ed));
    expect(plain.data!.entity.relations.totalCount).toBe(2);
    expect(plain.data!.entity.relations.nodes.map((r: any) => r.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    const first = await api.run(PROPOSED, { more: true }, undefined, as(ed));
    expect(first.errors).toBeUndefined();
    expect(first.data!.entity.relations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await api.run(
      PROPOSED,
      { more: true, after: first.data!.entity.relations.pageInfo.endCursor },
      undefined,
      as(ed),
    );
    expect(next.data!.entity.relations).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [{ id: PER_PRESS, status: 'PROPOSED', proposalId: tenureId, rank: 'NORMAL' }],
    });
    const byReader = await api.run(PROPOSED, { more: true }, undefined, as(rita));
    expect(byReader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await holders('2024')).toHaveLength(1);
    expect(
      (await api.run(ACCEPT, { id: tenureId, reason: 'Self-review.' }, undefined, as(ed))).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const queue = await api.run('{ proposals { totalCount nodes { id } } }', {}, undefined, as(ed));
    expect(queue.data!.proposals).toEqual({
      totalCount: 3,
      nodes: [{ id: tenureId }, { id: envoyId }, { id: delegationId }],
    });

    // 3. One accepted, one rejected, one left pending.
    const accepted = await api.run(
      ACCEPT,
      { id: tenureId, reason: 'The press release states both dates.' },
      undefined,
      as(rev),
    );
    expect(accepted.data!.acceptProposal).toEqual({
      changed: true,
      proposal: {
        status: 'ACCEPTED',
        reviewedBy: 'rev',
        reviewReason: 'The press release states both dates.',
        acceptedRank: null,
      },
      audit: {
        action: 'PROPOSAL_ACCEPTED',
        targetId: PER_PRESS,
        reason: 'The press release states both dates.',
        proposalId: tenureId,
        citation: { id: `${PRESS_RELEASE.id}@${start}-${start + Array.from(PRESS_RELEASE_TENURE).length}` },
      },
    });
    const rejected = await api.run(
      REJECT,
      { id: envoyId, reason: 'The curated graph already has this post.' },
      undefined,
      as(rev),
    );
    expect(rejected.data!.rejectProposal).toEqual({
      changed: true,
      proposal: { status: 'REJECTED', reviewReason: 'The curated graph already has this post.' },
      audit: { action: 'PROPOSAL_REJECTED', reason: 'The curated graph already has this post.' },
    });
    expect((await api.run('{ entity(id: "special-envoy-to-the-oic") { id } }')).data!.entity).toBeNull();

    // Two NORMAL statements now disagree: both answer, and the generic view lists both.
    expect((await holders('2022')).map((h: any) => h.id)).toEqual([CURATED, PER_PRESS]);
    expect((await holders('2024')).map((h: any) => h.id)).toEqual([CURATED]);

    // 4. The conflicting dates are ranked: the press release's reading is preferred.
    const ranked = await api.run(
      RANK,
      { id: PER_PRESS, rank: 'PREFERRED', reason: 'The later source gives an end of office.' },
      undefined,
      as(rev),
    );
    expect(ranked.data!.rankStatement).toEqual({
      changed: true,
      relation: { id: PER_PRESS, rank: 'PREFERRED', rankReason: 'The later source gives an end of office.' },
      audit: { action: 'STATEMENT_RANKED', reason: 'The later source gives an end of office.' },
    });

    // 5. The answers follow the preferred statement: appointed in October, out of office after June 2023.
    expect(await holders('2024')).toEqual([]);
    expect(await holders('2020-09')).toEqual([]);
    expect(await holders('2022')).toEqual([
      {
        id: PER_PRESS,
        person: { id: 'patrick-simonnet' },
        appointedOn: { text: '2020-10' },
        inOfficeUntil: { text: '2023-06' },
        basis: 'APPOINTED_END_KNOWN',
      },
    ]);
    // The basis follows it too: an end known from the second source.
    expect(await tenures()).toEqual([
      {
        id: PER_PRESS,
        position: { id: REP },
        basis: 'APPOINTED_END_KNOWN',
        inOfficeUntil: { text: '2023-06' },
      },
    ]);
    // The generic view keeps both, each with its rank and its source.
    expect(await statements()).toEqual([
      {
        id: CURATED,
        rank: 'NORMAL',
        rankReason: null,
        appointedOn: { text: '2020-09' },
        inOfficeUntil: null,
        citations: [
          {
            source: { id: 'eeas-oic-structure-eu-relations-ar' },
            quote: expect.stringContaining('أيلول 2020'),
          },
        ],
      },
      {
        id: PER_PRESS,
        rank: 'PREFERRED',
        rankReason: 'The later source gives an end of office.',
        appointedOn: { text: '2020-10' },
        inOfficeUntil: { text: '2023-06' },
        citations: [{ source: { id: PRESS_RELEASE.id }, quote: PRESS_RELEASE_TENURE }],
      },
    ]);
    // The pending citation is still no citation of the fact.
    const head = await api.run(
      '{ relation(id: "simonnet-holds-head-of-eu-delegation-to-saudi-arabia") { citations { source { id } } } }',
    );
    expect(head.data!.relation.citations).toEqual([{ source: { id: 'eeas-oic-structure-eu-relations-ar' } }]);

    // 6. Retries change nothing; the audit holds each step once.
    expect(
      (await api.run(ACCEPT, { id: tenureId, reason: 'Again.' }, undefined, as(rev))).data!.acceptProposal
        .changed,
    ).toBe(false);
    expect(
      (await api.run(REJECT, { id: envoyId, reason: 'Again.' }, undefined, as(rev))).data!.rejectProposal
        .changed,
    ).toBe(false);
    expect(
      (await api.run(REJECT, { id: tenureId, reason: 'Too late.' }, undefined, as(rev))).errors?.[0]
        .extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (
        await api.run(
          RANK,
          { id: PER_PRESS, rank: 'PREFERRED', reason: 'The later source gives an end of office.' },
          undefined,
          as(rev),
        )
      ).data!.rankStatement.changed,
    ).toBe(false);
    expect(await audit(PRESS_RELEASE.id)).toEqual(['SOURCE_ADDED']);
    expect(await audit(PER_PRESS)).toEqual(['PROPOSAL_ACCEPTED', 'RELATION_PROPOSED', 'STATEMENT_RANKED']);
    expect(await audit('special-envoy-to-the-oic')).toEqual(['ENTITY_PROPOSED', 'PROPOSAL_REJECTED']);
    expect(await audit('simonnet-holds-head-of-eu-delegation-to-saudi-arabia')).toEqual([
      'CITATION_PROPOSED',
    ]);
    const left = await api.run('{ proposals { totalCount nodes { id } } }', {}, undefined, as(ed));
    expect(left.data!.proposals).toEqual({ totalCount: 1, nodes: [{ id: delegationId }] });
  });

  it('keeps a third reading from a source in Arabic, deprecated with its reason, out of every answer', async () => {
    expect((await api.run(ADD_SOURCE, { source: REPORT }, undefined, as(ed))).errors).toBeUndefined();
    const proposed = await api.run(
      PROPOSE_RELATION,
      {
        relation: REPORT_STATEMENT,
        citation: { sourceId: REPORT.id, quote: REPORT_TENURE },
      },
      undefined,
      as(ed),
    );
    expect(proposed.errors).toBeUndefined();
    const noReason = await api.run(
      ACCEPT,
      { id: proposed.data!.proposeRelation.proposal.id, reason: 'Kept for the record.', rank: 'DEPRECATED' },
      undefined,
      as(rev),
    );
    expect(noReason.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('why it is deprecated'),
    });
    const accepted = await api.run(
      ACCEPT,
      {
        id: proposed.data!.proposeRelation.proposal.id,
        reason: 'Kept for the record.',
        rank: 'DEPRECATED',
        rankReason: 'Contradicted by the press release.',
      },
      undefined,
      as(rev),
    );
    expect(accepted.data!.acceptProposal.proposal).toMatchObject({
      status: 'ACCEPTED',
      acceptedRank: 'DEPRECATED',
    });
    expect((await statements()).map((s: any) => [s.id, s.rank, s.rankReason])).toEqual([
      [CURATED, 'NORMAL', null],
      [PER_PRESS, 'PREFERRED', 'The later source gives an end of office.'],
      [PER_REPORT, 'DEPRECATED', 'Contradicted by the press release.'],
    ]);
    expect((await holders('2024')).map((h: any) => h.id)).toEqual([]);
    // Without a preferred statement, the NORMAL ones answer again; the deprecated one never does.
    await api.run(
      RANK,
      { id: PER_PRESS, rank: 'NORMAL', reason: 'Left for a second review.' },
      undefined,
      as(rev),
    );
    expect((await holders('2024-02')).map((h: any) => h.id)).toEqual([CURATED]);
    expect((await holders('2022')).map((h: any) => h.id)).toEqual([CURATED, PER_PRESS]);
    await api.run(
      RANK,
      { id: PER_PRESS, rank: 'PREFERRED', reason: 'The later source gives an end of office.' },
      undefined,
      as(rev),
    );
  });

  it('finds the quotes of every source in search, and exports each statement with its rank and source', async () => {
    const search = await api.run(
      '{ search(text: "term as Special Envoy ended", in: [QUOTES], first: 5) { nodes { matchedIn citation { source { id } } relation { id } } } }',
    );
    expect(search.data!.search.nodes[0]).toEqual({
      matchedIn: 'QUOTE',
      citation: { source: { id: PRESS_RELEASE.id } },
      relation: { id: PER_PRESS },
    });
    const app = await startTestApp(api.db);
    try {
      const csv = await (await fetch(new URL('/export/edges.csv', app.url))).text();
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toContain(',rank,rank_reason,citation_ids,citation_sources,');
      const line = (id: string) => lines.find((l) => l.startsWith(`${id},`))!;
      expect(line(PER_PRESS)).toMatch(
        new RegExp(`,PREFERRED,The later source gives an end of office\\.,${PRESS_RELEASE.id}@`),
      );
      expect(line(CURATED)).toContain(',NORMAL,,eeas-oic-structure-eu-relations-ar@');
      const jsonld = await (await fetch(new URL('/export/graph.jsonld', app.url))).json();
      const edge = jsonld['@graph'].find((node: any) => node['@id'] === `urn:oickg:relation:${PER_REPORT}`);
      expect(edge).toMatchObject({
        rank: 'DEPRECATED',
        rankReason: 'Contradicted by the press release.',
        citation: [{ source: `urn:oickg:source:${REPORT.id}` }],
      });
      expect(
        jsonld['@graph'].some((node: any) => node['@id'] === `urn:oickg:source:${PRESS_RELEASE.id}`),
      ).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('locates quotes for the curator, and says which quote is absent or ambiguous', async () => {
    const relation = { id: 'simonnet-holds-test-quote', type: 'HOLDS', from: 'patrick-simonnet', to: REP };
    const propose = (citation: Record<string, unknown>) =>
      api.run(PROPOSE_RELATION, { relation, citation }, undefined, as(ed));
    const absent = await propose({ sourceId: PRESS_RELEASE.id, quote: 'Special Representative' });
    expect(absent.errors?.[0]).toMatchObject({
      message: `citation: the quote is not in source "${PRESS_RELEASE.id}"`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const twice = await propose({ sourceId: PRESS_RELEASE.id, quote: 'Special Envoy' });
    expect(twice.errors?.[0]).toMatchObject({
      message: `citation: the quote occurs twice in source "${PRESS_RELEASE.id}" (at offsets 223, 313); give its occurrence (1 to 2) or its start offset`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const past = await propose({ sourceId: PRESS_RELEASE.id, quote: 'Special Envoy', occurrence: 3 });
    expect(past.errors?.[0].message).toBe(
      `citation: the quote occurs twice in source "${PRESS_RELEASE.id}"; occurrence 3 is past the last`,
    );
    const second = await propose({ sourceId: PRESS_RELEASE.id, quote: 'Special Envoy', occurrence: 2 });
    expect(second.data!.proposeRelation.proposal.citation).toMatchObject({ start: 313, end: 326 });
  });

  it('refuses what is not an editor to propose, and bad input with codes', async () => {
    const reader = await api.run(
      ADD_SOURCE,
      { source: { ...PRESS_RELEASE, id: 'x-reader' } },
      undefined,
      as(rita),
    );
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.run('{ proposals { totalCount } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await api.run(
      'mutation { rankStatement(id: "simonnet-holds-eu-representative-to-the-oic", rank: PREFERRED, reason: "An editor tries.") { changed } }',
      {},
      undefined,
      as(ed),
    );
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooLong = await api.run(
      ADD_SOURCE,
      { source: { ...PRESS_RELEASE, id: 'fixture-too-long', text: 'ا'.repeat(100_001) } },
      undefined,
      as(ed),
    );
    expect(tooLong.errors?.[0]).toMatchObject({
      message: 'source.text: 100001 code points; a source holds at most 100000',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await api.run(ACCEPT, { id: 'proposal-none', reason: 'Nothing.' }, undefined, as(rev));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const rankUnknown = await api.run(
      RANK,
      { id: 'no-such-relation', rank: 'DEPRECATED', reason: 'Nothing.' },
      undefined,
      as(rev),
    );
    expect(rankUnknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('bounds what a request asks: a page of proposals, a quote search, a list of aliases, an id', async () => {
    const tooMany = await api.run('{ proposals(first: 101) { totalCount } }', {}, undefined, as(ed));
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'Page size (first) 101 exceeds the limit of 100',
      extensions: { code: 'PAGE_TOO_LARGE' },
    });
    const longQuote = await api.run(
      PROPOSE_CITATION,
      { factId: CURATED, citation: { sourceId: PRESS_RELEASE.id, quote: 'a'.repeat(2001) } },
      undefined,
      as(ed),
    );
    expect(longQuote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const pastTheCap = await api.run(
      PROPOSE_CITATION,
      {
        factId: CURATED,
        citation: { sourceId: PRESS_RELEASE.id, quote: 'Special Envoy', occurrence: 100_001 },
      },
      undefined,
      as(ed),
    );
    expect(pastTheCap.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // An id is a parameter, quoted for the relation_ids index: Lucene syntax in it finds nothing.
    for (const id of [`${CURATED}" OR id:*`, 'simonnet*', '\\" id:\\*']) {
      const ranked = await api.run(
        RANK,
        { id, rank: 'DEPRECATED', reason: 'Lucene in an id.' },
        undefined,
        as(rev),
      );
      expect(ranked.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    // An alias sent twice is proposed once.
    const alias = { text: 'EU Envoy (test)', lang: 'EN', kind: 'VARIANT' };
    const twice = await api.run(
      PROPOSE_ENTITY.replace('entity { id name }', 'entity { id aliases { text } }'),
      {
        entity: {
          id: 'test-envoy-aliases',
          kind: 'POSITION',
          names: { ar: 'منصب للاختبار', en: 'A test post' },
          description: { ar: 'منصب أضافه محرر للاختبار.', en: 'A post an editor proposed for a test.' },
          aliases: [alias, alias, { ...alias, kind: 'ACRONYM' }],
        },
        citation: { note: 'Proposed by the review test suite.' },
      },
      undefined,
      as(ed),
    );
    expect(twice.errors).toBeUndefined();
    expect(twice.data!.proposeEntity.proposal.entity).toEqual({
      id: 'test-envoy-aliases',
      aliases: [{ text: 'EU Envoy (test)' }],
    });
  });

  it('normalises a source text as the curated source is kept: NFC, LF line breaks, no byte-order mark', async () => {
    const raw = '\uFEFFTest fixture line one.\r\nLine two with e\u0301.\rLine three.';
    const result = await api.run(
      ADD_SOURCE,
      { source: { ...PRESS_RELEASE, id: 'fixture-normalised', text: raw } },
      undefined,
      as(ed),
    );
    expect(result.errors).toBeUndefined();
    const read = await api.run('{ source(id: "fixture-normalised") { text length } }');
    expect(read.data!.source).toEqual({
      text: 'Test fixture line one.\nLine two with \u00e9.\nLine three.',
      length: 51,
    });
  });

  it("runs the curators' workflow of the Sandbox's examples, in order", async () => {
    const run = async (name: string, variables: Record<string, unknown>, principal: Principal) => {
      const result = await api.run(REVIEW_OPERATIONS, variables, name, as(principal));
      expect(result.errors).toBeUndefined();
      return result.data!;
    };
    const note = {
      ...PRESS_RELEASE,
      id: 'fixture-sandbox-note',
      kind: 'OTHER',
      text: 'TEST FIXTURE. A fictitious note written for the test suite: Patrick Simonnet was in office in 2022.',
      title: { ar: 'ملاحظة للاختبار (نص متخيَّل)', en: 'Test fixture: a fictitious note' },
    };
    const added = await run('AddSource', { source: note }, ed);
    expect(added.addSource).toMatchObject({ changed: true, source: { id: note.id, language: 'en' } });
    const id = 'simonnet-holds-eu-representative-to-the-oic-in-2022';
    const proposed = await run(
      'ProposeStatement',
      {
        relation: { id, type: 'HOLDS', from: 'patrick-simonnet', to: REP, attestedOn: '2022' },
        citation: { sourceId: note.id, quote: 'Patrick Simonnet was in office in 2022.' },
      },
      ed,
    );
    const proposal = proposed.proposeRelation.proposal;
    expect(proposal).toMatchObject({ status: 'PENDING', citation: { start: 60, end: 99 } });
    const queue = await run('ReviewQueue', { entity: 'patrick-simonnet' }, ed);
    expect(queue.proposals.nodes.map((n: any) => n.id)).toContain(proposal.id);
    const accepted = await run(
      'AcceptProposal',
      { id: proposal.id, reason: 'The note attests the tenure.', rank: 'NORMAL' },
      rev,
    );
    expect(accepted.acceptProposal).toMatchObject({ changed: true, proposal: { status: 'ACCEPTED' } });
    const ranked = await run(
      'RankStatement',
      { id, rank: 'DEPRECATED', reason: 'A fixture, not evidence.' },
      rev,
    );
    expect(ranked.rankStatement).toEqual({
      changed: true,
      relation: { id, rank: 'DEPRECATED', rankReason: 'A fixture, not evidence.' },
    });
    const answer = await run('StatementsAndTheAnswer', {}, ed);
    expect(answer.entity.relations.nodes.find((r: any) => r.id === id)).toMatchObject({
      status: 'ACCEPTED',
      rank: 'DEPRECATED',
      citations: [{ quote: 'Patrick Simonnet was in office in 2022.', source: { id: note.id } }],
    });
    expect(answer.entity.tenures.map((t: any) => t.basis)).toEqual(['APPOINTED_END_KNOWN']);
  });

  it('makes one proposal of 20 identical concurrent ones, and rejects it once under 20 concurrent rejects', async () => {
    const relation = {
      id: 'simonnet-holds-eu-representative-to-the-oic-concurrent',
      type: 'HOLDS',
      from: 'patrick-simonnet',
      to: REP,
      attestedOn: '2023',
    };
    const citation = { sourceId: PRESS_RELEASE.id, quote: PRESS_RELEASE_TENURE };
    const other = await startApi({ alongside: true });
    try {
      const proposed = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          [api, other][i % 2].run(PROPOSE_RELATION, { relation, citation }, undefined, as(ed)),
        ),
      );
      expect(proposed.filter((r) => r.errors)).toEqual([]);
      expect(proposed.filter((r) => r.data!.proposeRelation.changed)).toHaveLength(1);
      const ids = new Set(proposed.map((r) => r.data!.proposeRelation.proposal.id));
      expect(ids.size).toBe(1);
      const [id] = ids;
      const rejected = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          [api, other][i % 2].run(REJECT, { id, reason: 'Twenty reviewers at once.' }, undefined, as(rev)),
        ),
      );
      expect(rejected.filter((r) => r.errors)).toEqual([]);
      expect(rejected.filter((r) => r.data!.rejectProposal.changed)).toHaveLength(1);
      const trail = (await api.run(AUDIT, { id: relation.id }, undefined, as(rev))).data!.auditLog.nodes;
      expect(trail.map((n: any) => n.action).sort()).toEqual(['PROPOSAL_REJECTED', 'RELATION_PROPOSED']);
    } finally {
      await other.close();
    }
  });

  it('accepts one proposal once under 50 concurrent accepts: one effect, one audit entry', async () => {
    const proposed = await api.run(
      PROPOSE_CITATION,
      {
        factId: 'borrell-appointed-simonnet',
        citation: { sourceId: REPORT.id, quote: 'عُيِّن باتريك سيموني ممثلاً للاتحاد الأوروبي' },
      },
      undefined,
      as(ed),
    );
    const id = proposed.data!.proposeCitation.proposal.id;
    const other = await startApi({ alongside: true });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        [api, other][i % 2].run(ACCEPT, { id, reason: 'Fifty reviewers at once.' }, undefined, as(rev)),
      ),
    );
    await other.close();
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data!.acceptProposal.changed)).toHaveLength(1);
    const trail = (await api.run(AUDIT, { id: 'borrell-appointed-simonnet' }, undefined, as(rev))).data!
      .auditLog.nodes;
    expect(
      trail
        .filter((n: any) => n.proposalId === id)
        .map((n: any) => n.action)
        .sort(),
    ).toEqual(['CITATION_PROPOSED', 'PROPOSAL_ACCEPTED']);
    // A fact two sources state holds both citations, once each.
    const fact = await api.run(
      '{ relation(id: "borrell-appointed-simonnet") { citations { source { id } } } }',
    );
    expect(fact.data!.relation.citations.map((c: any) => c.source.id)).toEqual([
      'eeas-oic-structure-eu-relations-ar',
      REPORT.id,
    ]);
  });
});
