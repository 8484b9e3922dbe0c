import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchCitedSpans, fetchSource, type CitedSpan, type Source } from '../api';
import { NotFound, Ar, Status, useLoad, type Lang } from '../components';
import { t } from '../i18n';
import { codePoints } from '../quotes';
import { entityHref, type Route } from '../router';

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

function SourceText({
  source,
  spans,
  target,
  onPick,
}: {
  source: Source;
  spans: CitedSpan[];
  target: { start: number; end: number } | null;
  onPick: (spans: CitedSpan[]) => void;
}) {
  const points = codePoints(source);
  const parts = useMemo(() => segments(points.length, spans, target), [source, spans, target]);
  return (
    <div class="source-text ar" lang={source.language} dir="rtl">
      {parts.map((part) => {
        const text = points.slice(part.start, part.end).join('');
        if (part.spans.length === 0 && !part.target) return text;
        const first = part.target && target?.start === part.start;
        return (
          <mark
            key={part.start}
            id={first ? 'cited-target' : undefined}
            class={`cited${part.target ? ' target' : ''}${part.spans.length > 1 ? ' overlap' : ''}`}
            data-start={part.start}
            data-end={part.end}
            tabIndex={part.spans.length > 0 ? 0 : undefined}
            onClick={() => onPick(part.spans)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onPick(part.spans);
              }
            }}
          >
            {text}
          </mark>
        );
      })}
    </div>
  );
}

/** The whole source with every cited span marked; a span lists the facts it supports. */
export function SourceView({ route, lang }: { route: Extract<Route, { view: 'source' }>; lang: Lang }) {
  const source = useLoad(() => fetchSource(route.id), [route.id]);
  const crawl = useLoad(() => fetchCitedSpans(route.id), [route.id]);
  const spans = crawl.state === 'done' ? crawl.value.spans : [];
  const [picked, setPicked] = useState<CitedSpan[]>([]);
  const target = route.cite;
  useEffect(() => {
    if (!target) return;
    setPicked(spans.filter((span) => span.start === target.start && span.end === target.end));
  }, [spans, target?.start, target?.end]);
  useEffect(() => {
    if (source.state === 'done' && target)
      document.getElementById('cited-target')?.scrollIntoView({ block: 'center' });
  }, [source.state, target?.start]);
  if (source.state !== 'done') return <Status loaded={source} lang={lang} />;
  if (!source.value) return <NotFound id={route.id} lang={lang} />;
  const doc = source.value;
  const quote = target ? codePoints(doc).slice(target.start, target.end).join('') : null;
  return (
    <article class="source-reader">
      <header>
        <h1>{lang === 'ar' ? <Ar>{doc.title.ar}</Ar> : doc.title.en}</h1>
        <p>
          {lang === 'ar' ? <Ar>{doc.publisher.ar}</Ar> : doc.publisher.en} · <code>{doc.id}</code> ·{' '}
          {doc.length} {lang === 'ar' ? 'محرفًا' : 'code points'}
          {crawl.state === 'done' ? ` · ${spans.length} ${t('citedSpans', lang)}` : ''}
        </p>
        {crawl.state === 'loading' && <p role="status">{t('indexing', lang)}</p>}
        {crawl.state === 'done' && !crawl.value.complete && <p role="status">{t('truncated', lang)}</p>}
      </header>
      <div class="reader-layout">
        <SourceText source={doc} spans={spans} target={target} onPick={setPicked} />
        <aside class="supports" aria-live="polite" aria-label={t('supports', lang)}>
          {quote && (
            <p class="target-quote">
              <mark lang="ar" dir="rtl" class="ar">
                {quote}
              </mark>
            </p>
          )}
          {picked.length > 0 && (
            <ul>
              {picked.flatMap((span) =>
                span.facts.map((fact) => (
                  <li key={span.citationId + fact.id}>
                    <a href={entityHref(fact.entityId)} data-fact={fact.id}>
                      {lang === 'ar' ? <Ar>{fact.label.ar}</Ar> : fact.label.en}
                    </a>
                  </li>
                )),
              )}
            </ul>
          )}
        </aside>
      </div>
    </article>
  );
}
