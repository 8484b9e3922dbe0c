import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, on stdout unless a destination is given; one logger per process, children per request. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'oic-knowledge-graph' } }, destination);
}
