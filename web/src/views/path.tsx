import { useMemo, useState } from 'preact/hooks';
import { fetchPath, resolveEntity } from '../api';
import { EntityField } from '../entity-field';
import { Ar, Citations, EntityLink, Status, When, useLoad, type Lang } from '../components';
import { holdsAt, parseDateText } from '../dates';
import { t } from '../i18n';
import { useViewTitle } from '../page';
import { href, navigate, type Route } from '../router';
import { exportName } from '../export';
import { ExportButtons } from './export-buttons';
import { GraphCanvas } from './graph-canvas';

/** What connects two entities: the shortest chain of relations, drawn and told step by step. */
export function PathView({
  route,
  at,
  lang,
}: {
  route: Extract<Route, { view: 'path' }>;
  at: string | null;
  lang: Lang;
}) {
  const ready = route.from !== '' && route.to !== '';
  const loaded = useLoad(
    () => (ready ? fetchPath(route.from, route.to, route.maxHops) : Promise.resolve(null)),
    [route.from, route.to, route.maxHops],
  );
  const asOf = at ? parseDateText(at) : null;
  const path = loaded.state === 'done' ? loaded.value : null;
  const [unknown, setUnknown] = useState<string[]>([]);
  const named = path
    ? `${t('path', lang)}: ${[path.nodes[0], path.nodes[path.nodes.length - 1]]
        .map((node) => (lang === 'ar' ? node.ar : node.en))
        .join(' → ')}`
    : t('path', lang);
  useViewTitle(ready && loaded.state === 'loading' ? null : named, lang);
  const nodes = useMemo(
    () =>
      path?.nodes.map((node) => ({
        id: node.id,
        kind: node.kind,
        label: lang === 'ar' ? node.ar : node.en,
        classes: 'path',
      })) ?? [],
    [path, lang],
  );
  const edges = useMemo(
    () =>
      path?.steps.map((step) => ({
        id: step.edge.id,
        source: step.edge.source,
        target: step.edge.target,
        label: lang === 'ar' ? step.relation.readingAr : step.relation.reading,
        classes: 'path',
      })) ?? [],
    [path, lang],
  );
  return (
    <section aria-labelledby="path-title">
      <h1 id="path-title">{t('path', lang)}</h1>
      <form
        class="path-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget as HTMLFormElement);
          // Each end as picked from the suggestions, or else as typed: an id, or a name to look up.
          const end = (name: string) =>
            String(form.get(`${name}-id`) ?? '') ||
            resolveEntity(String(form.get(name) ?? '')).then((entity) => entity?.id ?? null);
          void Promise.all([end('from'), end('to')]).then(([from, to]) => {
            const missing = [
              ...(from ? [] : [String(form.get('from'))]),
              ...(to ? [] : [String(form.get('to'))]),
            ];
            setUnknown(missing);
            if (missing.length === 0)
              navigate(href('/path', { from, to, maxHops: String(form.get('maxHops')) }));
          });
        }}
      >
        <EntityField name="from" label={t('from', lang)} value={route.from} lang={lang} />
        <EntityField name="to" label={t('to', lang)} value={route.to} lang={lang} />
        <label>
          {t('hops', lang)}{' '}
          <select name="maxHops" key={route.maxHops}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n} selected={n === route.maxHops}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('find', lang)}</button>
      </form>
      {unknown.length > 0 && (
        <p role="alert" class="error" data-testid="unknown-entity">
          {unknown.map((text) => `${t('noEntityNamed', lang)} “${text}”.`).join(' ')}
        </p>
      )}
      {ready && <Status loaded={loaded} lang={lang} />}
      {ready && loaded.state === 'done' && !path && <p role="status">{t('noPath', lang)}</p>}
      {path && (
        <>
          <GraphCanvas
            nodes={nodes}
            edges={edges}
            rootId={route.from}
            line
            label={`${t('path', lang)}: ${path.nodes.map((n) => n.en).join(' → ')}`}
          />
          <ExportButtons
            ids={path.nodes.map((node) => node.id)}
            relations={path.steps.map((step) => step.relation.id)}
            types={[]}
            at={at}
            name={exportName(['path', route.from, 'to', route.to, at])}
            lang={lang}
          />
          <h2>
            {t('steps', lang)} ({path.length})
          </h2>
          <ol class="path-steps">
            {path.steps.map((step) => {
              const from = path.nodes.find((node) => node.id === step.from)!;
              const off = asOf !== null && !holdsAt(step.relation, asOf);
              return (
                <li key={step.relation.id} class={off ? 'step off' : 'step'} data-relation={step.relation.id}>
                  <EntityLink entity={from} lang={lang} />{' '}
                  <em>{lang === 'ar' ? <Ar>{step.relation.readingAr}</Ar> : step.relation.reading}</em>{' '}
                  <EntityLink entity={step.relation.other} lang={lang} />{' '}
                  <When
                    date={
                      step.relation.date ??
                      step.relation.inOfficeFrom ??
                      step.relation.appointedOn ??
                      step.relation.attestedOn
                    }
                    lang={lang}
                  />
                  {off && (
                    <span class="off-note">
                      {' '}
                      ({lang === 'ar' ? 'لا تسري في' : 'not holding on'} {at})
                    </span>
                  )}
                  <Citations citations={step.relation.citations} lang={lang} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
