/// <reference types="vitest/config" />
// Builds the UI into LEDE_WEB_OUT (default ../build/web, the folder beside the
// lede binary that `lede serve` serves). The dev server proxies /api to a running
// `lede serve` (LEDE_API, default http://127.0.0.1:8080), or with LEDE_MOCK=1
// answers /api from the JSON files in fixtures/ (see web/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const fixturesDir = resolve(import.meta.dirname, 'fixtures');

/** The fixture for an API path: /api/articles/1 -> fixtures/articles-1.json. */
function fixtureFor(path: string): string {
  const name = path.replace(/^\/api\//, '').replace(/\/+$/, '').replace(/\//g, '-');
  return resolve(fixturesDir, `${name || 'stats'}.json`);
}

function mockApi(): Plugin {
  return {
    name: 'lede-mock-api',
    configureServer(server) {
      server.middlewares.use('/api', (req, res) => {
        const path = '/api' + (req.url ?? '/').split('?')[0];
        const file = fixtureFor(path);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: { code: 'not_found', message: `no fixture for ${path}` } }));
          return;
        }
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig({
  plugins: process.env.LEDE_MOCK ? [mockApi()] : [],
  build: {
    outDir: process.env.LEDE_WEB_OUT ?? resolve(import.meta.dirname, '../build/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: process.env.LEDE_MOCK
      ? undefined
      : { '/api': process.env.LEDE_API ?? 'http://127.0.0.1:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
