import { useEffect, useRef } from 'preact/hooks';
import type Cytoscape from 'cytoscape';
import type {
  Core,
  ElementDefinition,
  LayoutOptions,
  NodeSingular,
  Position,
  StylesheetJson,
} from 'cytoscape';
import { kindStyle } from '../kind-styles';

export interface CanvasNode {
  id: string;
  label: string;
  kind: string;
  classes?: string;
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  classes?: string;
}

/** Past this many nodes the force layout costs seconds; a concentric layout by degree stays fast. */
const FORCE_LAYOUT_LIMIT = 300;
/** Past this many elements node labels cost more than they tell. */
const LABEL_LIMIT = 400;
/** Node labels on screen at the default zoom, in CSS pixels: as the page's small text. */
export const LABEL_PX = 14;
/** The default zoom never goes below this: a graph too big to fit at it is panned, not shrunk. */
const MIN_DEFAULT_ZOOM = 0.8;
/** How far from the node it was expanded from a new node is first put, before the layout settles it. */
const EXPANSION_RADIUS = 110;

function fullLayout(nodes: number, rootId: string | undefined, line: boolean): LayoutOptions {
  if (line)
    return {
      name: 'breadthfirst',
      directed: false,
      roots: rootId ? [rootId] : undefined,
      spacingFactor: 1.1,
      animate: false,
    } as LayoutOptions;
  if (nodes <= FORCE_LAYOUT_LIMIT)
    // fCoSE (spectral start, then forces) with labels counted in each node's size, so that the
    // layout itself keeps labels apart.
    return {
      name: 'fcose',
      quality: 'proof',
      animate: false,
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 70,
      nodeRepulsion: () => 9000,
      nodeSeparation: 60,
      gravity: 0.4,
      padding: 20,
      fit: false,
    } as unknown as LayoutOptions;
  return {
    name: 'concentric',
    animate: false,
    fit: false,
    minNodeSpacing: 4,
    concentric: (node: { degree: () => number }) => node.degree(),
    levelWidth: () => 2,
  } as unknown as LayoutOptions;
}

/**
 * Where new nodes go, Bloom-like: around the node they were expanded from (or any drawn
 * neighbour), while every node already drawn keeps its place; fCoSE then settles the new ones
 * with the old ones fixed.
 */
function expansionLayout(cy: Core, fresh: NodeSingular[], kept: Map<string, Position>): LayoutOptions {
  const byAnchor = new Map<string, NodeSingular[]>();
  for (const node of fresh) {
    const anchor = node.neighborhood('node').filter((other) => kept.has(other.id()))[0];
    const key = anchor?.id() ?? '';
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), node]);
  }
  const extent = cy
    .nodes()
    .filter((node) => kept.has(node.id()))
    .boundingBox({});
  for (const [anchorId, group] of byAnchor) {
    const centre = anchorId ? kept.get(anchorId)! : { x: extent.x2 + EXPANSION_RADIUS, y: extent.y1 };
    group.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      node.position({
        x: centre.x + EXPANSION_RADIUS * Math.cos(angle),
        y: centre.y + EXPANSION_RADIUS * Math.sin(angle),
      });
    });
  }
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 70,
    nodeRepulsion: () => 9000,
    fixedNodeConstraint: [...kept].map(([nodeId, position]) => ({ nodeId, position })),
  } as unknown as LayoutOptions;
}

export interface GraphCanvasProps {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** The node to draw from (and mark): the centre of a neighbourhood, the start of a path. */
  rootId?: string;
  /** Draw as a line from the root: for a path. */
  line?: boolean;
  /** What the graph shows, for screen readers. */
  label: string;
  /** The id of an element that tells how to use the graph from the keyboard. */
  describedBy?: string;
  /** The selected node, if any: the canvas marks it and its relations. */
  selected?: string | null;
  /** A relation to mark (hovered or focused in the list beside the graph). */
  highlight?: string | null;
  /** Nodes to mark as new (just brought in by Expand). */
  fresh?: ReadonlySet<string>;
  onSelect?: (id: string | null) => void;
  onExpand?: (id: string) => void;
  /** Milliseconds from creating the graph to its first frame after layout. */
  onRendered?: (ms: number) => void;
}

/** cytoscape and the fCoSE layout, loaded on first use in their own chunk. */
let library: Promise<typeof Cytoscape> | null = null;
function loadLibrary() {
  library ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(
    ([{ default: cytoscape }, { default: fcose }]) => {
      cytoscape.use(fcose);
      return cytoscape;
    },
  );
  return library;
}

/**
 * A Cytoscape.js graph that keeps its drawing across updates: nodes already drawn keep their
 * places when nodes are added (Expand) or come back (a filter undone), and only a different graph
 * is laid out anew. It is focusable: arrow keys walk its nodes, Enter expands the selected one.
 */
