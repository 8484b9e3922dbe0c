import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/paths';

/**
 * The lifecycle tier runs the compiled server, as `npm start` does, so it builds it first: the
 * same incremental build as `npm run build`, which is quick when nothing changed.
 */
export default async function buildSetup(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectRoot, stdio: 'inherit' });
}
