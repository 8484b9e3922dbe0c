import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../../auth/auth';
import type { Context } from '../../context';
import { parsePartialDate, PartialDateError, type PartialDate } from '../../domain/partial-date';
import { RELATION_TYPES, type RelationType } from '../../domain/relation-types';
import { ErrorCode, UnauthenticatedError } from '../../errors';
import { MAX_NEIGHBOURHOOD_HOPS } from '../../traversal/traversal.resolver';
import { collectGraph, ExportTooLargeError, type ExportOptions, type Selection } from './export.collect';
import { edgesCsv, graphml, jsonLd, nodesCsv } from './export.formats';

/** The export files, each a format of the same selection. */
const FILES = {
  'graph.graphml': { type: 'application/graphml+xml; charset=utf-8', render: graphml },
  'nodes.csv': { type: 'text/csv; charset=utf-8; header=present', render: nodesCsv },
  'edges.csv': { type: 'text/csv; charset=utf-8; header=present', render: edgesCsv },
  'graph.jsonld': { type: 'application/ld+json; charset=utf-8', render: jsonLd },
} as const;

/** At most this many ids in one ids= selection. */
export const MAX_EXPORT_IDS = 1000;

export interface ExportRouteOptions {
  authenticate: (request: IncomingMessage) => Principal | null;
  requireKey: boolean;
  context: (request: IncomingMessage, requestId: string, principal: Principal | null) => Promise<Context>;
}

class BadExportRequest extends Error {}

/** A comma-separated list of ids, deduplicated, 1 to MAX_EXPORT_IDS of them. */
function idList(name: string, text: string): string[] {
  const list = [
    ...new Set(
      text
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (list.length === 0 || list.length > MAX_EXPORT_IDS) {
    throw new BadExportRequest(
      `${name}: expected 1 to ${MAX_EXPORT_IDS} comma-separated ids, received ${list.length}`,
    );
  }
  return list;
}

/**
 * Reads the query string: ids=a,b (with relations=r,s: only those relations between them, as a
 * client draws them) | center=x&hops=n, with types=A,B and at=YYYY[-MM[-DD]].
 */
export function parseExportQuery(params: URLSearchParams): ExportOptions {
  const ids = params.get('ids');
  const center = params.get('center');
  const relations = params.get('relations');
  if (ids !== null && center !== null) throw new BadExportRequest('give either ids or center, not both');
  if (relations !== null && ids === null) throw new BadExportRequest('relations: give it with ids');
  let selection: Selection = { kind: 'all' };
  if (ids !== null) {
    selection = {
      kind: 'ids',
      ids: idList('ids', ids),
      relations: relations === null ? null : idList('relations', relations),
    };
  } else if (center !== null) {
    const hops = Number(params.get('hops') ?? '1');
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_NEIGHBOURHOOD_HOPS) {
      throw new BadExportRequest(
        `hops: expected a whole number from 1 to ${MAX_NEIGHBOURHOOD_HOPS}, received "${params.get('hops')}"`,
      );
    }
    selection = { kind: 'neighbourhood', center, hops };
  }
  const typeText = params.get('types');
  // Deduplicated, and only names of the vocabulary (own keys: `constructor` is not a type), so
  // at most the 31 types there are.
  const types = typeText
    ? [
        ...new Set(
          typeText
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ].sort()
    : null;
  for (const type of types ?? []) {
    if (!Object.hasOwn(RELATION_TYPES, type)) {
      throw new BadExportRequest(`types: "${type.slice(0, 100)}" is not a relation type`);
    }
  }
  let at: PartialDate | null = null;
  const atText = params.get('at');
  if (atText) {
    try {
      at = parsePartialDate(atText);
    } catch (error) {
      if (!(error instanceof PartialDateError)) throw error;
      throw new BadExportRequest(`at: ${error.message}`);
    }
  }
  return { selection, types: types as RelationType[] | null, at };
}

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GET /export/<file>: the graph, or a part of it, as a file. The same keys as reads of /graphql
 * apply; the data comes through the API's loaders and repository.
 */
export function exportRoute(options: ExportRouteOptions) {
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<boolean> => {
    if (!url.pathname.startsWith('/export/')) return false;
    const name = url.pathname.slice('/export/'.length);
    const file = Object.hasOwn(FILES, name) ? FILES[name as keyof typeof FILES] : undefined;
    if (!file) {
      sendError(
        response,
        404,
        ErrorCode.NOT_FOUND,
        `No export ${url.pathname}: try ${Object.keys(FILES)
          .map((f) => `/export/${f}`)
          .join(', ')}`,
      );
      return true;
    }
    // A cross-origin client asks first whether it may send Authorization (the CORS headers are
    // on every answer of the HTTP layer).
    if (request.method === 'OPTIONS') {
      response.writeHead(204);
      response.end();
      return true;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD, OPTIONS');
      sendError(response, 405, ErrorCode.BAD_REQUEST, `Method ${request.method} is not allowed; use GET`);
      return true;
    }
    let principal: Principal | null;
    try {
      principal = options.authenticate(request);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      sendError(response, 401, ErrorCode.UNAUTHENTICATED, error.message);
      return true;
    }
    if (options.requireKey && principal === null) {
      sendError(
        response,
        401,
        ErrorCode.UNAUTHENTICATED,
        'This server needs an API key (Authorization: Bearer <key>).',
      );
      return true;
    }
    let query: ExportOptions;
    try {
      query = parseExportQuery(url.searchParams);
    } catch (error) {
      if (!(error instanceof BadExportRequest)) throw error;
      sendError(response, 400, ErrorCode.BAD_USER_INPUT, error.message);
      return true;
    }
    const ctx = await options.context(request, requestId, principal);
    let body: string;
    try {
      const graph = await collectGraph(ctx, { ...query, relations: name !== 'nodes.csv' });
      if (query.selection.kind === 'neighbourhood' && graph.nodes.length === 0) {
        sendError(response, 404, ErrorCode.NOT_FOUND, `No entity "${query.selection.center}"`);
        return true;
      }
      body = file.render(graph);
    } catch (error) {
      if (!(error instanceof ExportTooLargeError)) throw error;
      sendError(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, error.message);
      return true;
    }
    response.writeHead(200, {
      'content-type': file.type,
      'content-disposition': `attachment; filename="${name}"`,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
