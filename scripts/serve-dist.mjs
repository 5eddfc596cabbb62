// A built folder served as a static host would serve it: every file gzipped (once, then from
// memory), hashed assets cacheable. The benchmark and the layout measures read the pages through it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Serves `dist` on a free local port; `pages` adds pages by path that are not files ({ '/floor.html': html }).
 * Resolves to the base URL (no trailing slash) and a close function.
 */
export async function serveDist(dist, pages = {}) {
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body;
    let type = TYPES['.html'];
    if (path in pages) body = Buffer.from(pages[path]);
    else {
      const file = join(dist, normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, ''));
      try {
        body = readFileSync(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      } catch {
        res.writeHead(404).end();
        return;
      }
    }
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache' });
    res.end(gzipped.get(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
