import { useEffect, useRef, useState } from 'preact/hooks';
import { apiKey, setApiKey } from './api';
import type { Lang } from './components';
import { t } from './i18n';
import { DATE_TEXT, current, href, navigate, useLocation, type Location } from './router';
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

function AsOf({ location }: { location: Location }) {
  const lang = location.lang;
  const [text, setText] = useState(location.at ?? '');
  useEffect(() => setText(location.at ?? ''), [location.at]);
  const valid = text === '' || DATE_TEXT.test(text);
  return (
    <form
      class="as-of"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) navigate(withGlobals(location, { at: text || null }));
      }}
    >
      <label for="as-of-input">{t('asOf', lang)}</label>
      <input
        id="as-of-input"
        name="at"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        aria-describedby="as-of-help"
        aria-invalid={!valid}
        value={text}
        size={11}
        onInput={(event) => setText((event.target as HTMLInputElement).value.trim())}
      />
      <button type="submit">{t('apply', lang)}</button>
      {location.at && (
        <button type="button" onClick={() => navigate(withGlobals(location, { at: null }))}>
          {t('clear', lang)}
        </button>
      )}
      <span id="as-of-help" class="visually-hidden">
        {t('asOfHelp', lang)}
      </span>
      <output class="as-of-state" aria-live="polite">
        {location.at ? `${t('asOf', lang)} ${location.at}` : t('allTime', lang)}
      </output>
    </form>
  );
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
        Skip to content
      </a>
      <header class="top">
        <a href={href('/')} class="brand">
          {t('title', lang)}
        </a>
        <SearchBox lang={lang} initial={route.view === 'search' ? route.q : ''} />
        <AsOf location={location} />
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
