import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer (index.html, Preact) and the offline GraphQL IDE (graphiql.html, React), built
 * into dist/web, which the server serves. Every asset is local: no CDN, no web font.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  // Preact's JSX for the explorer; the GraphiQL entry is written without JSX, so React needs none.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // `npm run web:dev` serves the explorer with live reload and sends API calls to `npm start`.
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: path.resolve(here, '../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // Hashed file names: the server marks assets/ immutable and index.html no-cache.
    assetsDir: 'assets',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // React libraries mark their modules "use client", which means nothing outside a React server.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: path.resolve(here, 'index.html'),
        graphiql: path.resolve(here, 'graphiql.html'),
      },
    },
  },
});
