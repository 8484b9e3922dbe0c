/// <reference lib="dom" />
import type { Actor } from '../../src/curation/change';
import { acceptProposal, proposeRelation } from '../../src/curation/proposal.curation';
import { addSource } from '../../src/curation/source.curation';
import type { SourceInput } from '../../src/curation/source.types';
import { seedGraph } from '../../src/dataset/seed';
import { parsePartialDate } from '../../src/domain/partial-date';
import { PRESS_RELEASE, PRESS_RELEASE_TENURE } from '../fixtures/fixture-sources';
import { scratchDatabase, SCRATCH_WAIT_MS, type ScratchDatabase } from '../helpers/database';
import { startExplorer, type Explorer } from './explorer';

const CURATED = 'simonnet-holds-eu-representative-to-the-oic';
const PER_PRESS = 'simonnet-holds-eu-representative-to-the-oic-per-press-release';

/**
 * Sources that disagree, in the explorer: a fixture press release (fictitious, written for the
 * tests) gives another appointment month and an end of office for Patrick Simonnet; a reviewer
 * accepts it as the preferred statement. Written on the scratch database, which this suite holds.
 */
describe('sources that disagree, in the explorer', () => {
  let db: ScratchDatabase;
  let explorer: Explorer;
  beforeAll(async () => {
    db = await scratchDatabase();
    try {
      await seedGraph(db);
      const editor: Actor = { principal: { name: 'ed', role: 'editor' }, requestId: 'e2e-ed' };
      const reviewer: Actor = { principal: { name: 'rev', role: 'reviewer' }, requestId: 'e2e-rev' };
      const source: SourceInput = {
        ...PRESS_RELEASE,
        publishedOn: parsePartialDate(PRESS_RELEASE.publishedOn),
      };
      await addSource(db, editor, source);
      const proposed = await proposeRelation(
        db,
        editor,
        {
          id: PER_PRESS,
          type: 'HOLDS',
          from: 'patrick-simonnet',
          to: 'eu-representative-to-the-oic',
          appointedOn: parsePartialDate('2020-10'),
          inOfficeUntil: parsePartialDate('2023-06'),
        },
        { sourceId: PRESS_RELEASE.id, quote: PRESS_RELEASE_TENURE },
      );
      await acceptProposal(
        db,
        reviewer,
        proposed.proposal.id,
        'The press release gives an end.',
        'PREFERRED',
        null,
      );
      explorer = await startExplorer({}, db);
    } catch (error) {
      await db.release();
      throw error;
    }
  }, SCRATCH_WAIT_MS);
  afterAll(async () => {
    await explorer?.close();
    await db?.release();
  });

  it('shows both statements side by side, each with its rank, its dates and its quote', async () => {
    const page = await explorer.page();
    await page.goto('/entity/patrick-simonnet');
    const conflict = page.locator(
      '[data-testid="sources-disagree"][data-other="eu-representative-to-the-oic"]',
    );
    await conflict.waitFor();
    expect(await conflict.locator('.disagree-title').innerText()).toBe(
      'Sources disagree · EU Representative to the OIC',
    );
    const statements = conflict.locator('.statement');
    expect(
      await statements.evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-statement'), n.getAttribute('data-rank')]),
      ),
    ).toEqual([
      [CURATED, 'NORMAL'],
      [PER_PRESS, 'PREFERRED'],
    ]);
    // Both quotes, each marked in its sentence, each in its source's language and direction.
    const curated = statements.nth(0);
    expect(await curated.locator('.dates').innerText()).toBe('appointed September 2020');
    const arabic = curated.locator('blockquote');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.locator('mark').innerText()).toContain('وفي أيلول 2020');
    const press = statements.nth(1);
    expect(await press.locator('.dates').innerText()).toBe('appointed October 2020; until June 2023');
    const english = press.locator('blockquote');
    expect(await english.getAttribute('dir')).toBe('ltr');
    expect(await english.locator('mark').innerText()).toBe(PRESS_RELEASE_TENURE);
    expect(await press.locator('.source-title').innerText()).toBe(`Source: ${PRESS_RELEASE.title.en}`);
    // Side by side on a desktop: the two statements share a row.
    const [a, b] = [await curated.boundingBox(), await press.boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    await press.scrollIntoViewIfNeeded();
    await explorer.screenshot(page, 'sources-disagree');

    // As of a date, the answer is the preferred statement alone.
    await page.goto('/entity/patrick-simonnet?at=2022');
    await page.locator('[data-testid="tenures"], .tenures').first().waitFor();
    expect(await page.locator('[data-testid="sources-disagree"]').count()).toBe(0);
  });

  it('opens the added source in the reader, left to right, at the quote', async () => {
    const page = await explorer.page();
    await page.goto('/entity/patrick-simonnet');
    const link = page.locator(`[data-statement="${PER_PRESS}"] a.cite-link`);
    await link.click();
    await page.waitForURL(`**/source/${PRESS_RELEASE.id}?cite=*`);
    const text = page.locator('.source-text');
    await text.waitFor();
    expect(await text.getAttribute('dir')).toBe('ltr');
    expect(await text.getAttribute('lang')).toBe('en');
    expect(await page.locator('#cited-target').innerText()).toBe(PRESS_RELEASE_TENURE);
  });
});
