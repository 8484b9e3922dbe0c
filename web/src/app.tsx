import { useEffect, useRef, useState } from 'preact/hooks';
import { apiKey, setApiKey, type PartialDate } from './api';
import type { Lang } from './components';
import { formatDate, parseDateText } from './dates';
import { t } from './i18n';
import { useViewTitle } from './page';
import { current, href, navigate, useLocation, type Location } from './router';
import { BenchView } from './views/bench';
import { EntityView } from './views/entity';
import { GraphView } from './views/graph';
import { HomeView } from './views/home';
import { PathView } from './views/path';
import { SearchView } from './views/search';
import { SourceView } from './views/source';
import { TimelineView } from './views/timeline';

/** The same page with other global parameters (at, lang). */
function withGlobals(location: Location, change: Partial<Pick<Location, 'at' | 'lang'>>): string {
  const url = new URL(window.location.href);
  const next = { at: location.at, lang: location.lang, ...change };
  url.searchParams.delete('at');
  url.searchParams.delete('lang');
  if (next.at) url.searchParams.set('at', next.at);
  if (next.lang === 'ar') url.searchParams.set('lang', 'ar');
  return url.pathname + url.search;
}

function SearchBox({ lang, initial }: { lang: Lang; initial: string }) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    // A render can lag the keys: by the time it comes, the URL may already hold letters typed
    // after `initial`, and setting the box back to `initial` would drop them ("OIC" became "OC"
    // on a busy machine). So the box takes `initial` only while it is what the URL says: after a
    // link or the back button, not after its own typing.
    const route = current().route;
    if (initial === (route.view === 'search' ? route.q : '')) setText(initial);
  }, [initial]);
  const go = (value: string) => {
    setText(value);
    const onSearch = current().route.view === 'search';
    navigate(href('/search', { q: value }), onSearch);
  };
  return (
    <form
      role="search"
      class="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        go(text);
      }}
    >
      <label for="search-input" class="visually-hidden">
        {t('search', lang)}
      </label>
      <input
        id="search-input"
        type="search"
        dir="auto"
        autocomplete="off"
        placeholder={t('searchPlaceholder', lang)}
        value={text}
        onInput={(event) => go((event.target as HTMLInputElement).value)}
      />
    </form>
  );
}

/** The as-of control in the header: a year, a month or a day; Apply sets it on every view. */
function AsOf({ location, onError }: { location: Location; onError: (text: string | null) => void }) {
  const lang = location.lang;
  const [text, setText] = useState(location.at ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(location.at ?? '');
    setInvalid(false);
  }, [location.at]);
  return (
    <form
      class="as-of"
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        if (value !== '' && !parseDateText(value)) {
          setInvalid(true);
          onError(value);
          return;
        }
        setInvalid(false);
        onError(null);
        navigate(withGlobals(location, { at: value || null }));
      }}
    >
      <label for="as-of-input">{t('asOf', lang)}</label>
      <input
        id="as-of-input"
        name="at"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        aria-describedby="as-of-help as-of-message"
        aria-invalid={invalid}
        value={text}
        size={11}
        onInput={(event) => {
          setText((event.target as HTMLInputElement).value);
          setInvalid(false);
        }}
      />
      <button type="submit">{t('apply', lang)}</button>
      <span id="as-of-help" class="visually-hidden">
        {t('asOfHelp', lang)}
      </span>
    </form>
  );
}

/**
 * Under the header, while a date is set or one was refused: how the date is read, in words, and
 * a way back to all time; or why a date was refused, and what the views still show.
 */
function AsOfBar({ location, refused }: { location: Location; refused: string | null }) {
  const { lang, at } = location;
  const bad = refused ?? location.badAt;
  if (!at && bad === null) return null;
  const date = at ? parseDateText(at) : null;
  const still = date ? `${t('stillShowing', lang)} ${formatDate(date, lang)}.` : t('stillAllTime', lang);
  return (
    <div class="as-of-bar" id="as-of-message">
      {bad !== null && (
        <p role="alert" class="as-of-error" data-testid="as-of-error">
          “<bdi>{bad}</bdi>” {t('notADate', lang)} {still}
        </p>
      )}
      {date && (
        <p class="as-of-reading" role="status" data-testid="as-of-reading">
          {readAsOf(date, lang)}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => navigate(withGlobals(location, { at: null }))}
          >
            {t('clear', lang)}
          </button>
        </p>
      )}
    </div>
  );
}

