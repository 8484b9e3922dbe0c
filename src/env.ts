/**
 * Typed readers of environment variables that collect problems instead of throwing, so that
 * configuration reports every mistake at once. Each problem names the variable, the expected
 * form and what was received.
 */
export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  text(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name) ?? fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name}: expected one of ${allowed.join(', ')}, received "${value}"`);
    return fallback;
  }

  bool(name: string, fallback: boolean): boolean {
    return this.oneOf(name, ['true', 'false'], fallback ? 'true' : 'false') === 'true';
  }

  int(name: string, fallback: number, min: number, max: number, what = 'a whole number'): number {
    const value = this.text(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (/^\d+$/.test(value) && parsed >= min && parsed <= max) return parsed;
    this.problems.push(`${name}: expected ${what} from ${min} to ${max}, received "${value}"`);
    return fallback;
  }

  port(name: string, fallback: number): number {
    return this.int(name, fallback, 0, 65535, 'a port number');
  }
}
