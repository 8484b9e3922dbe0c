import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/**
 * What /graphql shows a browser when the Sandbox cannot load: Apollo's page says only "you might
 * be offline", with no way on. This page says why and links to GraphiQL and the explorer, which
 * this server bundles and which work offline.
 */
const FALLBACK = `<div class="fallback" id="sandbox-fallback" role="alert">
  <h1>OIC knowledge graph: GraphQL API</h1>
  <p>The Apollo Sandbox could not load. It comes from Apollo's servers, so it needs the internet:
  this browser seems to be offline, or it blocks them.</p>
  <p><a href="/graphiql">Open GraphiQL</a>, bundled with this server: it works offline and opens on the
  same example operations. Or browse the graph in <a href="/">the explorer</a>.</p>
  <p>The API itself answers at this address (POST /graphql).</p>
</div>`;

/**
 * The Apollo Sandbox (embedded from Apollo's CDN, telemetry off, opened on the example
 * operations) with a fallback of our own: the page falls back on it while the Sandbox has not
 * drawn, and the empty Sandbox frame, which would cover its links, is hidden.
 */
export function landingPagePlugin(document: string): ApolloServerPlugin {
  const apollo = ApolloServerPluginLandingPageLocalDefault({
    embed: { runTelemetry: false },
    footer: false,
    document,
  });
  return {
    async serverWillStart(context) {
      const listener = await apollo.serverWillStart!(context);
      return {
        async renderLandingPage() {
          const page = await listener!.renderLandingPage!();
          const html = typeof page.html === 'string' ? page.html : await page.html();
          return { html: withFallback(html) };
        },
      };
    },
  };
}

/** Apollo's page with its fallback replaced by ours; the page's own nonce lets our style in. */
export function withFallback(html: string): string {
  const nonce = /nonce="?([0-9a-f]+)"?/.exec(html)?.[1];
  const style = nonce
    ? `<style nonce="${nonce}">#embeddableSandbox:empty { display: none; } #sandbox-fallback a { color: #0b5cad; }</style>`
    : '';
  return html
    .replace('<title>Apollo Server</title>', '<title>OIC knowledge graph: GraphQL API</title>')
    .replace(/<div class="fallback">[\s\S]*?<\/div>/, FALLBACK + style);
}
