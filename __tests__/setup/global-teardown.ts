import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TEST_NEO4J__;
  if (!started) return;
  await started.local.stop();
  fs.rmSync(started.home, { recursive: true, force: true });
}
