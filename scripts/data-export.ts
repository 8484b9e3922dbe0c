import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../src/config';
import { exportGraph } from '../src/dataset/export';
import { DATA_DIR, readDatasetFiles } from '../src/dataset/files';
import { DatasetError, validateDataset } from '../src/dataset/validate';
import { withConfiguredDatabase } from './configured-database';

/**
 * npm run data:export — writes the curated work of the configured Neo4j (the local one, started
 * for the purpose, when NEO4J_URI is unset) back to data/ (src/dataset/export.ts says what), checks
 * that data/ still validates, and prints what it wrote and what it left out. Review the diff and
 * commit it: a fresh machine then loads that work as part of the baseline.
 */
async function main(): Promise<void> {
  const report = await withConfiguredDatabase((db) => exportGraph(db));
  // The files as the repository keeps them (Prettier), so that the diff shows only the data.
  const prettier = await import('prettier');
  for (const file of [
    ...report.sources.map((id) => path.join(DATA_DIR, 'sources', `${id}.json`)),
    path.join(DATA_DIR, 'graph', 'curated.json'),
  ]) {
    const options = (await prettier.resolveConfig(file)) ?? {};
    fs.writeFileSync(
      file,
      await prettier.format(fs.readFileSync(file, 'utf8'), { ...options, filepath: file }),
    );
  }
  validateDataset(readDatasetFiles());
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatasetError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
