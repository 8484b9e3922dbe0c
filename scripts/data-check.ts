import { DATA_DIR, readDatasetFiles } from '../src/dataset/files';
import {
  checkNaming,
  formatNamingReport,
  NAMING_REASONS,
  namingPasses,
  type NamingReport,
} from '../src/dataset/naming';
import { DatasetError, validateDataset } from '../src/dataset/validate';

/**
 * npm run data:check [data directory] — validates the dataset as the loader does, then prints the
 * naming check: every relation marked SOURCE whose citations name one of its ends neither in a
 * quote nor in a cited heading over its quotes (src/dataset/naming.ts says what "name" and
 * "heading" mean). Exits 1 when the dataset is invalid or an entry gives no reason.
 */
function check(dir: string): void {
  let report: NamingReport;
  try {
    report = checkNaming(validateDataset(readDatasetFiles(dir)), NAMING_REASONS);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(formatNamingReport(report));
  if (!namingPasses(report)) process.exit(1);
}

check(process.argv[2] ?? DATA_DIR);
