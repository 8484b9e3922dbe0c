/// <reference lib="dom" />
// Callbacks passed to the page (evaluate, waitForFunction) run in the browser.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { startExplorer, type Explorer } from './explorer';

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The page's Cytoscape instance: cytoscape keeps it on its container. */
const CY = `document.querySelector('[data-testid="graph-canvas"]')._cyreg.cy`;

async function rendered(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-testid="graph-canvas"][data-state="rendered"]').waitFor();
}

/** Label size on screen (CSS px) at the current zoom, and how many node labels overlap another. */
const labelFigures = (page: Page) =>
  page.evaluate(`(() => {
    const cy = ${CY};
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
    const overlapping = new Set();
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.add(i).add(j);
      }
    return { px: cy.zoom() * parseFloat(cy.nodes()[0].style('font-size')), overlapping: overlapping.size, zoom: cy.zoom() };
  })()`) as Promise<{ px: number; overlapping: number; zoom: number }>;

describe('the graph, as an analyst reads it', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(() => explorer?.close());

  it('gives the canvas the width of a 390 px phone, with the legend folded under it', async () => {
    const page = await explorer.page({ viewport: PHONE });
    await rendered(page, '/graph/oic?hops=2');
    const width = (await page.getByTestId('graph-canvas').boundingBox())!.width;
    process.stdout.write(`graph canvas at 390 px: ${width} px wide\n`);
    expect(width).toBeGreaterThanOrEqual(340);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
    expect(await page.locator('details.legend-box').getAttribute('open')).toBeNull();
    await explorer.screenshot(page, 'graph-390');
    await page.locator('details.legend-box summary').click();
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(12);
  });

  it('draws labels readable at the default zoom, kinds by shape, and edge labels on hover and selection', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await rendered(page, '/graph/oic?hops=2');
    const labels = await labelFigures(page);
    process.stdout.write(
      `OIC at 2 hops: labels ${labels.px.toFixed(1)} px at zoom ${labels.zoom.toFixed(2)}, ${labels.overlapping} labels overlapping\n`,
    );
    expect(labels.px).toBeGreaterThanOrEqual(11);
    // Each kind on screen has its own shape.
    const shapes = (await page.evaluate(`(() => {
      const byKind = {};
      for (const n of ${CY}.nodes()) byKind[n.data('shape') ? n.style('shape') : 'none'] = true;
      const kinds = new Set([...document.querySelectorAll('.node-list li .kind')].map((e) => e.textContent));
      return { shapes: Object.keys(byKind).length, kinds: kinds.size };
    })()`)) as { shapes: number; kinds: number };
    expect(shapes.shapes).toBe(shapes.kinds);
    expect(shapes.kinds).toBeGreaterThanOrEqual(8);
    // No edge label until an edge is hovered or its node selected.
    const edgeLabel = (id: string) => page.evaluate(`${CY}.getElementById('e:${id}').style('label')`);
    const edge = 'islamic-summit-organ-of-oic';
    expect(await edgeLabel(edge)).toBe('');
    await page.evaluate(`void ${CY}.getElementById('e:${edge}').emit('mouseover')`);
    expect(await edgeLabel(edge)).toBe('is an organ of');
    await page.evaluate(`void ${CY}.getElementById('e:${edge}').emit('mouseout')`);
    expect(await edgeLabel(edge)).toBe('');
    await page.evaluate(`void ${CY}.getElementById('islamic-summit').emit('tap')`);
    await page.getByTestId('node-card').waitFor();
    expect(await edgeLabel(edge)).toBe('is an organ of');
    await explorer.screenshot(page, 'graph-oic-2hops');
  });

  it('shows the selected node in a card: its relations, their dates and a link to each quote', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await rendered(page, '/graph/oic-secretary-general?hops=1');
    await page.evaluate(`void ${CY}.getElementById('hissein-brahim-taha').emit('tap')`);
    const card = page.getByTestId('node-card');
    await card.waitFor();
    expect(await card.getAttribute('data-entity')).toBe('hissein-brahim-taha');
    expect((await card.locator('h2').innerText()).trim()).toBe('Hissein Brahim Taha');
    const relation = card.locator('li[data-relation="taha-holds-oic-secretary-general"]');
    expect(await relation.locator('.dates').innerText()).toBe(
      'appointed 28 November 2020; in office from 17 November 2021',
    );
    expect(await relation.locator('a.cite-link').getAttribute('href')).toBe(
      '/source/eeas-oic-structure-eu-relations-ar?cite=404-569',
    );
  });

  it('expands a node in place: every node drawn keeps its position and the new ones are marked', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await rendered(page, '/graph/oic?hops=1');
    const before = (await page.evaluate(
      `(() => { const cy = ${CY}; return { zoom: cy.zoom(), pan: cy.pan(), at: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])) }; })()`,
    )) as { zoom: number; pan: { x: number; y: number }; at: Record<string, { x: number; y: number }> };
    await page.getByRole('button', { name: 'Expand Islamic Summit' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.node-list li').length > n,
      Object.keys(before.at).length,
    );
    const after = (await page.evaluate(
      `(() => { const cy = ${CY}; return { zoom: cy.zoom(), at: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position(), fresh: n.hasClass('fresh') }])) }; })()`,
    )) as { zoom: number; at: Record<string, { x: number; y: number; fresh: boolean }> };
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    const moved = Object.entries(before.at).filter(
      ([id, p]) => Math.hypot(after.at[id].x - p.x, after.at[id].y - p.y) > 0.5,
    );
    expect(moved).toEqual([]);
    const fresh = Object.entries(after.at)
      .filter(([, p]) => p.fresh)
      .map(([id]) => id);
    expect(fresh).toContain('islamic-summit-13');
    expect(fresh.filter((id) => id in before.at)).toEqual([]);
    expect(
      await page
        .locator('.node-list li[data-new]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-node'))),
    ).toEqual(expect.arrayContaining(fresh));
    expect(await page.getByTestId('expanded-note').innerText()).toMatch(
      new RegExp(`^Expanded Islamic Summit: ${fresh.length} new entities, \\d+ new relations`),
    );
    await explorer.screenshot(page, 'graph-expanded');
  });

  it('is reachable by keyboard, with its relations listed as text beside it', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await rendered(page, '/graph/oic?hops=1');
    const canvas = page.getByTestId('graph-canvas');
    let onCanvas = false;
    for (let i = 0; i < 40 && !onCanvas; i++) {
      await page.keyboard.press('Tab');
      onCanvas = await canvas.evaluate((element) => element === document.activeElement);
    }
    expect(onCanvas).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('node-card').waitFor();
    expect(await page.getByTestId('node-card').getAttribute('data-entity')).toBe('oic');
    await page.keyboard.press('ArrowRight');
    const second = await page.getByTestId('node-card').getAttribute('data-entity');
    expect(second).not.toBe('oic');
    const edges = Number(await canvas.getAttribute('data-edge-count'));
    expect(await page.locator('.relation-list li[data-relation]').count()).toBe(edges);
    expect(
      await page.locator('.relation-list li[data-relation="islamic-summit-organ-of-oic"]').innerText(),
    ).toMatch(/^Islamic Summit is an organ of Organisation of Islamic Cooperation quote/);
    await page.keyboard.press('Enter');
    await page.getByTestId('expanded-note').filter({ hasText: 'Expanded' }).waitFor();
  });

  it('exports exactly what is drawn, in files named after it, with typed dates in JSON-LD', async () => {
    const page = await explorer.page({ viewport: DESKTOP });
    await rendered(page, '/graph/oic?hops=2');
    const drawn = Number(await page.getByTestId('graph-canvas').getAttribute('data-edge-count'));
    const save = async (format: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-export="${format}"]`).click(),
      ]);
      return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const graphml = await save('graph.graphml');
    const exported = graphml.text.match(/<edge id="/g)?.length;
    process.stdout.write(`OIC at 2 hops: ${drawn} edges drawn, ${exported} exported\n`);
    expect(exported).toBe(drawn);
    expect(graphml.name).toBe('oic-2hops.graphml');
    expect((await save('edges.csv')).name).toBe('oic-2hops-edges.csv');
    const jsonld = await save('graph.jsonld');
    expect(jsonld.name).toBe('oic-2hops.jsonld');
    const document = JSON.parse(jsonld.text);
    expect(document['@context']).toMatchObject({ schema: 'https://schema.org/', name: 'schema:name' });
    const graph = document['@graph'] as Array<Record<string, any>>;
    const byId = (id: string) => graph.find((item) => item['@id'] === id)!;
    expect(byId('urn:oickg:entity:oic')['@type']).toEqual(['ORGANIZATION', 'schema:Organization']);
    expect(byId('urn:oickg:relation:taha-holds-oic-secretary-general')).toMatchObject({
      appointedOn: { '@value': '2020-11-28', '@type': 'xsd:date' },
      inOfficeFrom: { '@value': '2021-11-17', '@type': 'xsd:date' },
    });
    const dates = graph.flatMap((item) =>
      Object.values(item).filter((v: any) => v?.['@type']?.startsWith?.('xsd:')),
    );
    const types = new Set(dates.map((date: any) => date['@type']));
    expect([...types].sort()).toEqual(['xsd:date', 'xsd:gYear', 'xsd:gYearMonth']);
    for (const date of dates as Array<{ '@value': string; '@type': string }>)
      expect(date['@value']).toMatch(
        { 'xsd:gYear': /^\d{4}$/, 'xsd:gYearMonth': /^\d{4}-\d{2}$/, 'xsd:date': /^\d{4}-\d{2}-\d{2}$/ }[
          date['@type']
        ]!,
      );
    await rendered(page, '/graph/oic?hops=2&at=2021-06-01');
    expect((await save('graph.graphml')).name).toBe('oic-2hops-2021-06-01.graphml');
  });
});
