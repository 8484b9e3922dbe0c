import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The longest string a log line carries, per value: what a request sends (an operation name is
 * one token, up to the body limit) is logged capped, so that a log line costs what it says, not
 * what a client sent (4 clients with 900 KB operation names wrote 83 MB/s of log).
 */
export const MAX_LOGGED_STRING = 512;

/** A string cut to MAX_LOGGED_STRING characters, saying how long it was. */
export function capString(value: string, max = MAX_LOGGED_STRING): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}

/** A stack trace keeps more: it is the server's own, but begins with the error's message. */
const MAX_LOGGED_STACK = 4096;

/**
 * A log line's fields with every string capped, through objects and arrays (a few levels deep;
 * at most 100 items of a list).
 */
function capped(value: unknown, depth: number, key = ''): unknown {
  if (typeof value === 'string')
    return capString(value, key === 'stack' ? MAX_LOGGED_STACK : MAX_LOGGED_STRING);
  if (depth === 0 || value === null || typeof value !== 'object') return value;
  // Formatters run before serializers: an error is serialized here, as pino would, then capped.
  if (value instanceof Error) return capped(pino.stdSerializers.err(value), depth, key);
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => capped(item, depth - 1));
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[name] = capped(item, depth - 1, name);
  return out;
}

/**
 * Structured logs: JSON lines on stdout (one per request, children per request), which log
 * collectors read; in development on a terminal, the same lines made readable by pino-pretty.
 * Every string in a line is capped (MAX_LOGGED_STRING), the message too.
 */
export function createLogger(level: string, destination?: DestinationStream, pretty = false): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'oic-knowledge-graph' },
    formatters: { log: (object) => capped(object, 5) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? capString(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
  };
  if (pretty && !destination) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' },
      },
    });
  }
  return pino(options, destination);
}
