/// <reference lib="dom" />
// Callbacks passed to the page (evaluate, waitForFunction) run in the browser.
import { startExplorer, type Explorer } from './explorer';

const SECRETARY_GENERAL = encodeURIComponent('الأمين العام');

/** The texts of the hits on the page: the name, description or quote each matched in. */
const matchedTexts = () =>
  Array.from(document.querySelectorAll('.hit')).map(
    (hit) => (hit.querySelector('blockquote.snippet') ?? hit.querySelector('.how bdi'))?.textContent ?? '',
  );

describe('search in the explorer', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(() => explorer?.close());

  it('ranks «الأمين العام» as a phrase before the common «عام», shows the total and reads on with "more"', async () => {
    const page = await explorer.page();
    await page.goto(`/search?q=${SECRETARY_GENERAL}`);
    await page.locator('.hit').first().waitFor();
    const count = page.locator('p.count');
    expect(await count.innerText()).toMatch(/^20 shown of (\d+)$/);
    const total = Number(/of (\d+)$/.exec(await count.innerText())![1]);
    expect(total).toBeGreaterThan(40);
    // Every hit of the first page holds the phrase (the appointment «أمينًا عامًا» too), none only «عام».
    for (const text of await page.evaluate(matchedTexts)) {
      expect(text).toMatch(/(الأمين|أميناً|أمينًا) ?(العام|عاماً|عامًا)/);
    }
    await explorer.screenshot(page, 'search-ranking');
    const first = await page.locator('.hit').evaluateAll((hits) => hits.map((hit) => hit.textContent));
    await page.getByRole('button', { name: 'More results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.hit').length === 40);
    expect(await count.innerText()).toBe(`40 shown of ${total}`);
    const both = await page.locator('.hit').evaluateAll((hits) => hits.map((hit) => hit.textContent));
    expect(both.slice(0, 20)).toEqual(first);
    expect(new Set(both).size).toBe(40);
    // Read on to the end: the button goes once every hit is shown, and the count says so.
    while ((await page.locator('button.more').count()) > 0) {
      const shown = await page.locator('.hit').count();
      await page.locator('button.more').click();
      await page.waitForFunction((n) => document.querySelectorAll('.hit').length > n, shown);
    }
    expect(await page.locator('.hit').count()).toBe(total);
    expect(await count.innerText()).toBe(`${total} shown of ${total}`);
  });

  it('sets the quotation marks around an Arabic name the way the sentence around it reads', async () => {
    const page = await explorer.page();
    const around = () => {
      const how = document.querySelector('.hit .how')!;
      const bdi = how.querySelector('bdi')!;
      const range = document.createRange();
      const before = bdi.previousSibling!;
      range.setStart(before, before.textContent!.length - 1);
      range.setEnd(before, before.textContent!.length);
      const open = range.getBoundingClientRect();
      const name = bdi.getBoundingClientRect();
      return { open: before.textContent!.at(-1), openOnTheLeft: open.right <= name.left + 0.5 };
    };
    // English reads left to right: “ on the left of the name, Arabic though the name is.
    await page.goto(`/search?q=${SECRETARY_GENERAL}`);
    await page.locator('.hit .how bdi').first().waitFor();
    expect(await page.evaluate(around)).toEqual({ open: '“', openOnTheLeft: true });
    expect(await page.locator('.hit .how').first().innerText()).toMatch(/^matched “الأمين العام” \(/);
    // Arabic reads right to left: « opens on the right.
    await page.goto(`/search?q=${SECRETARY_GENERAL}&lang=ar`);
    await page.locator('.hit .how bdi').first().waitFor();
    expect(await page.evaluate(around)).toEqual({ open: '«', openOnTheLeft: false });
    await explorer.screenshot(page, 'search-ar');
  });

  it('says a Latin guess matched the English name, and marks it', async () => {
    const page = await explorer.page();
    await page.goto('/search?q=Simonett');
    const first = page.locator('.hit').first();
    await first.waitFor();
    expect(await first.locator('.how').innerText()).toBe('matched “Patrick Simonnet” (name, English, fuzzy)');
    expect(await first.locator('.how mark').allInnerTexts()).toEqual(['Simonnet']);
  });
});
