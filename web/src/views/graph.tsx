import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchNeighbourhood, type EntityRef, type GraphEdge, type Subgraph } from '../api';
import { NotFound, Ar, FactDates, Status, useLoad, type Lang } from '../components';
import { exportName } from '../export';
import { kindName, t } from '../i18n';
import { KIND_STYLES, KindIcon } from '../kind-styles';
import { useViewTitle } from '../page';
import { entityHref, href, navigate, type Route } from '../router';
import { ExportButtons } from './export-buttons';
import { GraphCanvas } from './graph-canvas';

/** The graph with another one added: nodes and edges each once, those already there first. */
function merge(base: Subgraph, more: Subgraph): Subgraph {
  const nodes = new Map(base.nodes.map((node) => [node.id, node]));
  for (const node of more.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map(base.edges.map((edge) => [edge.id, edge]));
  for (const edge of more.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  return {
    truncated: base.truncated || more.truncated,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

const nameOf = (entity: EntityRef, lang: Lang) => (lang === 'ar' ? entity.ar : entity.en);
const readingOf = (edge: GraphEdge, lang: Lang) => (lang === 'ar' ? edge.readingAr : edge.reading);
const sourceHref = (citation: GraphEdge['citations'][number]) =>
  citation.source && citation.start !== null && citation.end !== null
    ? href(`/source/${encodeURIComponent(citation.source.id)}`, { cite: `${citation.start}-${citation.end}` })
    : null;

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
  const [highlight, setHighlight] = useState<string | null>(null);
  const [fresh, setFresh] = useState<{ from: string; nodes: Set<string>; edges: number } | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setGraph(loaded.state === 'done' ? loaded.value : null);
    setSelected(null);
    setFresh(null);
    setExpanded([]);
  }, [loaded]);
  const byId = useMemo(() => new Map(graph?.nodes.map((node) => [node.id, node]) ?? []), [graph]);
  /** Each relation type on screen with its reading in both languages: the API's own words. */
  const typeReadings = useMemo(() => {
    const readings = new Map<string, GraphEdge>();
    for (const edge of graph?.edges ?? []) if (!readings.has(edge.type)) readings.set(edge.type, edge);
    return [...readings].sort(([a], [b]) => a.localeCompare(b));
  }, [graph]);
  const allTypes = typeReadings.map(([type]) => type);
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
    () => shown?.nodes.map((node) => ({ id: node.id, kind: node.kind, label: nameOf(node, lang) })) ?? [],
    [shown, lang],
  );
  const canvasEdges = useMemo(
    () =>
      shown?.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: readingOf(edge, lang),
      })) ?? [],
    [shown, lang],
  );
  const centre = graph?.nodes.find((node) => node.id === route.id) ?? null;
  useViewTitle(centre ? `${nameOf(centre, lang)} · ${t('graph', lang)}` : null, lang);
  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  if (!loaded.value) return <NotFound id={route.id} lang={lang} />;
  if (!graph || !shown || !centre) return null;
  const pick = (selected && byId.get(selected)) || null;
  const expand = (id: string) => {
    setError(null);
    fetchNeighbourhood(id, 1, null, at).then(
      (more) => {
        if (!more) return;
        const known = new Set(graph.nodes.map((node) => node.id));
        const knownEdges = new Set(graph.edges.map((edge) => edge.id));
        setFresh({
          from: id,
          nodes: new Set(more.nodes.filter((node) => !known.has(node.id)).map((node) => node.id)),
          edges: more.edges.filter((edge) => !knownEdges.has(edge.id)).length,
        });
        setExpanded((done) => (done.includes(id) ? done : [...done, id]));
        setGraph((current) => (current ? merge(current, more) : more));
      },
      (e: Error) => setError(e.message),
    );
  };
  const setTypes = (types: string[]) =>
    navigate(
      href(`/graph/${encodeURIComponent(route.id)}`, { hops: route.hops, types: types.join(',') }),
      true,
    );
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 800px)').matches;
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
        <details class="type-filter" open={wide}>
          <summary>
            {t('relationTypes', lang)}
            {chosen.length > 0 && ` (${chosen.length})`}
          </summary>
          <fieldset>
            <legend class="visually-hidden">{t('relationTypes', lang)}</legend>
            {typeReadings.map(([type, edge]) => (
              <label key={type} data-type={type}>
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
                {lang === 'ar' ? <Ar>{edge.readingAr}</Ar> : edge.reading}
              </label>
            ))}
          </fieldset>
        </details>
      </form>
      {graph.truncated && <p role="status">{t('truncated', lang)}</p>}
      {error && <p role="alert">{error}</p>}
      <p role="status" class="expanded-note" data-testid="expanded-note">
        {fresh &&
          `${t('expanded', lang)} ${nameOf(byId.get(fresh.from) ?? centre, lang)}: ${fresh.nodes.size} ${t(
            'newEntities',
            lang,
          )}, ${fresh.edges} ${t('newRelations', lang)} (${t('markedNew', lang)}).`}
      </p>
      <div class="graph-layout">
        <GraphCanvas
          nodes={canvasNodes}
          edges={canvasEdges}
          rootId={route.id}
          label={`${t('graph', lang)}: ${nameOf(centre, lang)}, ${shown.nodes.length} ${t('entities', lang)}, ${shown.edges.length} ${t('relationsWord', lang)}`}
          describedBy="graph-help"
          selected={selected}
          highlight={highlight}
          fresh={fresh?.nodes}
          onSelect={setSelected}
          onExpand={expand}
        />
        <aside class="graph-side" aria-label={t('selection', lang)}>
          <p id="graph-help" class="hint">
            {t('graphHelp', lang)}
          </p>
          <div aria-live="polite">
            {pick && (
              <NodeCard
                entity={pick}
                edges={shown.edges.filter((edge) => edge.source === pick.id || edge.target === pick.id)}
                byId={byId}
                lang={lang}
                onExpand={() => expand(pick.id)}
                onHighlight={setHighlight}
              />
            )}
          </div>
          <Legend lang={lang} open={wide} />
        </aside>
      </div>
      <ExportButtons
        ids={shown.nodes.map((node) => node.id)}
        relations={shown.edges.map((edge) => edge.id)}
        types={chosen}
        at={at}
        name={exportName([
          route.id,
          `${route.hops}hop${route.hops > 1 ? 's' : ''}`,
          ...chosen.map((type) => type.toLowerCase().replace(/_/g, '-')),
          expanded.length ? `expanded-${expanded.length}` : null,
          at,
        ])}
        lang={lang}
      />
      <details class="relation-list" open>
        <summary>
          <h2>
            {t('relationsOnScreen', lang)} ({shown.edges.length})
          </h2>
        </summary>
        <ul>
          {shown.edges.map((edge) => {
            const from = byId.get(edge.source);
            const to = byId.get(edge.target);
            if (!from || !to) return null;
            return (
              <li
                key={edge.id}
                data-relation={edge.id}
                onMouseEnter={() => setHighlight(edge.id)}
                onMouseLeave={() => setHighlight(null)}
                onFocusIn={() => setHighlight(edge.id)}
                onFocusOut={() => setHighlight(null)}
              >
                <a href={entityHref(from.id)}>{lang === 'ar' ? <Ar>{from.ar}</Ar> : from.en}</a>{' '}
                <em>{lang === 'ar' ? <Ar>{edge.readingAr}</Ar> : edge.reading}</em>{' '}
                <a href={entityHref(to.id)}>{lang === 'ar' ? <Ar>{to.ar}</Ar> : to.en}</a>{' '}
                <FactDates tenure={edge} lang={lang} />
                <QuoteLinks edge={edge} lang={lang} />
              </li>
            );
          })}
        </ul>
      </details>
      <details class="node-list" open>
        <summary>
          <h2>
            {t('nodes', lang)} ({shown.nodes.length})
          </h2>
        </summary>
        <ul>
          {shown.nodes.map((node) => (
            <li key={node.id} data-node={node.id} data-new={fresh?.nodes.has(node.id) ? '' : undefined}>
              <KindIcon kind={node.kind} />{' '}
              <a href={entityHref(node.id)}>{lang === 'ar' ? <Ar>{node.ar}</Ar> : node.en}</a>{' '}
              <span class="kind">{kindName(node.kind, lang)}</span>{' '}
              {fresh?.nodes.has(node.id) && <strong class="new-badge">{t('new', lang)}</strong>}{' '}
              <button
                type="button"
                class="link-button"
                onClick={() => expand(node.id)}
                aria-label={`${t('expand', lang)} ${nameOf(node, lang)}`}
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

function QuoteLinks({ edge, lang }: { edge: GraphEdge; lang: Lang }) {
  const links = edge.citations.map(sourceHref).filter((link): link is string => link !== null);
  if (links.length === 0) return null;
  return (
    <span class="quote-links">
      {links.map((link, i) => (
        <a key={link} href={link} class="cite-link">
          {t('quote', lang)}
          {links.length > 1 ? ` ${i + 1}` : ''}
        </a>
      ))}
    </span>
  );
}

/** The selected entity: both names, its kind, and its relations on screen with their dates and quotes. */
function NodeCard({
  entity,
  edges,
  byId,
  lang,
  onExpand,
  onHighlight,
}: {
  entity: EntityRef;
  edges: GraphEdge[];
  byId: Map<string, EntityRef>;
  lang: Lang;
  onExpand: () => void;
  onHighlight: (id: string | null) => void;
}) {
  return (
    <div class="selected" data-testid="node-card" data-entity={entity.id}>
      <h2>
        <KindIcon kind={entity.kind} size={16} /> {lang === 'ar' ? <Ar>{entity.ar}</Ar> : entity.en}
      </h2>
      <p class="other-lang">{lang === 'ar' ? <span lang="en">{entity.en}</span> : <Ar>{entity.ar}</Ar>}</p>
      <p class="kind">{kindName(entity.kind, lang)}</p>
      <p class="card-actions">
        <a href={entityHref(entity.id)}>{t('open', lang)}</a>{' '}
        <button type="button" onClick={onExpand}>
          {t('expand', lang)}
        </button>{' '}
        <a href={href(`/graph/${encodeURIComponent(entity.id)}`, { hops: 1 })}>{t('centreHere', lang)}</a>
      </p>
      <h3>
        {t('relations', lang)} ({edges.length})
      </h3>
      <ul class="card-relations">
        {edges.map((edge) => {
          const outgoing = edge.source === entity.id;
          const other = byId.get(outgoing ? edge.target : edge.source);
          if (!other) return null;
          return (
            <li
              key={edge.id}
              data-relation={edge.id}
              onMouseEnter={() => onHighlight(edge.id)}
              onMouseLeave={() => onHighlight(null)}
            >
              {outgoing ? '→' : '←'} <em>{readingOf(edge, lang)}</em>{' '}
              <a href={entityHref(other.id)}>{nameOf(other, lang)}</a> <FactDates tenure={edge} lang={lang} />{' '}
              <QuoteLinks edge={edge} lang={lang} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** What each shape and colour means; folded on a narrow screen, so that the graph keeps the width. */
export function Legend({ lang, open }: { lang: Lang; open: boolean }) {
  return (
    <details class="legend-box" open={open}>
      <summary>{t('legend', lang)}</summary>
      <ul class="legend">
        {Object.keys(KIND_STYLES).map((kind) => (
          <li key={kind} data-kind={kind}>
            <KindIcon kind={kind} /> {kindName(kind, lang)}
          </li>
        ))}
        <li>
          <span class="fresh-swatch" aria-hidden="true" /> {t('new', lang)}
        </li>
      </ul>
    </details>
  );
}