export function GraphCanvas({
  nodes,
  edges,
  rootId,
  line = false,
  label,
  describedBy,
  selected = null,
  highlight = null,
  fresh,
  onSelect,
  onExpand,
  onRendered,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** Where each node was drawn, by id: kept across updates so that a node returns to its place. */
  const positions = useRef(new Map<string, Position>());
  const handlers = useRef({ onSelect, onExpand, onRendered });
  handlers.current = { onSelect, onExpand, onRendered };
  const order = useRef<string[]>([]);
  order.current = nodes.map((node) => node.id);

  // Draws (or redraws) whenever the elements change.
  useEffect(() => {
    let live = true;
    const element = container.current!;
    element.dataset.state = 'loading';
    void loadLibrary().then((cytoscape) => {
      if (!live) return;
      const started = performance.now();
      const labels = nodes.length + edges.length <= LABEL_LIMIT;
      let existing = cyRef.current;
      // A different graph (no node in common, or a path) is drawn afresh.
      const continues =
        existing !== null &&
        !line &&
        nodes.some((node) => positions.current.has(node.id) && node.id === rootId);
      if (!continues || !existing) {
        existing?.destroy();
        positions.current.clear();
        existing = cytoscape({
          container: element,
          minZoom: 0.05,
          maxZoom: 3,
          style: style(labels),
          boxSelectionEnabled: false,
        });
        cyRef.current = existing;
        bind(existing, handlers);
      }
      const cy: Core = existing;
      const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => `e:${e.id}`)]);
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      const kept = new Map<string, Position>();
      for (const node of cy.nodes()) kept.set(node.id(), { ...node.position() });
      const additions: ElementDefinition[] = [
        ...nodes
          .filter((node) => cy.getElementById(node.id).empty())
          .map((node) => {
            const remembered = positions.current.get(node.id);
            if (remembered) kept.set(node.id, remembered);
            return {
              group: 'nodes' as const,
              data: { id: node.id, label: node.label, ...kindStyle(node.kind) },
              position: remembered ? { ...remembered } : undefined,
            };
          }),
        ...edges
          .filter((edge) => cy.getElementById(`e:${edge.id}`).empty())
          .map((edge) => ({
            group: 'edges' as const,
            data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, label: edge.label },
          })),
      ];
      cy.add(additions);
      for (const node of nodes) {
        const drawn = cy.getElementById(node.id);
        drawn.data('label', node.label);
        drawn.classes(
          [node.classes, node.id === rootId ? 'root' : '', fresh?.has(node.id) ? 'fresh' : '']
            .filter(Boolean)
            .join(' '),
        );
      }
      for (const edge of edges) cy.getElementById(`e:${edge.id}`).classes(edge.classes ?? '');
      const placed = cy.nodes().filter((node) => kept.has(node.id()));
      const unplaced = cy.nodes().filter((node) => !kept.has(node.id()));
      if (placed.empty()) {
        withSeededRandom(() => cy.layout(fullLayout(nodes.length, rootId, line)).run());
        fitReadable(cy, labels);
      } else if (unplaced.nonempty()) {
        for (const [id, position] of kept) cy.getElementById(id).position(position);
        cy.layout(expansionLayout(cy, unplaced.toArray() as NodeSingular[], kept)).run();
        // fCoSE keeps the fixed nodes' places relative to each other but may shift the whole
        // drawing: shift it back, so that every node already drawn is exactly where it was.
        let dx = 0;
        let dy = 0;
        for (const [id, position] of kept) {
          const now = cy.getElementById(id).position();
          dx += now.x - position.x;
          dy += now.y - position.y;
        }
        dx /= kept.size;
        dy /= kept.size;
        for (const node of unplaced) {
          const now = node.position();
          node.position({ x: now.x - dx, y: now.y - dy });
        }
        for (const [id, position] of kept) cy.getElementById(id).position(position);
        // The view stays where it was; it moves only as far as needed to show what is new.
        const box = unplaced.renderedBoundingBox({});
        const { w, h } = { w: cy.width(), h: cy.height() };
        if (box.x1 < 0 || box.y1 < 0 || box.x2 > w || box.y2 > h)
          cy.panBy({ x: w / 2 - (box.x1 + box.x2) / 2, y: h / 2 - (box.y1 + box.y2) / 2 });
      }
      for (const node of cy.nodes()) positions.current.set(node.id(), { ...node.position() });
      // The layout ran synchronously (animate: false); the next frame is the first one drawn.
      requestAnimationFrame(() => {
        if (!live || !cyRef.current) return;
        const ms = performance.now() - started;
        element.dataset.state = 'rendered';
        element.dataset.renderMs = ms.toFixed(1);
        element.dataset.nodeCount = String(cy.nodes().length);
        element.dataset.edgeCount = String(cy.edges().length);
        element.dataset.zoom = cy.zoom().toFixed(3);
        element.dataset.labelPx = labels ? (LABEL_PX * cy.zoom()).toFixed(1) : '0';
        handlers.current.onRendered?.(ms);
      });
    });
    return () => {
      live = false;
    };
  }, [nodes, edges, rootId, line]);

  useEffect(
    () => () => {
      cyRef.current?.destroy();
      cyRef.current = null;
    },
    [],
  );

  // Marks the selected node, its relations and the highlighted relation.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('near picked hover');
      if (selected) {
        const node = cy.getElementById(selected);
        node.addClass('picked');
        node.connectedEdges().addClass('near');
      }
      if (highlight) cy.getElementById(`e:${highlight}`).addClass('hover');
    });
    if (selected) {
      const node = cy.getElementById(selected);
      const at = node.nonempty() ? node.renderedPosition() : null;
      if (at && (at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height())) cy.center(node);
    }
  }, [selected, highlight, nodes, edges]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().removeClass('fresh');
    for (const id of fresh ?? []) cy.getElementById(id).addClass('fresh');
  }, [fresh]);

  return (
    <div
      ref={container}
      class="graph-canvas"
      role="application"
      aria-roledescription="graph"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      data-testid="graph-canvas"
      onKeyDown={(event) => {
        const ids = order.current;
        if (ids.length === 0) return;
        const at = selected ? ids.indexOf(selected) : -1;
        const step = (by: number) => {
          event.preventDefault();
          handlers.current.onSelect?.(ids[(at + by + ids.length) % ids.length]);
        };
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') step(1);
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') step(at === -1 ? 0 : -1);
        else if ((event.key === 'Enter' || event.key === 'e') && selected) {
          event.preventDefault();
          handlers.current.onExpand?.(selected);
        } else if (event.key === 'Escape' && selected) {
          event.preventDefault();
          handlers.current.onSelect?.(null);
        }
      }}
    />
  );
}

