import { useState } from 'preact/hooks';
import { searchPage, type SearchHit, type SearchPage, type Snippet } from '../api';
import { Ar, Name, Status, useLoad, type Lang } from '../components';
import { nameKind, t } from '../i18n';
import { entityHref, href } from '../router';

/** Hits asked for at a time: the first page, and each "more". */
const PAGE = 20;

/**
 * Search as you type: one ranking (the phrase first, then every word, then rarer words), a page
 * at a time with the length of the whole list and a button for more; each hit says where it
 * matched (a name, which one, in which language; a description; a quote of the source and the
 * fact it states), shows the matching words marked, and says when the hit is only a guess (fuzzy).
 */
export function SearchView({ q, lang }: { q: string; lang: Lang }) {
  const text = q.trim();
  const loaded = useLoad<SearchPage | null>(
    () => (text ? searchPage(text, PAGE) : Promise.resolve(null)),
    [text],
  );
  // The pages read after the first, for the text they were read for.
  const [more, setMore] = useState<{ text: string; pages: SearchPage[] }>({ text: '', pages: [] });
  const [reading, setReading] = useState<{ text: string; error: string | null } | null>(null);
  const first = loaded.state === 'done' ? loaded.value : null;
  const pages = first ? [first, ...(more.text === text ? more.pages : [])] : [];
  const hits = pages.flatMap((page) => page.nodes);
  const last = pages.at(-1);
  const readMore = (after: string) => {
    setReading({ text, error: null });
    searchPage(text, PAGE, after).then(
      (page) => {
        setMore((current) => ({ text, pages: [...(current.text === text ? current.pages : []), page] }));
        setReading(null);
      },
      (error: Error) => setReading({ text, error: error.message }),
    );
  };
  const busy = reading?.text === text && reading.error === null;
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">
        {t('search', lang)}
        {text && (
          <>
            : <bdi>{text}</bdi>
          </>
        )}
      </h1>
      <Status loaded={loaded} lang={lang} />
      {first && last && (
        <>
          <p role="status" class="count">
            {hits.length === 0
              ? t('noResults', lang)
              : `${hits.length} ${t('hitsShown', lang)} ${first.totalCount}`}
          </p>
          <ol class="hits">
            {hits.map((hit) => (
              <li
                key={`${hit.entity.id} ${hit.citation?.id ?? ''} ${hit.relation?.id ?? ''}`}
                class="hit"
                data-matched-in={hit.matchedIn}
                data-fuzzy={hit.fuzzy ? '' : undefined}
              >
                <a href={entityHref(hit.entity.id)} class="hit-link">
                  <span lang="en">{hit.entity.en}</span> · <Ar>{hit.entity.ar}</Ar>
                </a>{' '}
                <span class="kind">{hit.entity.kind.toLowerCase()}</span>
                <HitDetail hit={hit} lang={lang} />
              </li>
            ))}
          </ol>
          {last.pageInfo.hasNextPage && last.pageInfo.endCursor && (
            <button
              type="button"
              class="more"
              disabled={busy}
              onClick={() => readMore(last.pageInfo.endCursor!)}
            >
              {t('moreHits', lang)}
            </button>
          )}
          {reading?.text === text && reading.error && (
            <p role="alert" class="error">
              {reading.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}

const languageName = (snippet: Snippet) => (snippet.lang === 'AR' ? 'العربية' : 'English');

function HitDetail({ hit, lang }: { hit: SearchHit; lang: Lang }) {
  const { snippet } = hit;
  const snippetLang = snippet.lang === 'AR' ? 'ar' : 'en';
  if (hit.matchedIn === 'NAME' || hit.matchedIn === 'ALIAS') {
    const how = hit.exact ? t('exact', lang) : hit.fuzzy ? t('fuzzy', lang) : t('partial', lang);
    // The quotation marks belong to the sentence around the name, not to the name: outside its
    // isolate, so an Arabic name does not turn them round, and « » in the Arabic interface.
    const [open, close] = lang === 'ar' ? ['«', '»'] : ['“', '”'];
    return (
      <div class="how">
        {t('matched', lang)} {open}
        <bdi lang={snippetLang}>
          <Marked snippet={snippet} />
        </bdi>
        {close} ({nameKind(hit.matchedAs ?? hit.matchedIn, lang)}, {languageName(snippet)}, {how})
      </div>
    );
  }
  const citation = hit.citation;
  return (
    <>
      <div class="how">
        {t(hit.matchedIn === 'QUOTE' ? 'matchedInQuote' : 'matchedInDescription', lang)} (
        {languageName(snippet)}
        {hit.fuzzy && <>, {t('fuzzy', lang)}</>})
      </div>
      <blockquote
        class={`snippet${snippetLang === 'ar' ? ' ar' : ''}`}
        lang={snippetLang}
        dir={snippetLang === 'ar' ? 'rtl' : 'ltr'}
      >
        {snippet.clippedBefore && '… '}
        <Marked snippet={snippet} />
        {snippet.clippedAfter && ' …'}
      </blockquote>
      {citation && (
        <div class="fact">
          {hit.relation ? (
            <>
              {t('states', lang)}: <Name entity={hit.entity} lang={lang} />{' '}
              {lang === 'ar' ? hit.relation.readingAr : hit.relation.reading}{' '}
              <a href={entityHref(hit.relation.other.id)}>
                <Name entity={hit.relation.other} lang={lang} />
              </a>
            </>
          ) : (
            <>
              {t('about', lang)}: <Name entity={hit.entity} lang={lang} />
            </>
          )}
          {citation.source && citation.start !== null && citation.end !== null && (
            <>
              {' · '}
              <a
                class="cite-link"
                href={href(`/source/${encodeURIComponent(citation.source.id)}`, {
                  cite: `${citation.start}-${citation.end}`,
                })}
              >
                {t('openSource', lang)}
              </a>
            </>
          )}
        </div>
      )}
    </>
  );
}

/** The snippet's text with its marks as <mark>; offsets count code points. */
function Marked({ snippet }: { snippet: Snippet }) {
  const points = Array.from(snippet.text);
  const pieces = [];
  let at = 0;
  for (const mark of snippet.marks) {
    if (mark.start < at) continue;
    pieces.push(points.slice(at, mark.start).join(''));
    pieces.push(<mark key={mark.start}>{points.slice(mark.start, mark.end).join('')}</mark>);
    at = mark.end;
  }
  pieces.push(points.slice(at).join(''));
  return <>{pieces}</>;
}
