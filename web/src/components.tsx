import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { KeyRequiredError, type Bilingual, type Citation, type EntityRef, type PartialDate } from './api';
import { formatDate } from './dates';
import { t } from './i18n';
import { entityHref, href } from './router';

export type Lang = 'en' | 'ar';

/** Arabic text with its language and direction, so screen readers and fonts treat it right. */
export function Ar({ children }: { children: ComponentChildren }) {
  return (
    <span lang="ar" dir="rtl" class="ar">
      {children}
    </span>
  );
}

/** The name in the user's language, the other one beside it. */
export function Name({ entity, lang, both = false }: { entity: Bilingual; lang: Lang; both?: boolean }) {
  const ar = <Ar>{entity.ar}</Ar>;
  const en = (
    <span lang="en" dir="ltr">
      {entity.en}
    </span>
  );
  if (!both) return lang === 'ar' ? ar : en;
  return lang === 'ar' ? (
    <>
      {ar} <span class="other-lang">({en})</span>
    </>
  ) : (
    <>
      {en} <span class="other-lang">({ar})</span>
    </>
  );
}

export function EntityLink({ entity, lang }: { entity: EntityRef; lang: Lang }) {
  return (
    <a href={entityHref(entity.id)} class={`entity-link kind-${entity.kind.toLowerCase()}`}>
      <Name entity={entity} lang={lang} />
    </a>
  );
}

export function When({ date, lang }: { date: PartialDate | null | undefined; lang: Lang }) {
  if (!date) return null;
  return (
    <time dateTime={date.text} data-precision={date.precision}>
      {formatDate(date, lang)}
    </time>
  );
}

/** The time qualifiers of a fact, as tenures, relations and graph edges carry them. */
interface Qualified {
  date?: PartialDate | null;
  appointedOn: PartialDate | null;
  inOfficeFrom: PartialDate | null;
  inOfficeUntil: PartialDate | null;
  attestedOn: PartialDate | null;
  former?: boolean;
}

/** A fact's dates at their precision: appointed is not yet in office. */
export function FactDates({ tenure, lang }: { tenure: Qualified; lang: Lang }) {
  const parts: ComponentChildren[] = [];
  const words: Array<[string, PartialDate | null]> = [
    [t('appointed', lang), tenure.appointedOn],
    [t('inOfficeFrom', lang), tenure.inOfficeFrom],
    [t('until', lang), tenure.inOfficeUntil],
    [t('attested', lang), tenure.attestedOn],
  ];
  for (const [word, date] of words)
    if (date)
      parts.push(
        <span key={word}>
          {word} <When date={date} lang={lang} />
        </span>,
      );
  if (tenure.former) parts.push(<span key="x">{t('former', lang)}</span>);
  if (tenure.date) parts.push(<When key="d" date={tenure.date} lang={lang} />);
  if (parts.length === 0) return null;
  return <span class="dates">{parts.flatMap((part, i) => (i === 0 ? [part] : ['; ', part]))}</span>;
}

export function Text({ text, lang }: { text: Bilingual | null | undefined; lang: Lang }) {
  if (!text) return null;
  return lang === 'ar' ? <Ar>{text.ar}</Ar> : <span>{text.en}</span>;
}

/** One citation: the quote highlighted inside its sentence of the source, and a link to read it there. */
export function CitationView({ citation, lang }: { citation: Citation; lang: Lang }) {
  if (!citation.source || citation.start === null || citation.end === null) {
    return <blockquote class="citation note">{citation.note ?? citation.quote}</blockquote>;
  }
  const context = citation.context ?? null;
  const link = href(`/source/${encodeURIComponent(citation.source.id)}`, {
    cite: `${citation.start}-${citation.end}`,
  });
  // A quote is shown in its source's language and direction: sources are Arabic or not.
  const arabic = citation.source.language === 'ar';
  return (
    <figure class="citation">
      <blockquote
        lang={citation.source.language}
        dir={arabic ? 'rtl' : 'ltr'}
        class={arabic ? 'ar' : undefined}
        data-in-context={context ? '' : undefined}
      >
        {context ? (
          <>
            {context.truncatedBefore && '… '}
            {context.before}
            <mark>{context.quote}</mark>
            {context.after}
            {context.truncatedAfter && ' …'}
          </>
        ) : (
          <mark>{citation.quote}</mark>
        )}
      </blockquote>
      <figcaption>
        <a href={link} class="cite-link" data-citation={citation.id}>
          {t('openSource', lang)} · {citation.start}–{citation.end}
        </a>
      </figcaption>
    </figure>
  );
}

export function Citations({ citations, lang }: { citations: Citation[]; lang: Lang }) {
  if (citations.length === 0) return null;
  return (
    <details class="citations">
      <summary>
        {t('citations', lang)} ({citations.length})
      </summary>
      {citations.map((citation) => (
        <CitationView key={citation.id} citation={citation} lang={lang} />
      ))}
    </details>
  );
}

export type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'error'; error: Error };

/** Runs a load when its inputs change; a KeyRequiredError is announced to the app, which asks for a key. */
export function useLoad<T>(load: () => Promise<T>, inputs: unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'done', value }),
      (error: Error) => {
        if (!live) return;
        if (error instanceof KeyRequiredError) window.dispatchEvent(new CustomEvent('key-required'));
        setResult({ state: 'error', error });
      },
    );
    return () => void (live = false);
  }, inputs);
  return result;
}

export function Status({ loaded, lang }: { loaded: Loaded<unknown>; lang: Lang }) {
  if (loaded.state === 'loading')
    return (
      <p role="status" class="status">
        {t('loading', lang)}
      </p>
    );
  if (loaded.state === 'error')
    return (
      <p role="alert" class="error">
        {loaded.error.message}
      </p>
    );
  return null;
}

export function NotFound({ id, lang }: { id: string; lang: Lang }) {
  return (
    <p role="alert">
      {t('notFound', lang)}: <code>{id}</code>
    </p>
  );
}
