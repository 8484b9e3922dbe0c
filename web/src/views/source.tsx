import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchCitedSpans, fetchSource, type CitedSpan, type Source } from '../api';
import { NotFound, Ar, Status, useLoad, type Lang } from '../components';
import { t } from '../i18n';
import { useViewTitle } from '../page';
import { codePoints } from '../quotes';
import { entityHref, href, navigate, type Route } from '../router';

interface Segment {
  start: number;
  end: number;
  spans: CitedSpan[];
  target: boolean;
}

/**
 * Cuts the text at every span boundary, so overlapping citations each keep their mark: a
 * segment knows every span that covers it.
 */
function segments(
  length: number,
  spans: CitedSpan[],
  target: { start: number; end: number } | null,
): Segment[] {
  const cuts = new Set([0, length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  if (target) cuts.add(target.start).add(target.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= length).sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    result.push({
      start,
      end,
      spans: spans.filter((span) => span.start <= start && span.end >= end),
      target: target !== null && target.start <= start && target.end >= end,
    });
  }
  return result;
}

/**
 * The text with the passage asked for marked strongly and the other cited passages only
 * underlined. Passages are not tab stops (a source has dozens): the passage asked for takes the
 * focus, and the panel's Previous/Next buttons walk the others; a click picks one too.
 */
function SourceText({
  source,
  spans,
  target,
  onPick,
}: {
  source: Source;
  spans: CitedSpan[];
  target: { start: number; end: number } | null;
  onPick: (span: CitedSpan) => void;
}) {
  const points = codePoints(source);
  const parts = useMemo(() => segments(points.length, spans, target), [source, spans, target]);
  return (
    <div
      class={`source-text${source.language === 'ar' ? ' ar' : ''}`}
      lang={source.language}
      dir={source.language === 'ar' ? 'rtl' : 'ltr'}
    >
      {parts.map((part) => {
        const text = points.slice(part.start, part.end).join('');
        if (part.spans.length === 0 && !part.target) return text;
        const first = part.target && target?.start === part.start;
        const Tag = part.target ? 'mark' : 'span';
        return (
          <Tag
            key={part.start}
            id={first ? 'cited-target' : undefined}
            tabIndex={first ? -1 : undefined}
            class={`cited${part.target ? ' target' : ''}${part.spans.length > 1 ? ' overlap' : ''}`}
            data-start={part.start}
            data-end={part.end}
            onClick={() => part.spans[0] && onPick(part.spans[0])}
          >
            {text}
          </Tag>
        );
      })}
    </div>
  );
}

/** What the capture says of the source, above its text; what it does not say is said so, not guessed. */
function SourceMetadata({ doc, lang }: { doc: Source; lang: Lang }) {
  const none = <span class="none">{t('notRecorded', lang)}</span>;
  return (
    <dl class="facts source-meta" data-testid="source-meta">
      <dt>{t('publisher', lang)}</dt>
      <dd>
        {lang === 'ar' ? <Ar>{doc.publisher.ar}</Ar> : doc.publisher.en}{' '}
        <span class="other-lang">
          ({lang === 'ar' ? <span lang="en">{doc.publisher.en}</span> : <Ar>{doc.publisher.ar}</Ar>})
        </span>
      </dd>
      <dt>{t('address', lang)}</dt>
      <dd>
        {doc.url ? (
          <a href={doc.url} rel="noreferrer">
            {doc.url}
          </a>
        ) : (
          none
        )}
      </dd>
      <dt>{t('retrieved', lang)}</dt>
      <dd>{doc.retrievedAt ?? none}</dd>
      <dt>{t('language', lang)}</dt>
      <dd>{doc.language === 'ar' ? 'العربية (ar)' : doc.language}</dd>
      <dt>{t('length', lang)}</dt>
      <dd>
        {doc.length} {t('codePoints', lang)} · SHA-256 <code class="hash">{doc.sha256.slice(0, 12)}…</code>
      </dd>
      {doc.note && (
        <>
          <dt>{t('captureNote', lang)}</dt>
          <dd class="note">{lang === 'ar' ? <Ar>{doc.note.ar}</Ar> : doc.note.en}</dd>
        </>
      )}
    </dl>
  );
}

/** A source with the passage a citation quotes marked, scrolled to and focused; a passage lists the facts it supports. */
export function SourceView({ route, lang }: { route: Extract<Route, { view: 'source' }>; lang: Lang }) {
  const source = useLoad(() => fetchSource(route.id), [route.id]);
  const crawl = useLoad(() => fetchCitedSpans(route.id), [route.id]);
  const spans = crawl.state === 'done' ? crawl.value.spans : [];
  /** The cited passages, each once: citations that quote the same span are one passage. */
  const passages = useMemo(() => {
    const byOffsets = new Map<string, CitedSpan>();
    for (const span of spans) {
      const key = `${span.start}-${span.end}`;
      const known = byOffsets.get(key);
      if (known) known.facts = [...known.facts, ...span.facts];
      else byOffsets.set(key, { ...span, facts: [...span.facts] });
    }
    return [...byOffsets.values()];
  }, [spans]);
  const target = route.cite;
  const doc = source.state === 'done' ? source.value : null;
  useViewTitle(doc ? `${lang === 'ar' ? doc.title.ar : doc.title.en} · ${t('source', lang)}` : null, lang);
  const [shownAt, setShownAt] = useState<string | null>(null);
  // Opens at the passage: once the text is drawn, and again once the cited passages are found
  // (the text is re-cut then), unless the reader has moved on.
  useEffect(() => {
    if (!doc || !target) return;
    const key = `${target.start}-${target.end}-${crawl.state}`;
    if (shownAt === key) return;
    const mark = document.getElementById('cited-target');
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    if (document.activeElement === document.body || shownAt === null) mark.focus({ preventScroll: true });
    setShownAt(key);
  }, [doc, target?.start, target?.end, crawl.state]);
  if (source.state !== 'done') return <Status loaded={source} lang={lang} />;
  if (!doc) return <NotFound id={route.id} lang={lang} />;
  const quote = target ? codePoints(doc).slice(target.start, target.end).join('') : null;
  const at = target
    ? passages.findIndex((span) => span.start === target.start && span.end === target.end)
    : -1;
  const picked = at >= 0 ? passages[at] : null;
  const go = (span: CitedSpan) =>
    navigate(href(`/source/${encodeURIComponent(route.id)}`, { cite: `${span.start}-${span.end}` }), true);
  return (
    <article class="source-reader">
      <header>
        <h1>{lang === 'ar' ? <Ar>{doc.title.ar}</Ar> : doc.title.en}</h1>
        <SourceMetadata doc={doc} lang={lang} />
        <p role="status" class="status">
          {crawl.state === 'done'
            ? `${passages.length} ${t('citedSpans', lang)}${crawl.value.complete ? '' : ` · ${t('truncated', lang)}`}`
            : t('indexing', lang)}
        </p>
      </header>
      <div class="reader-layout">
        <SourceText source={doc} spans={spans} target={target} onPick={go} />
        <aside class="supports" aria-label={t('supports', lang)}>
          {quote && (
            <>
              <h2>{t('passage', lang)}</h2>
              <p class="target-quote">
                <mark
                  lang={doc.language}
                  dir={doc.language === 'ar' ? 'rtl' : 'ltr'}
                  class={doc.language === 'ar' ? 'ar' : undefined}
                >
                  {quote}
                </mark>
              </p>
            </>
          )}
          <div aria-live="polite">
            {picked && (
              <ul>
                {picked.facts.map((fact) => (
                  <li key={picked.citationId + fact.id}>
                    <a href={entityHref(fact.entityId)} data-fact={fact.id}>
                      {lang === 'ar' ? <Ar>{fact.label.ar}</Ar> : fact.label.en}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {passages.length > 0 && (
            <p class="passage-nav">
              <button
                type="button"
                onClick={() => go(passages[at <= 0 ? passages.length - 1 : at - 1])}
                data-testid="previous-passage"
              >
                {t('previousPassage', lang)}
              </button>{' '}
              <button
                type="button"
                onClick={() => go(passages[(at + 1) % passages.length])}
                data-testid="next-passage"
              >
                {t('nextPassage', lang)}
              </button>{' '}
              {at >= 0 && (
                <span class="hint">
                  {at + 1} / {passages.length}
                </span>
              )}
            </p>
          )}
        </aside>
      </div>
    </article>
  );
}
