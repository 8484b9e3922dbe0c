/// <reference lib="dom" />
// Callbacks passed to the page (evaluate, waitForFunction) run in the browser.
import { startExplorer, type Explorer } from './explorer';

describe('the explorer in Chromium', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(() => explorer?.close());

  it('finds Javier Solana by typing سولانا and opens his page', async () => {
    const page = await explorer.page();
    await page.goto('/');
    await page.getByRole('searchbox').pressSequentially('سولانا', { delay: 30 });
    await page.waitForURL(/\/search\?q=/);
    // His name is the first hit of his; quotes that name him follow.
    const hit = page
      .locator('.hit')
      .filter({ has: page.locator('a.hit-link[href^="/entity/javier-solana"]') })
      .first();
    await hit.waitFor();
    expect(await hit.locator('.how').innerText()).toMatch(/matched .*سولانا/);
    await hit.getByRole('link').click();
    await page.waitForURL('**/entity/javier-solana');
    await expect(page.locator('h1').innerText()).resolves.toBe('Javier Solana');
    const arabic = page.locator('.name-ar');
    expect(await arabic.getAttribute('lang')).toBe('ar');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.innerText()).toBe('خافيير سولانا');
    await explorer.screenshot(page, 'entity-solana');
  });

  it('says which name matched and how: an acronym, a former name the source also uses', async () => {
    const page = await explorer.page();
    await page.goto('/search?q=Organisation%20of%20the%20Islamic%20Conference');
    const first = page.locator('.hit').first();
    await first.waitFor();
    expect(await first.locator('a').getAttribute('href')).toBe('/entity/oic');
    expect(await first.locator('.how').innerText()).toBe(
      'matched “Organisation of the Islamic Conference” (former name, English, exact)',
    );
  });

  it('shows a quote search found, the word marked, and the fact the quote states', async () => {
    const page = await explorer.page();
    await page.goto(`/search?q=${encodeURIComponent('الإرهاب')}`);
    const hit = page
      .locator('.hit[data-matched-in="QUOTE"]')
      .filter({ has: page.locator('.fact a[href="/entity/terrorism"]') });
    await hit.waitFor();
    const snippet = hit.locator('blockquote.snippet');
    expect(await snippet.innerText()).toBe('والذي يركز أيضاً بشكل مهم على الإرهاب والتطرف');
    expect(await snippet.getAttribute('dir')).toBe('rtl');
    expect(await snippet.locator('mark').allInnerTexts()).toEqual(['الإرهاب']);
    expect(await hit.locator('.how').innerText()).toBe('matched in a quote of the source (العربية)');
    expect(await hit.locator('.fact').innerText()).toBe(
      'states: OIC-2025 Programme of Action focuses on Terrorism · Open in the source',
    );
    expect(await hit.locator('.cite-link').getAttribute('href')).toBe(
      '/source/eeas-oic-structure-eu-relations-ar?cite=874-919',
    );
    await explorer.screenshot(page, 'search-quote');
  });

  it('says when a hit is only a guess', async () => {
    const page = await explorer.page();
    await page.goto('/search?q=Simonet');
    const first = page.locator('.hit').first();
    await first.waitFor();
    expect(await first.locator('.how').innerText()).toBe('matched “Patrick Simonnet” (name, English, fuzzy)');
    expect(await first.locator('.how mark').allInnerTexts()).toEqual(['Simonnet']);
  });

  it('shows no Secretary-General in office at 2021-06-01, and Taha at 2022, through the as-of control', async () => {
    const page = await explorer.page();
    await page.goto('/entity/oic-secretary-general');
    await page.locator('.tenure').first().waitFor();
    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.fill('2021-06-01');
    await asOf.press('Enter');
    await page.waitForURL('**/entity/oic-secretary-general?at=2021-06-01');
    await page.getByTestId('no-holder').waitFor();
    expect(await page.locator('.tenure').count()).toBe(0);
    expect(await page.getByTestId('no-holder').innerText()).toBe('No holder in office at this date.');
    await explorer.screenshot(page, 'as-of-2021-06-01');

    await asOf.fill('2022');
    await asOf.press('Enter');
    await page.waitForURL('**/entity/oic-secretary-general?at=2022');
    await page.locator('.tenure').first().waitFor();
    expect(
      await page.locator('.tenure').evaluateAll((items) => items.map((li) => li.getAttribute('data-person'))),
    ).toEqual(['hissein-brahim-taha']);
    // Dates at their precision: the appointment and the start of office are days the source gives.
    expect(await page.locator('.tenure .dates').innerText()).toBe(
      'appointed 28 November 2020; in office from 17 November 2021',
    );
  });

  it('carries the as-of date and the language along every link', async () => {
    const page = await explorer.page();
    await page.goto('/entity/oic?at=2021-11&lang=ar');
    await page.locator('.entity').waitFor();
    expect(await page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual([
      'ar',
      'rtl',
    ]);
    const graphLink = page.locator('.entity-actions a').first();
    expect(await graphLink.getAttribute('href')).toBe('/graph/oic?hops=1&at=2021-11&lang=ar');
    const font = await page.locator('.name-ar').evaluate((element) => getComputedStyle(element).fontFamily);
    expect(font).toMatch(/^"Noto Naskh Arabic", "Noto Sans Arabic", Amiri, Arial, sans-serif$/);
  });

  it('opens a citation in the source reader at its highlighted quote, with the facts it supports', async () => {
    const page = await explorer.page();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(request.postData() ?? '');
    });
    await page.goto('/entity/oic-secretary-general');
    const tenure = page.locator('.tenure[data-person="hissein-brahim-taha"]');
    await tenure.locator('summary').click();
    const figure = tenure.locator('figure.citation').first();
    // The sentence around the quote comes with the citation (Citation.context), cut by the server.
    await figure.locator('blockquote[data-in-context]').waitFor();
    const quote = await figure.locator('mark').innerText();
    const context = await figure.locator('blockquote').innerText();
    // The quote sits inside its sentence: more text around it than the quote alone.
    expect(context.length).toBeGreaterThan(quote.length);
    expect(context).toContain(quote);
    expect(context).toBe(
      'تم تعيين السيد حسين إبراهيم طه، وزير الخارجية والتعاون الدولي السابق في تشاد، في 28 تشرين ثاني 2020، أمينًا عامًا لمنظمة التعاون الإسلامي، اعتبارًا من 17 نوفمبر 2021.',
    );
    const link = figure.locator('a.cite-link');
    const href = (await link.getAttribute('href'))!;
    const [, start, end] = /cite=(\d+)-(\d+)/.exec(href)!.map(Number);
    await link.click();
    await page.waitForURL(/\/source\/eeas-oic-structure-eu-relations-ar\?cite=/);
    const target = page.locator('mark.target');
    await target.first().waitFor();
    expect((await target.allInnerTexts()).join('')).toBe(quote);
    expect(end - start).toBe(Array.from(quote).length);
    // The reader scrolled to it.
    const box = await page.locator('#cited-target').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    // Once every cited passage is found, the panel lists the fact the quote supports.
    const fact = page.locator('.supports a[data-fact]').first();
    await fact.waitFor({ timeout: 60_000 });
    expect(
      await page
        .locator('.supports a[data-fact]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-fact'))),
    ).toContain('taha-holds-oic-secretary-general');
    expect(await page.locator('.source-text .cited').count()).toBeGreaterThan(50);
    // No page loads every source's text: the reader asks for its one source by id.
    expect(operations.filter((body) => /\bsources\s*\{/.test(body))).toEqual([]);
    expect(operations.filter((body) => body.includes('ExplorerSource('))).toHaveLength(1);
  });

  it('is usable with the keyboard alone: search, then a result', async () => {
    const page = await explorer.page();
    await page.goto('/');
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'search-input'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate('document.activeElement.id');
    }
    expect(focused).toBe('search-input');
    // Searches for "O" and "OI" go out as the letters are typed: wait for the answer to "OIC".
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('"text":"OIC"'),
    );
    await page.keyboard.type('OIC', { delay: 40 });
    await answered;
    await page.locator('.hit-link').first().waitFor();
    let onResult = false;
    for (let i = 0; i < 20 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate('document.activeElement.classList.contains("hit-link")');
    }
    expect(onResult).toBe(true);
    const target = await page.evaluate('document.activeElement.getAttribute("href")');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    await page.locator('article.entity').waitFor();
  });

  it('reads nothing from anywhere but its own origin', async () => {
    const page = await explorer.page();
    const visits = [
      '/',
      '/search?q=OIC',
      '/entity/oic',
      '/graph/oic?hops=2',
      '/timeline/eu-oic-relations',
      '/path?from=patrick-simonnet&to=hissein-brahim-taha',
      '/source/eeas-oic-structure-eu-relations-ar',
      '/graphiql',
    ];
    for (const visit of visits) await page.goto(visit, { waitUntil: 'networkidle' });
    const origins = new Set(page.seen.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([explorer.origin]);
    expect(page.seen.filter((url) => url.endsWith('/graphql')).length).toBeGreaterThan(visits.length);
    const response = await page.request.get('/');
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  });
});
