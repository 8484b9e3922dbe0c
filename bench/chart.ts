import type { Report } from './report';

/**
 * An SVG chart of cost against graph size: for each question, p50 latency of each system and
 * the db hits of our statements and of the raw query, on log scales. Flat lines are what the
 * issue asks for; a line that climbs with the graph is a cost that grows with what is not asked.
 */

const SYSTEMS: Array<{ key: string; label: string; colour: string; dash?: string }> = [
  { key: 'ours', label: 'our server, planner on', colour: '#d62728' },
  { key: 'ours-unplanned', label: 'our server, planner off', colour: '#ff9896', dash: '4 3' },
  { key: 'library', label: '@neo4j/graphql, interface', colour: '#1f77b4' },
  { key: 'library-generic', label: '@neo4j/graphql, AnyEntity', colour: '#17becf', dash: '4 3' },
  { key: 'cypher', label: 'raw Cypher', colour: '#2ca02c' },
];

const PANEL = { width: 250, height: 170, left: 52, right: 10, top: 30, bottom: 28 };

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const format = (value: number): string =>
  value >= 1e6
    ? `${+(value / 1e6).toFixed(1)}M`
    : value >= 1e3
      ? `${+(value / 1e3).toFixed(1)}k`
      : `${+value.toPrecision(2)}`;

interface Series {
  key: string;
  points: Array<{ x: number; y: number }>;
}

function panel(
  title: string,
  unit: string,
  series: Series[],
  sizes: number[],
  x0: number,
  y0: number,
): string {
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return '';
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values))));
  const sizeLow = Math.log10(Math.min(...sizes));
  const sizeHigh = Math.max(sizeLow + 1, Math.log10(Math.max(...sizes)));
  const w = PANEL.width - PANEL.left - PANEL.right;
  const h = PANEL.height - PANEL.top - PANEL.bottom;
  const px = (size: number) => x0 + PANEL.left + ((Math.log10(size) - sizeLow) / (sizeHigh - sizeLow)) * w;
  const py = (value: number) => y0 + PANEL.top + h - ((Math.log10(value) - low) / (high - low)) * h;
  const shown = title.length > 36 ? `${title.slice(0, 35)}…` : title;
  const parts = [
    `<text x="${x0 + PANEL.left}" y="${y0 + 14}" font-size="11" font-weight="bold">${escape(shown)}</text>`,
    `<text x="${x0 + PANEL.left}" y="${y0 + 25}" font-size="9" fill="#555">${escape(unit)}</text>`,
    `<rect x="${x0 + PANEL.left}" y="${y0 + PANEL.top}" width="${w}" height="${h}" fill="none" stroke="#ccc"/>`,
  ];
  for (let decade = low; decade <= high; decade++) {
    const y = py(10 ** decade);
    parts.push(
      `<line x1="${x0 + PANEL.left}" x2="${x0 + PANEL.left + w}" y1="${y}" y2="${y}" stroke="#eee"/>`,
      `<text x="${x0 + PANEL.left - 4}" y="${y + 3}" font-size="9" text-anchor="end">${format(10 ** decade)}</text>`,
    );
  }
  for (const size of sizes) {
    parts.push(
      `<text x="${px(size)}" y="${y0 + PANEL.top + h + 12}" font-size="9" text-anchor="middle">${format(size)}</text>`,
    );
  }
  for (const s of series) {
    const style = SYSTEMS.find((system) => system.key === s.key)!;
    const points = s.points.filter((p) => p.y > 0 && Number.isFinite(p.y));
    if (points.length > 1) {
      parts.push(
        `<polyline fill="none" stroke="${style.colour}" stroke-width="1.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} ` +
          `points="${points.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}"/>`,
      );
    }
    for (const p of points) {
      parts.push(
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="2.5" fill="${style.colour}"/>`,
      );
    }
  }
  return parts.join('\n');
}

/** Reports of synthetic graphs only (their sizes are entity counts), smallest first. */
export function costChart(reports: Report[]): string {
  const synthetic = reports
    .filter((r) => r.graph.kind === 'synthetic')
    .sort((a, b) => a.graph.entities - b.graph.entities);
  const sizes = synthetic.map((r) => r.graph.entities);
  const questions = [
    ...new Map(synthetic.flatMap((r) => r.scenarios.map((s) => [s.key, s.title]))).entries(),
  ];
  const columns = 4;
  const legendHeight = 40;
  const rows = Math.ceil((questions.length * 2) / columns);
  const width = columns * PANEL.width;
  const height = legendHeight + rows * PANEL.height;
  const parts: string[] = [];
  questions.forEach(([key, title], q) => {
    const latency: Series[] = SYSTEMS.map((system) => ({
      key: system.key,
      points: synthetic.flatMap((r) => {
        const peer = r.scenarios.find((s) => s.key === key)?.peers.find((p) => p.key === system.key);
        return peer ? [{ x: r.graph.entities, y: peer.latency.p50 }] : [];
      }),
    }));
    const hits: Series[] = ['ours', 'ours-unplanned', 'cypher'].map((system) => ({
      key: system,
      points: synthetic.flatMap((r) => {
        const profile = r.scenarios
          .find((s) => s.key === key)
          ?.profile.filter((p) => p.systems.includes(system));
        if (!profile?.length || profile.some((p) => !Number.isFinite(p.dbHits))) return [];
        return [{ x: r.graph.entities, y: profile.reduce((sum, p) => sum + p.dbHits, 0) }];
      }),
    }));
    const cell = q * 2;
    const at = (i: number) => ({
      x: (i % columns) * PANEL.width,
      y: legendHeight + Math.floor(i / columns) * PANEL.height,
    });
    parts.push(panel(title, 'p50 latency, ms (log) vs entities', latency, sizes, at(cell).x, at(cell).y));
    parts.push(
      panel(
        title,
        'db hits per request (PROFILE, log) vs entities',
        hits,
        sizes,
        at(cell + 1).x,
        at(cell + 1).y,
      ),
    );
  });
  const legend = SYSTEMS.map(
    (system, i) =>
      `<line x1="${10 + i * 195}" x2="${34 + i * 195}" y1="20" y2="20" stroke="${system.colour}" stroke-width="2"${system.dash ? ` stroke-dasharray="${system.dash}"` : ''}/>` +
      `<text x="${40 + i * 195}" y="24" font-size="11">${escape(system.label)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...legend,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
