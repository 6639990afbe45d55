// A static server on 127.0.0.1 for the demo, the end-to-end tests and the benchmark.
// Serves files from the given folders, plus any page registered with put().
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** @param {readonly string[]} roots */
export async function startPageServer(roots) {
  /** @type {Map<string, { body: string | Buffer, type: string }>} */
  const extra = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const registered = extra.get(path);
    const headers = (type) => ({ 'content-type': type, 'cache-control': 'no-store' });
    if (registered) {
      response.writeHead(200, headers(registered.type));
      response.end(registered.body);
      return;
    }
    const relative = normalize(path).replace(/^([/\\]*\.\.[/\\])+/, '');
    for (const root of roots) {
      try {
        const body = await readFile(join(root, relative));
        response.writeHead(200, headers(TYPES[extname(relative)] ?? 'application/octet-stream'));
        response.end(body);
        return;
      } catch {
        // Not in this folder: try the next one.
      }
    }
    response.writeHead(404, headers('text/plain'));
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Serves `body` at `path` (for example `/generated/big.html`) until the server closes. */
    put(path, body, type = 'text/html; charset=utf-8') {
      extra.set(path, { body, type });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
