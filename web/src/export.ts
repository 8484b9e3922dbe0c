import { authHeaders } from './api';

/** The export files, and what each is saved as: the name of what is on screen, then the suffix. */
export const EXPORT_FORMATS = [
  { file: 'graph.graphml', suffix: '.graphml', label: 'GraphML' },
  { file: 'nodes.csv', suffix: '-nodes.csv', label: 'CSV', part: 'nodes' },
  { file: 'edges.csv', suffix: '-edges.csv', label: 'CSV', part: 'edges' },
  { file: 'graph.jsonld', suffix: '.jsonld', label: 'JSON-LD' },
] as const;

/**
 * A file name that says what the file holds, from its parts ("oic", "2hops", "2021-06-01"):
 * lower case, words joined by hyphens, nothing a file system refuses.
 */
export function exportName(parts: Array<string | null | undefined>): string {
  return (
    parts
      .filter((part): part is string => !!part)
      .map((part) =>
        part
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      )
      .filter(Boolean)
      .join('-')
      .slice(0, 120) || 'graph'
  );
}

/**
 * The export endpoint for what is on screen: these entities and exactly these relations (the
 * relations between them that are not drawn are left out), these relation types, as of a date.
 */
export function exportUrl(
  file: string,
  ids: string[],
  relations: string[] | null,
  types: string[],
  at: string | null,
): string {
  const params = new URLSearchParams({ ids: ids.join(',') });
  if (relations) params.set('relations', relations.join(','));
  if (types.length) params.set('types', types.join(','));
  if (at) params.set('at', at);
  return `/export/${file}?${params}`;
}

/** Fetches with the API key (a plain link could not send it) and saves the file. */
export async function download(url: string, file: string): Promise<void> {
  const response = await fetch(url, { headers: authHeaders() });
  if (!response.ok) throw new Error(`Export failed: ${response.status} ${await response.text()}`);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
