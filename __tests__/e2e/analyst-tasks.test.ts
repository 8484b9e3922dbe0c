/// <reference lib="dom" />
// Callbacks passed to the page (evaluate, waitForFunction) run in the browser.
import { startExplorer, type Explorer } from './explorer';

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Elements a Tab reaches on the page (visible, not disabled, tab index 0 or more). */
const TAB_STOPS = `[...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
  .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length`;

describe('what an analyst asked of the explorer, second pass', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(() => explorer?.close());

  it('finds a path between two entities given by name, in either language, or by id', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await page.goto('/path');
    const from = page.getByRole('combobox', { name: 'From' });
    await from.pressSequentially('Patrick Simonnet', { delay: 20 });
    const option = page.locator('#from-suggestions [role="option"][data-entity="patrick-simonnet"]');
    await option.waitFor();
    await from.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('Patrick Simonnet');
    // A name not picked from the suggestions is looked up when the form is sent.
    await page.getByRole('combobox', { name: 'To' }).fill('Secretary-General');
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.waitForURL('**/path?from=patrick-simonnet&to=oic-secretary-general&maxHops=5');
    await page.locator('.path-steps > li').first().waitFor();
    expect(await page.locator('.path-steps > li').count()).toBe(3);
    expect(await page.locator('text=No path within this many hops.').count()).toBe(0);

    await page.goto('/path?lang=ar');
    await page.getByRole('combobox', { name: 'من' }).fill('باتريك سيموني');
    await page.getByRole('combobox', { name: 'إلى' }).fill('hissein-brahim-taha');
    await page.getByRole('button', { name: 'ابحث عن المسار' }).click();
    await page.waitForURL('**/path?from=patrick-simonnet&to=hissein-brahim-taha&maxHops=5&lang=ar');
    await page.locator('.path-steps > li').first().waitFor();
    // An id in the address shows as the entity's name.
    await page.waitForFunction(
      () => (document.getElementById('to-input') as HTMLInputElement).value === 'حسين إبراهيم طه',
    );

    await page.goto('/path');
    await page.getByRole('combobox', { name: 'From' }).fill('Nobody Ever Named');
    await page.getByRole('combobox', { name: 'To' }).fill('oic');
    await page.getByRole('button', { name: 'Find path' }).click();
    expect(await page.getByTestId('unknown-entity').innerText()).toBe(
      'No entity is named “Nobody Ever Named”.',
    );
  });

  it('thins the timeline years on a 390 px phone so that none prints over another', async () => {
    const page = await explorer.page({ viewport: PHONE });
    await page.goto('/timeline/eu-oic-relations');
    // A first timeline query on a busy machine can take a while: a generous bound.
    await page.locator('.entry').first().waitFor({ timeout: 60_000 });
    const labels = await page.locator('.axis .year').evaluateAll((years) =>
      years.map((year) => {
        const box = year.getBoundingClientRect();
        return { text: year.textContent, left: box.left, right: box.right };
      }),
    );
    const overprinted = labels.filter((label, i) => i > 0 && label.left < labels[i - 1].right);
    expect(overprinted).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.every((label) => label.right <= 390)).toBe(true);
    await explorer.screenshot(page, 'timeline-390');
  });

  it('opens the source at the quote: the one passage marked, focused and on screen, the capture described above', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await page.goto('/source/eeas-oic-structure-eu-relations-ar?cite=404-569');
    const target = page.locator('#cited-target');
    await target.waitFor();
    // Once every cited passage is found, the others are underlined and the target still the only mark.
    await page.locator('.supports a[data-fact]').first().waitFor({ timeout: 60_000 });
    // The passage may be cut where other citations overlap it: every piece is the target, and together they are the quote.
    expect(await page.locator('.source-text mark:not(.target)').count()).toBe(0);
    expect((await page.locator('.source-text mark.target').allInnerTexts()).join('')).toMatch(
      /^تم تعيين السيد حسين إبراهيم طه/,
    );
    expect(await page.locator('.source-text .cited:not(.target)').count()).toBeGreaterThan(50);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await page.evaluate('document.activeElement.id')).toBe('cited-target');
    const meta = await page.getByTestId('source-meta').innerText();
    expect(meta).toContain('Publisher\nEuropean External Action Service (EEAS)');
    expect(meta).toContain('Address (URL)\nnot recorded in the capture');
    expect(meta).toContain('Retrieved\nnot recorded in the capture');
    expect(meta).toContain('Language\nالعربية (ar)');
    const stops = (await page.evaluate(TAB_STOPS)) as number;
    process.stdout.write(`source reader: ${stops} tab stops\n`);
    expect(stops).toBeLessThanOrEqual(25);
    await explorer.screenshot(page, 'source-reader');
    await page.getByTestId('next-passage').click();
    await page.waitForURL((url) => url.searchParams.get('cite') !== '404-569');
    expect(await page.locator('.source-text mark:not(.target)').count()).toBe(0);
    expect(await page.locator('.source-text mark.target').count()).toBeGreaterThan(0);
  });

  it('says when an as-of date is not one, how a year is read, and words a person without office as a person', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await page.goto('/entity/hissein-brahim-taha');
    await page.locator('.entity').waitFor();
    const header = async () => (await page.locator('header.top').boundingBox())!.height;
    const plain = await header();
    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.fill('2021-13');
    await asOf.press('Enter');
    expect(await page.getByTestId('as-of-error').innerText()).toBe(
      '“2021-13” is not a date. Write a year (2021), a month (2021-11) or a day (2021-11-17). The views still show all time.',
    );
    expect(page.url()).not.toContain('at=');
    await asOf.fill('2021-06-01');
    await asOf.press('Enter');
    await page.waitForURL('**/entity/hissein-brahim-taha?at=2021-06-01');
    await page.getByTestId('no-holder').waitFor();
    expect(await page.getByTestId('no-holder').innerText()).toBe(
      'Held no office at this date, by the source.',
    );
    expect(await page.getByTestId('as-of-reading').innerText()).toBe(
      'As of 1 June 2021: the views show what held on that day. Clear',
    );
    // The header keeps one line with a date set.
    expect(await header()).toBe(plain);
    await asOf.fill('June 2021');
    await asOf.press('Enter');
    expect(await page.getByTestId('as-of-error').innerText()).toContain(
      'The views still show what held as of 1 June 2021.',
    );
    await asOf.fill('2021');
    await asOf.press('Enter');
    await page.waitForURL('**/entity/hissein-brahim-taha?at=2021');
    expect(await page.getByTestId('as-of-reading').innerText()).toBe(
      'As of 2021: a year, so the views show what held at any time in 2021. Clear',
    );
    await page.goto('/entity/oic?at=2021-02-30');
    await page.locator('.entity').waitFor();
    expect(await page.getByTestId('as-of-error').innerText()).toContain('“2021-02-30” is not a date.');
  });

  it('moves the focus to the new view’s heading and names each view in the page title', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await page.goto('/');
    await page.locator('.home').waitFor();
    expect(await page.title()).toBe('Home · OIC knowledge graph');
    await page.locator('.starts a[href="/entity/oic"]').click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate('document.activeElement.textContent')).toBe(
      'Organisation of Islamic Cooperation',
    );
    expect(await page.title()).toBe('Organisation of Islamic Cooperation · OIC knowledge graph');
    await page.locator('.entity-actions a', { hasText: 'Timeline' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.title()).toBe('Organisation of Islamic Cooperation · Timeline · OIC knowledge graph');
    // Typing a search keeps the focus in the search box.
    await page.locator('#search-input').pressSequentially('OIC', { delay: 30 });
    await page.waitForURL('**/search?q=OIC');
    expect(await page.evaluate('document.activeElement.id')).toBe('search-input');
    expect(await page.title()).toBe('Search: OIC · OIC knowledge graph');
  });

  it('speaks Arabic throughout the Arabic interface, with headings no smaller than the English', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    const sizes = async (url: string) => {
      await page.goto(url);
      await page.locator('.relation-group').first().waitFor();
      return page.evaluate(() => ({
        h1: parseFloat(getComputedStyle(document.querySelector('main h1 span')!).fontSize),
        under: parseFloat(getComputedStyle(document.querySelector('.other-name span')!).fontSize),
        h2: parseFloat(getComputedStyle(document.querySelector('main h2')!).fontSize),
      }));
    };
    const english = await sizes('/entity/oic');
    const arabic = await sizes('/entity/oic?lang=ar');
    process.stdout.write(
      `headings: Arabic h1 ${arabic.h1} px (English under it ${arabic.under} px); English h1 ${english.h1} px\n`,
    );
    expect(arabic.h1).toBeGreaterThanOrEqual(english.h1);
    expect(arabic.h1).toBeGreaterThan(arabic.under);
    expect(arabic.h2).toBeGreaterThanOrEqual(english.h2);
    expect((await page.locator('.kind-line .badge').innerText()).trim()).toBe('منظمة');
    await explorer.screenshot(page, 'entity-oic-ar');

    await page.goto('/graph/oic?lang=ar');
    await page.locator('[data-testid="graph-canvas"][data-state="rendered"]').waitFor();
    const words = await page
      .locator('.type-filter label, .type-filter summary, .legend li, .node-list .kind')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText.trim()));
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((word) => /[A-Za-z]/.test(word))).toEqual([]);
    await explorer.screenshot(page, 'graph-oic-ar');
  });

  it('shows a way on to GraphiQL at /graphql when the Sandbox cannot load', async () => {
    // The test machine is offline, as the analyst was: Apollo's CDN cannot be reached.
    const page = await explorer.page({ viewport: DESKTOP });
    await page.goto('/graphql');
    const fallback = page.locator('#sandbox-fallback');
    await fallback.waitFor();
    expect(await fallback.innerText()).toContain('The Apollo Sandbox could not load.');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('#sandbox-fallback')!).opacity === '1',
    );
    await page.getByRole('link', { name: 'Open GraphiQL' }).click();
    await page.waitForURL('**/graphiql');
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  });
});