/** How an as-of date is read, in words: a year or a month stands for every day in it. */
function readAsOf(date: PartialDate, lang: Lang): string {
  const shown = formatDate(date, lang);
  if (date.precision === 'YEAR') return `${t('asOf', lang)} ${shown}: ${t('readYear', lang)} ${shown}.`;
  if (date.precision === 'MONTH') return `${t('asOf', lang)} ${shown}: ${t('readMonth', lang)} ${shown}.`;
  return `${t('asOf', lang)} ${shown}: ${t('readDay', lang)}`;
}

function KeyForm({ lang, onDone }: { lang: Lang; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="key-form"
      aria-labelledby="key-title"
      onSubmit={(event) => {
        event.preventDefault();
        setApiKey(input.current?.value.trim() || null);
        onDone();
      }}
    >
      <p id="key-title">{t('keyNeeded', lang)}</p>
      <label for="key-input">{t('key', lang)}</label>{' '}
      <input id="key-input" type="password" autocomplete="off" ref={input} defaultValue={apiKey() ?? ''} />{' '}
      <button type="submit">{t('save', lang)}</button>
    </form>
  );
}

export function App() {
  const location = useLocation();
  const { route, lang } = location;
  const [needKey, setNeedKey] = useState(false);
  const [refusedDate, setRefusedDate] = useState<string | null>(null);
  useEffect(() => setRefusedDate(null), [location.at, route]);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const listener = () => setNeedKey(true);
    window.addEventListener('key-required', listener);
    return () => window.removeEventListener('key-required', listener);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
  // The search view (web/src/views/search.tsx) is named here: its heading is on screen at once.
  useViewTitle(
    route.view === 'search'
      ? `${t('search', lang)}${route.q ? `: ${route.q}` : ''}`
      : route.view === 'not-found'
        ? t('notFound', lang)
        : null,
    lang,
  );
  let view;
  switch (route.view) {
    case 'home':
      view = <HomeView lang={lang} />;
      break;
    case 'search':
      view = <SearchView q={route.q} lang={lang} />;
      break;
    case 'entity':
      view = <EntityView id={route.id} at={location.at} lang={lang} />;
      break;
    case 'graph':
      view = <GraphView route={route} at={location.at} lang={lang} />;
      break;
    case 'timeline':
      view = <TimelineView route={route} at={location.at} lang={lang} />;
      break;
    case 'path':
      view = <PathView route={route} at={location.at} lang={lang} />;
      break;
    case 'source':
      view = <SourceView route={route} lang={lang} />;
      break;
    case 'bench':
      view = <BenchView nodes={route.nodes} lang={lang} />;
      break;
    default:
      view = (
        <p role="alert">
          {t('notFound', lang)}: {route.path}
        </p>
      );
  }
  return (
    <>
      <a href="#main" class="skip-link" data-reload>
        {t('skip', lang)}
      </a>
      <header class="top">
        <a href={href('/')} class="brand">
          {t('title', lang)}
        </a>
        <SearchBox lang={lang} initial={route.view === 'search' ? route.q : ''} />
        <AsOf location={location} onError={setRefusedDate} />
        <nav aria-label={t('views', lang)} class="top-nav">
          <a href={href('/timeline/eu-oic-relations')}>{t('timeline', lang)}</a>
          <a href={href('/path')}>{t('path', lang)}</a>
          <a
            href={withGlobals(location, { lang: lang === 'ar' ? 'en' : 'ar' })}
            hrefLang={lang === 'ar' ? 'en' : 'ar'}
          >
            {lang === 'ar' ? 'English' : <span lang="ar">العربية</span>}
          </a>
          <a href="/graphiql" data-reload>
            GraphiQL
          </a>
          <a href="/graphql" data-reload>
            Sandbox
          </a>
        </nav>
      </header>
      <AsOfBar location={location} refused={refusedDate} />
      {needKey && (
        <KeyForm
          lang={lang}
          onDone={() => {
            setNeedKey(false);
            setGeneration(generation + 1);
          }}
        />
      )}
      <main id="main" tabIndex={-1} key={generation}>
        {view}
      </main>
    </>
  );
}
