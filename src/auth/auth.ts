import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiKey, Role } from '../config';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/** Who is making a request: a named key holder with a role, or nobody. */
export interface Principal {
  name: string;
  role: Role;
}

/**
 * Each role may do what the ones below it may: a reader reads, an editor adds sources and proposes
 * facts, a reviewer accepts or rejects proposals and ranks statements (and writes directly), an
 * admin also sees the database statements of a request.
 */
const RANK: Record<Role, number> = { reader: 0, editor: 1, reviewer: 2, admin: 3 };

/**
 * The principal behind a request's API key (Authorization: Bearer <key>, or X-Api-Key). No key
 * gives null; a key that matches none is refused outright rather than treated as anonymous.
 */
export function authenticate(headers: IncomingHttpHeaders, keys: ApiKey[]): Principal | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  const header = headers['x-api-key'];
  const presented = bearer ?? (typeof header === 'string' ? header.trim() : undefined);
  if (!presented) return null;
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  const match = keys.find((key) => timingSafeEqual(Buffer.from(key.sha256, 'hex'), digest));
  if (!match) throw new UnauthenticatedError('The API key is not valid.');
  return { name: match.name, role: match.role };
}

/** Refuses the operation unless the principal's role is at least `role`. */
export function requireRole(principal: Principal | null, role: Role, what: string): Principal {
  if (!principal)
    throw new UnauthenticatedError(`${what} needs an API key with the ${role} role; none was given.`);
  if (RANK[principal.role] < RANK[role]) {
    throw new ForbiddenError(
      `${what} needs the ${role} role; the key of ${principal.name} has the ${principal.role} role.`,
    );
  }
  return principal;
}

export function hasRole(principal: Principal | null, role: Role): boolean {
  return principal !== null && RANK[principal.role] >= RANK[role];
}
