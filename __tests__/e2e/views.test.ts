/// <reference lib="dom" />
// Callbacks passed to the page (evaluate, waitForFunction) run in the browser.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { postGraphQL, startTestApp } from '../helpers/app';
import { startExplorer, type Explorer } from './explorer';

describe('timeline, GraphiQL, accessibility and keys in the explorer', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(() => explorer?.close());

  it('shows the EU–OIC timeline in date order, each date as the span it names', async () => {
    const page = await explorer.page();
    await page.goto('/timeline/eu-oic-relations');
    const rows = page.locator('[data-testid="timeline-entries"] > li');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((items) =>
      items.map((li) => ({
        earliest: li.getAttribute('data-earliest'),
        date: li.getAttribute('data-date'),
        when: (li.querySelector('.when') as HTMLElement).innerText.trim(),
      })),
    );
    const { body } = await postGraphQL(
      explorer.app.url,
      '{ timeline(entity: "eu-oic-relations") { entries { date { text earliest } } } }',
    );
    const entries = body.data!.timeline.entries as Array<{ date: { text: string; earliest: string } | null }>;
    expect(shown.map((row) => row.date || null)).toEqual(entries.map((entry) => entry.date?.text ?? null));
    const dated = shown.filter((row) => row.earliest).map((row) => row.earliest!);
    expect(dated.length).toBeGreaterThan(10);
    expect([...dated].sort()).toEqual(dated);
    expect(shown[0]).toEqual({ earliest: '2005-01-01', date: '2005', when: '2005' });
    // Dates at their precision: a month is a month, never a made-up day.
    expect(shown.find((row) => row.date === '2014-06')?.when).toBe('June 2014');
    // A year is a bar over the year: wider than a month's bar.
    const width = (date: string) =>
      page.locator(`[data-date="${date}"] .bar`).evaluate((bar) => bar.getBoundingClientRect().width);
    expect(await width('2012')).toBeGreaterThan(8 * (await width('2014-06')));
    // Recurring meetings are rhythms, not dates.
    const rhythm = page.locator('.recurring .rhythm').first();
    expect(await rhythm.locator('.hint').innerText()).toBe('(a rhythm, not dates)');
    await explorer.screenshot(page, 'timeline-eu-oic');

    await page.goto('/timeline/eu-oic-relations?at=2012');
    await rows.first().waitFor();
    const asOf = await rows.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-earliest')).filter(Boolean),
    );
    expect(asOf.length).toBeGreaterThan(0);
    expect(asOf.every((earliest) => earliest! <= '2012-12-31')).toBe(true);
    expect(asOf.length).toBeLessThan(dated.length);
  });

  it('opens GraphiQL offline with the example operations and sends x-debug-db when toggled', async () => {
    const page = await explorer.page();
    await page.goto('/graphiql');
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    expect(await editor.innerText()).toContain('query WhoRepresentsTheEUToTheOIC');
    await page.getByRole('button', { name: 'db' }).click();
    expect(await page.getByRole('button', { name: 'db ✓' }).getAttribute('aria-pressed')).toBe('true');
    const sent = page.waitForRequest(
      (request) => request.url().endsWith('/graphql') && request.postData()!.includes('WhoRepresents'),
    );
    await page
      .locator('.graphiql-query-editor .CodeMirror-line', {
        hasText: 'entity(id: "eu-representative-to-the-oic")',
      })
      .click();
    await page.keyboard.press('Control+Enter');
    const request = await sent;
    expect(request.headers()['x-debug-db']).toBe('1');
    const answer = (await (await request.response())!.json()) as { data: any; extensions: any };
    expect(answer.data.entity.holders.map((h: any) => h.person.name)).toEqual(['Patrick Simonnet']);
    expect(answer.extensions.db.roundTrips).toBeGreaterThan(0);
    await page.waitForFunction(() =>
      document.querySelector('.result-window')?.textContent?.includes('Patrick Simonnet'),
    );
    await explorer.screenshot(page, 'graphiql');
  });

  it('has no accessibility violation (axe-core), on a desktop and on a phone, in English and Arabic', async () => {
    const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const desktop = await explorer.page();
    const phone = await explorer.page({ viewport: { width: 390, height: 844 } });
    const pages: Array<[string, string, 'desktop' | 'phone']> = [
      ['/', '.home', 'desktop'],
      ['/search?q=OIC', '.hit', 'desktop'],
      ['/entity/oic', '.relation-group', 'desktop'],
      ['/entity/oic-secretary-general?at=2022&lang=ar', '.tenure', 'desktop'],
      // The refused date's message is on screen at once, the entity once it has loaded.
      [
        '/entity/hissein-brahim-taha?at=2021-13',
        '.as-of-bar:has([data-testid="as-of-error"]) ~ main .entity',
        'desktop',
      ],
      ['/graph/oic?hops=2', '[data-state="rendered"]', 'desktop'],
      ['/graph/oic?lang=ar', '[data-state="rendered"]', 'desktop'],
      ['/graph/oic?hops=2', '[data-state="rendered"]', 'phone'],
      ['/timeline/eu-oic-relations', '.entry', 'desktop'],
      ['/timeline/eu-oic-relations?at=2015', '.entry', 'phone'],
      ['/path?from=patrick-simonnet&to=hissein-brahim-taha', '.step', 'desktop'],
      ['/path', '#from-input', 'phone'],
      ['/source/eeas-oic-structure-eu-relations-ar?cite=960-1013', 'mark.target', 'desktop'],
    ];
    const found: Record<string, string[]> = {};
    for (const [url, ready, device] of pages) {
      const page = device === 'phone' ? phone : desktop;
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      // Evaluated through the debugging protocol: the page's policy rightly refuses inline scripts.
      await page.evaluate(axe);
      const violations = (await page.evaluate(
        `axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
      )) as Array<{ id: string; impact: string; nodes: number }>;
      if (violations.length)
        found[`${url} (${device})`] = violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`);
    }
    expect(found).toEqual({});
  });

  it('asks for a key when reads need one, and sends it', async () => {
    const key = 'explorer-e2e-reader-key';
    const guarded = await startTestApp(explorer.db, {
      readsRequireKey: true,
      apiKeys: [{ name: 'e2e', role: 'reader', sha256: createHash('sha256').update(key).digest('hex') }],
    });
    try {
      const page = await explorer.page();
      await page.goto(`${new URL(guarded.url).origin}/entity/oic`);
      const input = page.getByRole('textbox', { name: 'API key' });
      await input.waitFor();
      expect(await page.locator('.key-form').innerText()).toContain('This server needs an API key to read.');
      await input.fill(key);
      await input.press('Enter');
      await page.locator('.relation-group').first().waitFor();
      expect(await page.locator('h1').innerText()).toBe('Organisation of Islamic Cooperation');
      const export_ = await page.evaluate(
        `fetch('/export/nodes.csv?ids=oic', { headers: { authorization: 'Bearer ${key}' } }).then(r => r.status)`,
      );
      expect(export_).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
