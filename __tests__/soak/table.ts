/**
 * The before/after table of the soak's figures: two files that `SOAK_FIGURES=<file> npm run
 * test:soak` wrote, one against the code before the fixes (SOAK_SERVER_ROOT), one against this
 * checkout. Run with Node's type stripping:
 *
 *   node --experimental-strip-types __tests__/soak/table.ts before.jsonl after.jsonl
 */
import fs from 'node:fs';

type Figures = Record<string, any>;

function read(file: string): Map<string, Figures> {
  const rows = new Map<string, Figures>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const figures = JSON.parse(line) as Figures;
    // Search pages were 50 at most before, 100 after: the same attack at each one's largest page.
    rows.set(String(figures.phase).replace(/first: \d+/, 'first: max'), figures);
  }
  return rows;
}

const number = (value: unknown, digits = 0) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–';

const COLUMNS: Array<[string, (f: Figures) => string]> = [
  ['answered (429)', (f) => `${f.answered - f.throttled} (${f.throttled})`],
  ['RSS MB start→peak', (f) => `${number(f.rssStartMb)}→${number(f.rssPeakMb)}`],
  ['heap kept MB', (f) => `${number(f.heapBeforeMb)}→${number(f.heapAfterMb)}`],
  ['Neo4j heap peak', (f) => `${number(f.neo4jHeapPeakPercent)}%`],
  // The phase's mean, and in parentheses its costliest request shape's, sent alone (the probe).
  ['CPU ms/request (costliest)', (f) => `${number(f.cpuMsPerRequest, 1)} (${number(f.cpuMsPerRequestMax)})`],
  ['Neo4j CPU ms/request', (f) => number(f.neo4jCpuMsPerRequest, 1)],
  ['/health/live max ms', (f) => number(f.liveMaxMs)],
  ['read p50 ms quiet→attack', (f) => `${number(f.readQuietP50Ms)}→${number(f.readP50Ms)}`],
  ['log MB/s', (f) => number(f.logMBPerSecond, 2)],
  ['longest log line', (f) => number(f.longestLogLine)],
  ['5xx', (f) => String(f.serverErrors)],
  ['exited', (f) => (f.exited ? 'yes' : 'no')],
];

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  process.stderr.write('usage: table.ts before.jsonl after.jsonl\n');
  process.exit(2);
}
const before = read(beforeFile);
const after = read(afterFile);
const phases = [...new Set([...after.keys(), ...before.keys()])];
const lines = [
  `| attack | phase | ${COLUMNS.map(([name]) => name).join(' | ')} |`,
  `| --- | --- | ${COLUMNS.map(() => '---').join(' | ')} |`,
];
for (const phase of phases) {
  const was = before.get(phase);
  const now = after.get(phase);
  const attack = (now ?? was)!.attack as string;
  const cells = COLUMNS.map(([, cell]) => `${was ? cell(was) : 'not run'} / ${now ? cell(now) : 'not run'}`);
  lines.push(`| ${attack} | ${phase} | ${cells.join(' | ')} |`);
}
process.stdout.write(`Each cell: before / after.\n\n${lines.join('\n')}\n`);
