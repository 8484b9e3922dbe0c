import { Writable } from 'node:stream';
import { createLogger, MAX_LOGGED_STRING } from '../../src/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('the log', () => {
  it('caps every string a line carries, however long the request made it', () => {
    const { logger, lines } = capture();
    const sent = 'x'.repeat(900_000);
    logger.child({ requestId: 'r1' }).info({ operationName: sent, nested: { list: [sent, sent] } }, sent);
    logger.error({ err: new Error(`Variable "$v" got invalid value "${sent}"`) }, 'unexpected error');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThan(12_000);
    const info = JSON.parse(lines[0]);
    expect(info.operationName).toBe(`${'x'.repeat(MAX_LOGGED_STRING)}… (900000 characters)`);
    expect(info.nested.list[1]).toHaveLength(info.operationName.length);
    expect(info.msg).toBe(info.operationName);
    const error = JSON.parse(lines[1]);
    expect(error.err.message.startsWith('Variable "$v" got invalid value "xxx')).toBe(true);
    expect(error.err.stack).toContain('characters)');
  });

  it('leaves ordinary lines as they are', () => {
    const { logger, lines } = capture();
    logger.info(
      { operationName: 'Holders', durationMs: 12, errorCodes: ['BAD_USER_INPUT'] },
      'graphql request',
    );
    expect(JSON.parse(lines[0])).toMatchObject({
      operationName: 'Holders',
      durationMs: 12,
      errorCodes: ['BAD_USER_INPUT'],
      msg: 'graphql request',
    });
  });
});
