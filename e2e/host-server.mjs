// A second origin for embed tests: serves e2e/hosts/*.html and the real pym.js parent library
// from node_modules, on http://localhost:4174 (the graphic is on http://127.0.0.1:4173).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = { '/pym.v1.min.js': join(root, 'node_modules/pym.js/dist/pym.v1.min.js') };
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain',
};
// The built graphic is also served under a sub-path, to test hosting at any path prefix.
const SUB_PATH = '/graphics/2017/wannacry/';
const port = Number(process.env.HOST_PORT ?? 4174);

createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const file = FILES[path] ?? (path.startsWith(SUB_PATH)
    ? join(root, 'dist', safe.slice(SUB_PATH.length) || 'index.html')
    : join(root, 'e2e/hosts', safe));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`host pages on http://localhost:${port}`));
