import fs from 'node:fs';
import path from 'node:path';

/** Filesystems that hold no data: kernel views of processes, devices and settings. */
const VIRTUAL_FILESYSTEMS = new Map<bigint | number, string>([
  [0x9fa0, 'procfs'],
  [0x62656572, 'sysfs'],
  [0x1373, 'devfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
]);

/**
 * Why `folder` cannot hold the local Neo4j's data, or null when it can: it must be creatable,
 * writable, and on a real filesystem. Checked before anything starts, so that a bad folder is
 * one plain line, not a Maven run and a Java stack trace later. It never creates a folder with
 * `recursive: true` on a kernel filesystem: Node's recursive mkdir spins forever on /proc.
 */
export function dataFolderProblem(folder: string): string | null {
  const missing: string[] = [];
  let existing = path.resolve(folder);
  while (!fs.existsSync(existing)) {
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    if (!fs.statSync(existing).isDirectory()) return `${existing} is a file, not a folder`;
    const kind = VIRTUAL_FILESYSTEMS.get(fs.statfsSync(existing).type);
    if (kind) return `${existing} is on ${kind}, a kernel filesystem that holds no data`;
    for (const dir of missing) fs.mkdirSync(dir);
    const probe = path.join(folder, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
    return null;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'not permitted',
      EROFS: 'the filesystem is read-only',
      ENOSPC: 'the disk is full',
      ENOTDIR: 'a part of the path is a file',
    };
    return `${folder} is not writable (${(code && reasons[code]) ?? message})`;
  }
}
