import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';

/**
 * Builds the explorer (web/) into dist/web with Vite, unless nothing it is built from changed:
 * a hash of its inputs is kept next to the output, and an equal hash skips the build.
 */

export const WEB_SOURCE = path.join(projectRoot, 'web');
export const WEB_OUTPUT = path.join(projectRoot, 'dist', 'web');
const HASH_FILE = path.join(WEB_OUTPUT, '.build-hash');
/** The typed client, generated from the schema and web/src/operations/ (npm run codegen). */
const GENERATED = path.join(WEB_SOURCE, 'src', 'generated');
/**
 * What the bundle is built from besides web/: the locked dependencies, the example operations, and
 * the schema the client is generated from.
 */
const OTHER_INPUTS = ['package-lock.json', 'src/http/apollo/examples.ts', 'schema/schema.graphql'];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) => !file.split(path.sep).includes('node_modules') && !file.startsWith(GENERATED + path.sep),
    );
}

/** Runs a Node script of the project; when quiet, its output is shown only if it fails. */
function runNode(args: string[], quiet = false): void {
  try {
    execFileSync(process.execPath, args, { cwd: projectRoot, stdio: quiet ? 'pipe' : 'inherit' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`${args[0]} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

export function webInputsHash(): string {
  const files = [
    ...filesUnder(WEB_SOURCE),
    ...OTHER_INPUTS.map((file) => path.join(projectRoot, file)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds when the inputs changed or the output is missing; says which it did. */
export function buildWeb(options: { force?: boolean; quiet?: boolean } = {}): 'built' | 'cached' {
  const hash = webInputsHash();
  const built = fs.existsSync(path.join(WEB_OUTPUT, 'index.html')) && fs.existsSync(HASH_FILE);
  if (!options.force && built && fs.readFileSync(HASH_FILE, 'utf8').trim() === hash) return 'cached';
  // The client first: the bundle imports the operations it generates.
  runNode(['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'web/codegen.ts'], options.quiet);
  runNode(
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'],
    options.quiet,
  );
  fs.writeFileSync(HASH_FILE, `${hash}\n`);
  return 'built';
}

if (require.main === module) {
  const started = Date.now();
  const outcome = buildWeb({ force: process.argv.includes('--force') });
  process.stdout.write(
    outcome === 'built'
      ? `built the explorer into ${path.relative(projectRoot, WEB_OUTPUT)} in ${Date.now() - started} ms\n`
      : 'the explorer is up to date (web/ unchanged)\n',
  );
}
