import { search, type SearchHit, type Snippet } from '../api';
import { Ar, Name, Status, useLoad, type Lang } from '../components';
import { nameKind, t } from '../i18n';
import { entityHref, href } from '../router';

/**
 * Search as you type: each hit says where it matched (a name, which one, in which language; a
 * description; a quote of the source and the fact it states), shows the matching words marked,
 * and says when the hit is only a guess (fuzzy).
 */
export function SearchView({ q, lang }: { q: string; lang: Lang }) {
  const text = q.trim();
  const loaded = useLoad<SearchHit[]>(() => (text ? search(text) : Promise.resolve([])), [text]);
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
      {loaded.state === 'done' && text && (
        <>
          <p role="status" class="count">
            {loaded.value.length === 0 ? t('noResults', lang) : `${loaded.value.length}`}
          </p>
          <ol class="hits">
            {loaded.value.map((hit) => (
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
    return (
      <div class="how">
        {t('matched', lang)}{' '}
        <bdi lang={snippetLang}>
          “<Marked snippet={snippet} />”
        </bdi>{' '}
        ({nameKind(hit.matchedAs ?? hit.matchedIn, lang)}, {languageName(snippet)}, {how})
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
