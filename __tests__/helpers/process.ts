import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../../src/paths';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Every JSON log line so far, parsed. */
  logs: Array<Record<string, unknown>>;
  stderr: string[];
  exited: Promise<number | null>;
  /** Resolves with the first log line matching, or rejects if the process exits first. */
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
}

/** Runs the compiled server as `npm start` does (global-setup compiled it). */
export function startServerProcess(
  env: NodeJS.ProcessEnv,
  options: { unprivileged?: boolean } = {},
): ServerProcess {
  const server = [process.execPath, path.join(projectRoot, 'dist', 'src', 'main.js')];
  // Root writes anywhere: without the capabilities that let it (util-linux's setpriv), it meets
  // file permissions as any user does, yet still runs the node and the project it owns.
  const command = options.unprivileged
    ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--', ...server]
    : server;
  const child = spawn(command[0], command.slice(1), {
    cwd: projectRoot,
    // JDK_JAVA_OPTIONS: the tests' JVM flags for the local Neo4j it starts (setup/test-neo4j.ts).
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      JDK_JAVA_OPTIONS: process.env.JDK_JAVA_OPTIONS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const stderr: string[] = [];
  const listeners: Array<() => void> = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      logs.push({ msg: line });
    }
    listeners.forEach((listener) => listener());
  });
  readline.createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  // A process that cannot be started emits 'error' and never 'exit'.
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      stderr.push(`could not start the server: ${error.message}`);
      resolve(null);
    });
  });
  return {
    child,
    logs,
    stderr,
    exited,
    waitForLog(match, timeoutMs = 180_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = logs.find(match);
          if (found) resolve(found);
          return found !== undefined;
        };
        if (check()) return;
        listeners.push(check);
        const timer = setTimeout(
          () => reject(new Error(`no matching log line in ${timeoutMs} ms`)),
          timeoutMs,
        );
        void exited.then((code) => {
          clearTimeout(timer);
          if (!check()) {
            const last = logs.slice(-5).map((line) => JSON.stringify(line));
            reject(
              new Error(
                `server exited (${code}) first; stderr: ${stderr.join('\n')}; last logs: ${last.join('\n')}`,
              ),
            );
          }
        });
      });
    },
  };
}
