import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web';
import type { App } from '../../src/app';
import type { Config } from '../../src/config';
import type { Database } from '../../src/db/database';
import { startTestApp } from '../helpers/app';
import { sharedDatabase } from '../helpers/database';

/** Debian's Chromium (.ci/run installs the chromium package); a test tool's own browser download cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(__dirname, 'screenshots');

export interface Explorer {
  origin: string;
  app: App;
  db: Database;
  browser: Browser;
  /** A fresh page (its own context: no shared storage) that records every request it makes. */
  page(options?: { viewport?: { width: number; height: number } }): Promise<Page & { seen: string[] }>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real server (startApp) over the shared test Neo4j holding the curated dataset (or the database
 * given), the explorer
 * built as `npm run build` builds it, and a headless Chromium.
 */
export async function startExplorer(
  overrides: Partial<Config> = {},
  /** A database of the suite's own (the scratch one, for a suite that writes): it closes it itself. */
  database?: Database,
): Promise<Explorer> {
  buildWeb({ quiet: true });
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: the browser tests drive Debian's chromium package ` +
        '(apt-get install chromium, as .ci/run does), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  const db = database ?? sharedDatabase();
  const app = await startTestApp(db, overrides);
  const origin = new URL(app.url).origin;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    origin,
    app,
    db,
    browser,
    async page(options = {}) {
      const context = await browser.newContext({
        baseURL: origin,
        viewport: options.viewport ?? { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      const page = (await context.newPage()) as Page & { seen: string[] };
      page.seen = [];
      page.on('request', (request) => page.seen.push(request.url()));
      page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await app.close();
      if (!database) await db.close();
    },
  };
}
