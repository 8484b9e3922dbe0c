import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchNeighbourhood, type EntityRef, type GraphEdge, type Subgraph } from '../api';
import { NotFound, Ar, Status, useLoad, type Lang } from '../components';
import { t } from '../i18n';
import { entityHref, href, navigate, type Route } from '../router';
import { ExportButtons } from './export-buttons';
import { GraphCanvas, KIND_COLOURS } from './graph-canvas';

function merge(base: Subgraph, more: Subgraph): Subgraph {
  const nodes = new Map(base.nodes.map((node) => [node.id, node]));
  for (const node of more.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map(base.edges.map((edge) => [edge.id, edge]));
  for (const edge of more.edges) edges.set(edge.id, edge);
  return {
    truncated: base.truncated || more.truncated,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/** Bloom-like walking: the neighbourhood of an entity, filtered by relation type, expandable node by node. */
export function GraphView({
  route,
  at,
  lang,
}: {
  route: Extract<Route, { view: 'graph' }>;
  at: string | null;
  lang: Lang;
}) {
  const loaded = useLoad(
    () => fetchNeighbourhood(route.id, route.hops, null, at),
    [route.id, route.hops, at],
  );
  const [graph, setGraph] = useState<Subgraph | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setGraph(loaded.state === 'done' ? loaded.value : null);
    setSelected(null);
  }, [loaded]);
  const allTypes = useMemo(
    () => [...new Set(graph?.edges.map((edge): string => edge.type) ?? [])].sort(),
    [graph],
  );
  const chosen = route.types.filter((type) => allTypes.includes(type));
  const shown = useMemo(() => {
    if (!graph) return null;
    const edges: GraphEdge[] = chosen.length
      ? graph.edges.filter((edge) => chosen.includes(edge.type))
      : graph.edges;
    const touched = new Set([route.id, ...edges.flatMap((edge) => [edge.source, edge.target])]);
    return { nodes: graph.nodes.filter((node) => touched.has(node.id)), edges };
  }, [graph, chosen.join(',')]);
  const canvasNodes = useMemo(
    () =>
      shown?.nodes.map((node) => ({
        id: node.id,
        kind: node.kind,
        label: lang === 'ar' ? node.ar : node.en,
      })) ?? [],
    [shown, lang],
  );
  const canvasEdges = useMemo(
    () =>
      shown?.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: lang === 'ar' ? edge.readingAr : edge.reading,
      })) ?? [],
    [shown, lang],
  );
  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  if (!loaded.value) return <NotFound id={route.id} lang={lang} />;
  if (!graph || !shown) return null;
  const centre = graph.nodes.find((node) => node.id === route.id)!;
  const pick = graph.nodes.find((node) => node.id === selected) ?? null;
  const expand = (id: string) => {
    setError(null);
    fetchNeighbourhood(id, 1, null, at).then(
      (more) => more && setGraph((current) => (current ? merge(current, more) : more)),
      (e: Error) => setError(e.message),
    );
  };
  const setTypes = (types: string[]) =>
    navigate(
      href(`/graph/${encodeURIComponent(route.id)}`, { hops: route.hops, types: types.join(',') }),
      true,
    );
  return (
    <section class="graph-view" aria-labelledby="graph-title">
      <h1 id="graph-title">
        {t('graph', lang)}:{' '}
        <a href={entityHref(centre.id)}>{lang === 'ar' ? <Ar>{centre.ar}</Ar> : centre.en}</a>
      </h1>
      <form class="graph-controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('hops', lang)}{' '}
          <select
            value={route.hops}
            onChange={(event) =>
              navigate(
                href(`/graph/${encodeURIComponent(route.id)}`, {
                  hops: (event.target as HTMLSelectElement).value,
                  types: chosen.join(','),
                }),
              )
            }
          >
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="type-filter">
          <legend>{t('relationTypes', lang)}</legend>
          {allTypes.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                name="type"
                value={type}
                checked={chosen.includes(type)}
                onChange={(event) =>
                  setTypes(
                    (event.target as HTMLInputElement).checked
                      ? [...chosen, type]
                      : chosen.filter((x) => x !== type),
                  )
                }
              />{' '}
              {type.toLowerCase().replace(/_/g, ' ')}
            </label>
          ))}
        </fieldset>
      </form>
      {graph.truncated && <p role="status">{t('truncated', lang)}</p>}
      {error && <p role="alert">{error}</p>}
      <div class="graph-layout">
        <GraphCanvas
          nodes={canvasNodes}
          edges={canvasEdges}
          rootId={route.id}
          label={`${t('graph', lang)}: ${centre.en}, ${shown.nodes.length} / ${shown.edges.length}`}
          onSelect={setSelected}
          onExpand={expand}
        />
        <aside class="graph-side" aria-live="polite">
          {pick ? <Selected entity={pick} lang={lang} onExpand={() => expand(pick.id)} /> : <Legend />}
        </aside>
      </div>
      <ExportButtons ids={shown.nodes.map((node) => node.id)} types={chosen} at={at} lang={lang} />
      <details class="node-list" open>
        <summary>
          {t('nodes', lang)} ({shown.nodes.length})
        </summary>
        <ul>
          {shown.nodes.map((node) => (
            <li key={node.id} data-node={node.id}>
              <a href={entityHref(node.id)}>{lang === 'ar' ? <Ar>{node.ar}</Ar> : node.en}</a>{' '}
              <span class="kind">{node.kind.toLowerCase()}</span>{' '}
              <button
                type="button"
                class="link-button"
                onClick={() => expand(node.id)}
                aria-label={`${t('expand', lang)} ${node.en}`}
              >
                {t('expand', lang)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Selected({ entity, lang, onExpand }: { entity: EntityRef; lang: Lang; onExpand: () => void }) {
  return (
    <div class="selected">
      <h2>
        <span lang="en">{entity.en}</span>
      </h2>
      <p>
        <Ar>{entity.ar}</Ar>
      </p>
      <p class="kind">{entity.kind.toLowerCase()}</p>
      <p>
        <a href={entityHref(entity.id)}>{t('open', lang)}</a>{' '}
        <button type="button" onClick={onExpand}>
          {t('expand', lang)}
        </button>{' '}
        <a href={href(`/graph/${encodeURIComponent(entity.id)}`, { hops: 1 })}>{t('graph', lang)}</a>
      </p>
    </div>
  );
}

export function Legend() {
  return (
    <ul class="legend">
      {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
        <li key={kind}>
          <span class="swatch" style={{ background: colour }} aria-hidden="true" /> {kind.toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
