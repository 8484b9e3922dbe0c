import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors';
import type { Logger } from '../logger';

export interface AvailabilityOptions {
  /** How often a Neo4j marked down is pinged to notice its return. */
  intervalMs?: number;
  /** How long a query may wait before the server pings Neo4j to see whether it is hung. */
  probeAfterMs?: number;
  /**
   * How long that ping may take before Neo4j counts as hung. Generous: a busy Neo4j still
   * answers a trivial query, and a false alarm would fail the queries it is working on.
   */
  probeTimeoutMs?: number;
}

/**
 * Whether Neo4j is reachable, as far as the server knows. A query that finds it unreachable
 * marks it down; so does a query that has waited `probeAfterMs` while Neo4j does not answer a
 * ping (a hung Neo4j: a stopped process, a dead network path, neither answers nor closes the
 * connection, and the driver would wait for ever). From then on queries waiting on it fail at
 * once, new ones fail fast with DATABASE_UNAVAILABLE instead of each waiting out the driver's
 * timeouts, and a ping every `intervalMs` notices when it is back.
 */
export class Availability {
  private up = true;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private probing = false;
  private readonly waiting = new Set<() => void>();
  private readonly intervalMs: number;
  private readonly probeAfterMs: number;
  private readonly probeTimeoutMs: number;

  constructor(
    private readonly ping: (timeoutMs?: number) => Promise<boolean>,
    private readonly logger?: Logger,
    options: AvailabilityOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 500;
    this.probeAfterMs = options.probeAfterMs ?? 2_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 5_000;
  }

  get isUp(): boolean {
    return this.up;
  }

  markDown(): void {
    if (!this.up || this.stopped) return;
    this.up = false;
    this.logger?.warn('Neo4j is unreachable; requests fail fast until it answers again');
    for (const giveUp of this.waiting) giveUp();
    this.schedule();
  }

  /**
   * What `answer` gives, unless Neo4j is found down first (DATABASE_UNAVAILABLE) or `deadlineMs`
   * passes (DATABASE_TIMEOUT). The query is not cancelled: its later outcome is ignored.
   */
  async within<T>(answer: Promise<T>, deadlineMs: number): Promise<T> {
    let giveUp: () => void = () => {};
    const timers: NodeJS.Timeout[] = [];
    try {
      return await new Promise<T>((resolve, reject) => {
        answer.then(resolve, reject);
        giveUp = () => reject(new DatabaseUnavailableError());
        this.waiting.add(giveUp);
        timers.push(setTimeout(() => void this.probe(), this.probeAfterMs));
        timers.push(setTimeout(() => reject(new DatabaseTimeoutError()), deadlineMs));
      });
    } finally {
      timers.forEach(clearTimeout);
      this.waiting.delete(giveUp);
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One ping at a time, however many queries are waiting; no answer marks Neo4j down. */
  private async probe(): Promise<void> {
    if (this.probing || !this.up || this.stopped) return;
    this.probing = true;
    try {
      if (!(await this.ping(this.probeTimeoutMs))) this.markDown();
    } finally {
      this.probing = false;
    }
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
