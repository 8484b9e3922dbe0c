import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchTimeline, type PartialDate, type TimelineEntry } from '../api';
import { NotFound, Ar, Citations, EntityLink, Status, Text, When, useLoad, type Lang } from '../components';
import { dayNumber, formatDate, parseDateText } from '../dates';
import { entryKindName, t } from '../i18n';
import { useViewTitle } from '../page';
import { entityHref, type Route } from '../router';

interface Axis {
  start: number;
  end: number;
  years: number[];
}

function axisOf(dates: PartialDate[], asOf: PartialDate | null): Axis {
  const all = asOf ? [...dates, asOf] : dates;
  const first = Math.min(...all.map((d) => d.year));
  const last = Math.max(...all.map((d) => Number(d.latest.slice(0, 4))));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { start: dayNumber(`${first}-01-01`), end: dayNumber(`${last + 1}-01-01`), years };
}

const percent = (axis: Axis, day: number) =>
  `${(((day - axis.start) / (axis.end - axis.start)) * 100).toFixed(3)}%`;

/** A partial date as a span over every day it may name: a year is a bar over the year. */
function Bar({ axis, from, to, kind }: { axis: Axis; from: string; to: string; kind: string }) {
  const start = dayNumber(from);
  const end = dayNumber(to) + 1;
  return (
    <span
      class={`bar ${kind}`}
      style={{
        insetInlineStart: percent(axis, start),
        width: `max(3px, ${(((end - start) / (axis.end - axis.start)) * 100).toFixed(3)}%)`,
      }}
    />
  );
}

function Track({
  axis,
  asOf,
  children,
}: {
  axis: Axis;
  asOf: PartialDate | null;
  children?: ComponentChildren;
}) {
  return (
    <div class="track" aria-hidden="true" style={{ '--years': axis.years.length }}>
      {children}
      {asOf && (
        <span class="as-of-line" style={{ insetInlineStart: percent(axis, dayNumber(asOf.latest) + 1) }} />
      )}
    </div>
  );
}

function EntryRow({
  entry,
  axis,
  asOf,
  lang,
}: {
  entry: TimelineEntry;
  axis: Axis;
  asOf: PartialDate | null;
  lang: Lang;
}) {
  const date = entry.date;
  let bar = null;
  if (date)
    bar = (
      <Bar
        axis={axis}
        from={date.earliest}
        to={date.latest}
        kind={`precision-${date.precision.toLowerCase()}`}
      />
    );
  else if (entry.notBefore || entry.notAfter)
    bar = (
      <Bar
        axis={axis}
        from={entry.notBefore?.latest ?? `${axis.years[0]}-01-01`}
        to={entry.notAfter?.earliest ?? `${axis.years[axis.years.length - 1]}-12-31`}
        kind="open"
      />
    );
  return (
    <li
      class={`entry kind-${entry.kind.toLowerCase()}`}
      data-earliest={date?.earliest ?? ''}
      data-date={date?.text ?? ''}
    >
      <span class="when">
        {date ? (
          <When date={date} lang={lang} />
        ) : (
          <>
            {entry.notBefore && (
              <>
                {t('notBefore', lang)} <When date={entry.notBefore} lang={lang} />{' '}
              </>
            )}
            {entry.notAfter && (
              <>
                {t('notAfter', lang)} <When date={entry.notAfter} lang={lang} />
              </>
            )}
          </>
        )}
      </span>
      <span class="what">
        <span class="entry-kind">{entryKindName(entry.kind, lang)}</span>{' '}
        {entry.entity ? (
          <a href={entityHref(entry.entity.id)}>
            {lang === 'ar' ? <Ar>{entry.summaryAr}</Ar> : entry.summary}
          </a>
        ) : lang === 'ar' ? (
          <Ar>{entry.summaryAr}</Ar>
        ) : (
          entry.summary
        )}
        <Citations citations={entry.citations} lang={lang} />
      </span>
      <Track axis={axis} asOf={asOf}>
        {bar}
      </Track>
    </li>
  );
}

/** Room a year label needs, in CSS pixels ("2021" and a gap). */
const YEAR_LABEL_PX = 44;

/**
 * The years over the axis, thinned to fit its width: every year when there is room, else every
 * 2nd, 5th or 10th, so that labels never print over each other (a phone has room for a few).
 */
