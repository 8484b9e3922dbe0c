import { createHash, randomBytes } from 'node:crypto';

/**
 * npm run apikey -- <name> <reader|editor|reviewer|admin> — makes a new API key: prints the key (give it
 * to its holder) and the API_KEYS entry (give it to the server), which holds only its hash.
 */
const [name, role] = process.argv.slice(2);
if (
  !name ||
  !/^[A-Za-z0-9._-]+$/.test(name) ||
  !['reader', 'editor', 'reviewer', 'admin'].includes(role ?? '')
) {
  process.stderr.write('usage: npm run apikey -- <name> <reader|editor|reviewer|admin>\n');
  process.exit(2);
}
const key = randomBytes(24).toString('base64url');
const sha256 = createHash('sha256').update(key, 'utf8').digest('hex');
process.stdout.write(
  `key (for ${name}):        ${key}\nAPI_KEYS entry (server): ${name}:${role}:${sha256}\n`,
);
