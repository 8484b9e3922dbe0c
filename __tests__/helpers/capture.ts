import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger';

/** A logger whose JSON lines the test can read. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}
