import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs: JSON lines on stdout (one per request, children per request), which log
 * collectors read; in development on a terminal, the same lines made readable by pino-pretty.
 */
export function createLogger(level: string, destination?: DestinationStream, pretty = false): Logger {
  const options = { level, base: { service: 'oic-knowledge-graph' } };
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