function YearLabels({ axis }: { axis: Axis }) {
  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = track.current!;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const fits = (step: number) => (axis.years.length / step) * YEAR_LABEL_PX <= width;
  const step = width === 0 ? axis.years.length : ([1, 2, 5, 10, 20, 50].find(fits) ?? 100);
  return (
    <div class="track years" ref={track} data-step={step}>
      {axis.years
        .filter((year) => year % step === 0 || step === 1)
        .map((year) => (
          <span
            key={year}
            class="year"
            style={{ insetInlineStart: percent(axis, dayNumber(`${year}-01-01`)) }}
          >
            {year}
          </span>
        ))}
    </div>
  );
}

/** What happened around an entity, in date order, each date drawn as the span it names. */
export function TimelineView({
  route,
  at,
  lang,
}: {
  route: Extract<Route, { view: 'timeline' }>;
  at: string | null;
  lang: Lang;
}) {
  // "As of" a date, the timeline shows what may have happened by then.
  const to = route.to ?? at;
  const loaded = useLoad(() => fetchTimeline(route.id, route.from, to), [route.id, route.from, to]);
  const found = loaded.state === 'done' ? loaded.value : null;
  useViewTitle(
    found ? `${lang === 'ar' ? found.entity.ar : found.entity.en} · ${t('timeline', lang)}` : null,
    lang,
  );
  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  const timeline = loaded.value;
  if (!timeline) return <NotFound id={route.id} lang={lang} />;
  const asOf = at ? parseDateText(at) : null;
  const dates = timeline.entries
    .flatMap((e) => [e.date, e.notBefore, e.notAfter])
    .filter((d): d is PartialDate => !!d);
  const since = timeline.recurring.map((r) => r.institutionalisedIn).filter((d): d is PartialDate => !!d);
  const axis = dates.length + since.length > 0 ? axisOf([...dates, ...since], asOf) : null;
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h1 id="timeline-title">
        {t('timeline', lang)}:{' '}
        <a href={entityHref(timeline.entity.id)}>
          {lang === 'ar' ? <Ar>{timeline.entity.ar}</Ar> : timeline.entity.en}
        </a>
        {at && (
          <span class="as-of-note">
            {' '}
            · {t('asOf', lang)} {at}
          </span>
        )}
      </h1>
      {axis && (
        <div class="axis" aria-hidden="true">
          <span class="when" />
          <span class="what" />
          <YearLabels axis={axis} />
        </div>
      )}
      <h2 class="visually-hidden">{t('entries', lang)}</h2>
      <ol class="entries" data-testid="timeline-entries">
        {axis &&
          timeline.entries.map((entry, i) => (
            <EntryRow key={i} entry={entry} axis={axis} asOf={asOf} lang={lang} />
          ))}
      </ol>
      {timeline.recurring.length > 0 && (
        <>
          <h2>{t('recurring', lang)}</h2>
          <ul class="entries recurring">
            {timeline.recurring.map((series) => (
              <li key={series.id} class="entry rhythm" data-entity={series.id}>
                <span class="when">
                  {series.institutionalisedIn ? (
                    <>
                      {t('institutionalised', lang)} <When date={series.institutionalisedIn} lang={lang} />
                    </>
                  ) : null}
                </span>
                <span class="what">
                  <EntityLink entity={series} lang={lang} /> —{' '}
                  <Text text={series.recurrence?.description} lang={lang} />{' '}
                  <span class="hint">({t('rhythmNoDates', lang)})</span>
                </span>
                {axis && (
                  <Track axis={axis} asOf={asOf}>
                    <span
                      class="bar rhythm-band"
                      title={
                        series.recurrence
                          ? lang === 'ar'
                            ? series.recurrence.description.ar
                            : series.recurrence.description.en
                          : ''
                      }
                      style={{
                        insetInlineStart: series.institutionalisedIn
                          ? percent(axis, dayNumber(series.institutionalisedIn.earliest))
                          : '0%',
                        insetInlineEnd: '0%',
                      }}
                    />
                  </Track>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {timeline.undated.length > 0 && (
        <>
          <h2>{t('undated', lang)}</h2>
          <ul>
            {timeline.undated.map((entity) => (
              <li key={entity.id}>
                <EntityLink entity={entity} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
      {axis && (
        <p class="legend-note">
          {lang === 'ar'
            ? `الأشرطة تغطي كل الأيام التي يحتملها التاريخ: السنة شريط على السنة كلها (${formatDate(timeline.entries[0]?.date, lang)}).`
            : `Bars cover every day a date may name: a year is a bar over the whole year, a month over the month, a day a tick.`}
        </p>
      )}
    </section>
  );
}