/**
 * Runs a layout with Math.random seeded: fCoSE starts from random positions, and a seed makes
 * the same graph come out the same on every load (an analyst finds a node where it was).
 */
function withSeededRandom(run: () => void) {
  const random = Math.random;
  let state = 42;
  Math.random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  try {
    run();
  } finally {
    Math.random = random;
  }
}

/**
 * Fits the graph, but not below the zoom at which labels stay readable: a larger graph is
 * centred on its root and panned, never shrunk to unreadable labels.
 */
function fitReadable(cy: Core, labels: boolean) {
  cy.fit(undefined, 24);
  if (!labels || cy.zoom() >= MIN_DEFAULT_ZOOM) {
    if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, position: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center();
    return;
  }
  const root = cy.nodes('.root');
  cy.zoom(MIN_DEFAULT_ZOOM);
  cy.center(root.nonempty() ? root : undefined);
}

function bind(cy: Core, handlers: { current: Pick<GraphCanvasProps, 'onSelect' | 'onExpand'> }) {
  cy.on('tap', 'node', (event) => handlers.current.onSelect?.(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.current.onSelect?.(null);
  });
  cy.on('dbltap', 'node', (event) => handlers.current.onExpand?.(event.target.id()));
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  cy.on('mouseover', 'node', (event) => event.target.connectedEdges().addClass('hover'));
  cy.on('mouseout', 'node', (event) => event.target.connectedEdges().removeClass('hover'));
}

const FONT = 'system-ui, "Noto Sans", "Noto Naskh Arabic", Arial, sans-serif';

function style(labels: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)',
        label: labels ? 'data(label)' : '',
        'font-size': LABEL_PX,
        'font-family': FONT,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#fcfdfe',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'node.root',
      style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' },
    },
    {
      selector: 'node.fresh',
      style: { 'border-width': 4, 'border-color': '#d4006a', 'border-style': 'dashed' },
    },
    {
      selector: 'node.picked',
      style: { 'border-width': 5, 'border-color': '#f1c40f', 'border-style': 'solid', 'z-index': 10 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'curve-style': labels ? 'bezier' : 'haystack',
        // Edge labels only where asked for: on hover, for the selected node and for a path.
        label: '',
        'font-size': 12,
        'font-family': FONT,
        color: '#1b1f24',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.95,
        'text-background-padding': '2px',
      },
    },
    {
      selector: 'edge.near, edge.hover, edge.path',
      style: { label: 'data(label)', 'line-color': '#34495e', 'target-arrow-color': '#34495e', width: 2.5 },
    },
    { selector: 'edge.hover', style: { 'z-index': 20, width: 3.5 } },
    {
      selector: 'edge.path',
      style: { width: 4, 'line-color': '#d35400', 'target-arrow-color': '#d35400' },
    },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#d35400' } },
    // The shape is data: cytoscape's types want a literal, checked in kind-styles.tsx.
  ] as unknown as StylesheetJson;
}
