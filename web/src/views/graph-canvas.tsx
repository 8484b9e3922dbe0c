import { useEffect, useRef } from 'preact/hooks';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';

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

export const KIND_COLOURS: Record<string, string> = {
  ORGANIZATION: '#1f5fa8',
  ORGAN: '#2e86c1',
  COMMITTEE: '#5dade2',
  MISSION: '#117a65',
  POSITION: '#b9770e',
  PERSON: '#c0392b',
  COUNTRY: '#6c3483',
  PLACE: '#8e44ad',
  EVENT: '#1e8449',
  AGREEMENT: '#b03a2e',
  DOCUMENT: '#7b7d7d',
  TOPIC: '#566573',
};

/** Past this many nodes the force layout costs seconds; a concentric layout by degree stays fast. */
const FORCE_LAYOUT_LIMIT = 300;
/** Past this many elements node labels cost more than they tell. */
const LABEL_LIMIT = 400;
/** Past this many edges their labels overlap: they show for the selected node's edges only. */
const EDGE_LABEL_LIMIT = 30;

function layoutFor(nodes: number, rootId: string | undefined, line: boolean): LayoutOptions {
  if (line)
    return {
      name: 'breadthfirst',
      directed: false,
      roots: rootId ? [rootId] : undefined,
      spacingFactor: 1.1,
      animate: false,
    } as LayoutOptions;
  if (nodes <= FORCE_LAYOUT_LIMIT)
    return {
      name: 'cose',
      animate: false,
      randomize: false,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 70,
      nodeOverlap: 20,
      gravity: 40,
      componentSpacing: 60,
      numIter: 1000,
    } as unknown as LayoutOptions;
  return {
    name: 'concentric',
    animate: false,
    minNodeSpacing: 4,
    concentric: (node: { degree: () => number }) => node.degree(),
    levelWidth: () => 2,
  } as unknown as LayoutOptions;
}

export interface GraphCanvasProps {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** The node to draw from (and mark): the centre of a neighbourhood, the start of a path. */
  rootId?: string;
  /** Draw as a line from the root: for a path. */
  line?: boolean;
  label: string;
  onSelect?: (id: string) => void;
  onExpand?: (id: string) => void;
  /** Milliseconds from creating the graph to its first frame after layout. */
  onRendered?: (ms: number) => void;
}

/**
 * A Cytoscape.js graph. The library loads on first use, in its own chunk, so that pages without a
 * graph do not pay for it.
 */
export function GraphCanvas({
  nodes,
  edges,
  rootId,
  line = false,
  label,
  onSelect,
  onExpand,
  onRendered,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onSelect, onExpand, onRendered });
  handlers.current = { onSelect, onExpand, onRendered };
  useEffect(() => {
    let cy: Core | null = null;
    let live = true;
    const element = container.current!;
    element.dataset.state = 'loading';
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!live) return;
      const started = performance.now();
      const labels = nodes.length + edges.length <= LABEL_LIMIT;
      const elements: ElementDefinition[] = [
        ...nodes.map((node) => ({
          group: 'nodes' as const,
          data: { id: node.id, label: node.label, colour: KIND_COLOURS[node.kind] ?? '#555' },
          classes: [node.classes, node.id === rootId ? 'root' : ''].filter(Boolean).join(' '),
        })),
        ...edges.map((edge) => ({
          group: 'edges' as const,
          data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, label: edge.label },
          classes: edge.classes ?? '',
        })),
      ];
      cy = cytoscape({
        container: element,
        elements,
        minZoom: 0.05,
        maxZoom: 3,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(colour)',
              label: labels ? 'data(label)' : '',
              'font-size': 11,
              'font-family': 'system-ui, "Noto Sans", "Noto Naskh Arabic", Arial, sans-serif',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'text-wrap': 'wrap',
              'text-max-width': '120px',
              width: 18,
              height: 18,
            },
          },
          {
            selector: 'node.root',
            style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111' },
          },
          { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'line-color': '#9aa5b1',
              'target-arrow-color': '#9aa5b1',
              'target-arrow-shape': 'triangle',
              'curve-style': labels ? 'bezier' : 'haystack',
              label: edges.length <= EDGE_LABEL_LIMIT ? 'data(label)' : '',
              'font-size': 8,
              color: '#444',
              'text-rotation': 'autorotate',
              'text-background-color': '#fff',
              'text-background-opacity': 0.8,
              'text-background-padding': '1px',
            },
          },
          { selector: 'edge.near', style: { label: 'data(label)', 'line-color': '#5d6d7e', width: 2.5 } },
          {
            selector: 'edge.path',
            style: { width: 4, 'line-color': '#d35400', 'target-arrow-color': '#d35400' },
          },
          { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#d35400' } },
        ],
        layout: layoutFor(nodes.length, rootId, line),
      });
      cy.on('tap', 'node', (event) => {
        cy!.edges().removeClass('near');
        event.target.connectedEdges().addClass('near');
        handlers.current.onSelect?.(event.target.id());
      });
      cy.on('dbltap', 'node', (event) => handlers.current.onExpand?.(event.target.id()));
      // The layout ran synchronously (animate: false); the next frame is the first one drawn.
      requestAnimationFrame(() => {
        if (!live) return;
        const ms = performance.now() - started;
        element.dataset.state = 'rendered';
        element.dataset.renderMs = ms.toFixed(1);
        element.dataset.nodeCount = String(cy!.nodes().length);
        element.dataset.edgeCount = String(cy!.edges().length);
        handlers.current.onRendered?.(ms);
      });
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [nodes, edges, rootId, line]);
  return (
    <div ref={container} class="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />
  );
}
