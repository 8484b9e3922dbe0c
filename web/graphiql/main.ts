import { createElement as h, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { SANDBOX_OPERATIONS } from '../../src/http/apollo/examples';

/**
 * The offline GraphQL IDE at /graphiql: GraphiQL with React bundled here, so that it works without
 * a CDN, opened on the same example operations as Apollo Sandbox. A toolbar toggle sends
 * `x-debug-db: 1`, for the round trips each operation costs (extensions.db).
 */
const DEBUG_STORAGE = 'oickg.graphiql.debugDb';
let debugDb = localStorage.getItem(DEBUG_STORAGE) === '1';

type Params = { query: string; variables?: unknown; operationName?: string | null };

async function fetcher(params: Params, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      ...(options?.headers as Record<string, string> | undefined),
      'content-type': 'application/json',
      accept: 'application/json',
      ...(debugDb ? { 'x-debug-db': '1' } : {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

function DebugToggle(): ReactNode {
  const [on, setOn] = useState(debugDb);
  return h(
    'button',
    {
      type: 'button',
      className: 'graphiql-toolbar-button',
      'aria-pressed': on,
      title: 'Send x-debug-db: 1 (database round trips in extensions.db)',
      style: { fontSize: 11, width: 'auto', padding: '0 4px', fontWeight: on ? 700 : 400 },
      onClick: () => {
        debugDb = !on;
        localStorage.setItem(DEBUG_STORAGE, debugDb ? '1' : '0');
        setOn(debugDb);
      },
    },
    on ? 'db ✓' : 'db',
  );
}

function App(): ReactNode {
  return h(
    GraphiQL,
    { fetcher, defaultQuery: SANDBOX_OPERATIONS, defaultEditorToolsVisibility: 'headers' },
    h(GraphiQL.Logo, null, h('a', { href: '/', style: { textDecoration: 'none' } }, 'OIC knowledge graph')),
    h(GraphiQL.Toolbar, {
      children: ({ prettify, copy, merge }: { prettify: ReactNode; copy: ReactNode; merge: ReactNode }) =>
        h('div', { style: { display: 'contents' } }, prettify, merge, copy, h(DebugToggle)),
    }),
  );
}

createRoot(document.getElementById('graphiql')!).render(h(App));
