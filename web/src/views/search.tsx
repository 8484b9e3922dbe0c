import { search, type SearchHit } from '../api';
import { Ar, Status, useLoad, type Lang } from '../components';
import { nameKind, t } from '../i18n';
import { entityHref } from '../router';

/** Search as you type: each hit says which name matched, in which language, and how. */
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
              <li key={hit.entity.id} class="hit">
                <a href={entityHref(hit.entity.id)} class="hit-link">
                  <span lang="en">{hit.entity.en}</span> · <Ar>{hit.entity.ar}</Ar>
                </a>{' '}
                <span class="kind">{hit.entity.kind.toLowerCase()}</span>
                <div class="how">
                  {t('matched', lang)} <bdi lang={hit.matchedLang.toLowerCase()}>“{hit.matchedName}”</bdi> (
                  {nameKind(hit.matchedAs, lang)}, {hit.matchedLang === 'AR' ? 'العربية' : 'English'},{' '}
                  {hit.exact ? t('exact', lang) : t('approximate', lang)})
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
