// A minimal static file server on 127.0.0.1 for built output (Storybook, dist/), used by
// the a11y matrix, the end-to-end checks and the demo server.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Sends the file under `root` that `urlPath` names (index.html for folders).
 * @returns false when there is no such file, so the caller can answer 404 or try elsewhere
 */
export function sendStatic(root, urlPath, response, headers = {}) {
  const base = resolve(root);
  let path = normalize(join(base, decodeURIComponent(urlPath)));
  if (!path.startsWith(base)) return false;
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!statSync(path).isFile()) return false;
  } catch {
    return false;
  }
  response.writeHead(200, {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...headers,
  });
  createReadStream(path).pipe(response);
  return true;
}

/** Serves `root` on 127.0.0.1 at `port` (0 picks a free one); resolves to { server, url }. */
export function serveStatic(root, port = 0) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (!sendStatic(root, pathname, response)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}` });
    });
  });
}
