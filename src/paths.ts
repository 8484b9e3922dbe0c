import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json. Code runs both from src/ (ts-jest) and from dist/src/ (tsc),
 * so the root is found by walking up rather than by a fixed number of "..".
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
