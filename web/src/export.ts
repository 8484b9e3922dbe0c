import { authHeaders } from './api';

export const EXPORT_FORMATS = [
  { file: 'graph.graphml', label: 'GraphML' },
  { file: 'nodes.csv', label: 'CSV (nodes)' },
  { file: 'edges.csv', label: 'CSV (edges)' },
  { file: 'graph.jsonld', label: 'JSON-LD' },
] as const;

/** The export endpoint for what is on screen: these entities, these relation types, as of a date. */
export function exportUrl(file: string, ids: string[], types: string[], at: string | null): string {
  const params = new URLSearchParams({ ids: ids.join(',') });
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
