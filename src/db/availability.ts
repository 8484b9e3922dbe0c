import type { Logger } from '../logger';

/**
 * Whether Neo4j is reachable, as far as the server knows. A query that finds it unreachable
 * marks it down; from then on requests fail at once with DATABASE_UNAVAILABLE instead of each
 * waiting out the driver's timeouts, and a ping every `intervalMs` notices when it is back.
 */
export class Availability {
  private up = true;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly ping: () => Promise<boolean>,
    private readonly logger?: Logger,
    private readonly intervalMs = 500,
  ) {}

  get isUp(): boolean {
    return this.up;
  }

  markDown(): void {
    if (!this.up || this.stopped) return;
    this.up = false;
    this.logger?.warn('Neo4j is unreachable; requests fail fast until it answers again');
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      if (this.stopped) return;
      if (await this.ping()) {
        this.up = true;
        this.logger?.info('Neo4j answers again');
      } else {
        this.schedule();
      }
    }, this.intervalMs);
    this.timer.unref();
  }
}
