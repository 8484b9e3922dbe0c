import { useEffect, useState } from 'preact/hooks';
import { parseDateText } from './dates';

/**
 * Client-side routes. Every view has a shareable URL; `at` (the "as of" date) and `lang` ride
 * along on every link. The server answers each of these paths with index.html (see
 * src/http/static-files.ts, CLIENT_ROUTES).
 */
export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'entity'; id: string }
  | { view: 'graph'; id: string; hops: number; types: string[] }
  | { view: 'timeline'; id: string; from: string | null; to: string | null }
  | { view: 'path'; from: string; to: string; maxHops: number }
  | { view: 'source'; id: string; cite: { start: number; end: number } | null }
  | { view: 'bench'; nodes: number }
  | { view: 'not-found'; path: string };

export interface Location {
  route: Route;
  /** The "as of" date, "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null for "all time". */
  at: string | null;
  /** An `at` in the address that is not a date: shown as refused, never silently dropped. */
  badAt: string | null;
  lang: 'en' | 'ar';
}

export const DATE_TEXT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const int = (value: string | null, fallback: number, min: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function parseLocation(url: URL): Location {
  const params = url.searchParams;
  const at = params.get('at');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = segments;
  let route: Route;
  if (segments.length === 0) route = { view: 'home' };
  else if (first === 'search' && segments.length === 1) route = { view: 'search', q: params.get('q') ?? '' };
  else if (first === 'entity' && second) route = { view: 'entity', id: second };
  else if (first === 'graph' && second)
    route = {
      view: 'graph',
      id: second,
      hops: int(params.get('hops'), 1, 1, 3),
      types: (params.get('types') ?? '').split(',').filter(Boolean),
    };
  else if (first === 'timeline' && second)
    route = { view: 'timeline', id: second, from: params.get('from'), to: params.get('to') };
  else if (first === 'path' && segments.length === 1)
    route = {
      view: 'path',
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
      maxHops: int(params.get('maxHops'), 5, 1, 6),
    };
  else if (first === 'source' && second) {
    const cite = /^(\d+)-(\d+)$/.exec(params.get('cite') ?? '');
    route = {
      view: 'source',
      id: second,
      cite: cite ? { start: Number(cite[1]), end: Number(cite[2]) } : null,
    };
  } else if (first === 'bench' && second === 'graph')
    route = { view: 'bench', nodes: int(params.get('nodes'), 1000, 1, 5000) };
  else route = { view: 'not-found', path: url.pathname };
  const good = at !== null && DATE_TEXT.test(at) && parseDateText(at) !== null;
  return {
    route,
    at: good ? at : null,
    badAt: at !== null && at !== '' && !good ? at : null,
    lang: params.get('lang') === 'ar' ? 'ar' : 'en',
  };
}

/** A URL for a path and its own parameters, carrying the current at and lang. */
export function href(
  path: string,
  params: Record<string, string | number | null | undefined> = {},
  keep: { at: string | null; lang: string } = current(),
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, String(value));
  }
  if (keep.at) search.set('at', keep.at);
  if (keep.lang === 'ar') search.set('lang', 'ar');
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const entityHref = (id: string) => href(`/entity/${encodeURIComponent(id)}`);

let currentLocation = parseLocation(new URL(window.location.href));
const listeners = new Set<() => void>();

export function current(): Location {
  return currentLocation;
}

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  update();
}

/**
 * Set when the view changes (another path), so that the new view's heading takes the focus once
 * it is drawn (see useViewTitle); not when the change comes from typing in a field that stays on
 * screen (the search box searches as you type).
 */
let focusRequested = false;

export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

let currentPath = window.location.pathname;

function update() {
  const previous = currentPath;
  currentLocation = parseLocation(new URL(window.location.href));
  currentPath = window.location.pathname;
  const typing =
    document.activeElement instanceof HTMLInputElement && document.activeElement.id === 'search-input';
  if (previous !== currentPath && !typing) focusRequested = true;
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', update);

/** Same-origin links navigate in place, without a reload; modified clicks keep their meaning. */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.reload !== undefined)
    return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  if (parseLocation(url).route.view === 'not-found') return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
  if (!url.hash) window.scrollTo(0, 0);
});

export function useLocation(): Location {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const listener = () => setLocation(currentLocation);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return location;
}
