/**
 * A minimal static file server for dist/, so e2e tests run against exactly what a static
 * host would serve. It can also serve a second folder (a cross-origin host page for embeds).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Text types a static host compresses; measuring transfer sizes needs the same (the benchmark). */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|javascript)|image\/svg)/;

export type Encoding = 'br' | 'gzip';
const ENCODERS: Record<Encoding, (body: Buffer) => Buffer> = { br: (body) => brotliCompressSync(body), gzip: (body) => gzipSync(body, { level: 9 }) };

/**
 * Serves a folder. With `compress`, text is sent compressed in the first of those encodings the
 * client accepts, as static hosts do (brotli where they precompress it, gzip otherwise). With
 * `base` ("/oreshnik/"), the folder is served under that path, as on a GitHub Pages project
 * site, and everything outside it is not found.
 */
export async function serveFolder(
  folder: string,
  port = 0,
  host = '127.0.0.1',
  options: { compress?: Encoding[]; base?: string } = {},
): Promise<Served> {
  const root = resolve(folder);
  const base = (options.base ?? '/').replace(/\/*$/, '/');
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!`${url.pathname}/`.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length - 1))));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const encoding = COMPRESSIBLE.test(type) ? options.compress?.find((e) => new RegExp(`\\b${e}\\b`).test(accepted)) : undefined;
      if (encoding) {
        const key = `${encoding}:${path}`;
        if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body));
        res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
        res.end(compressed.get(key));
        return;
      }
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host}:${actualPort}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
