// Serves the bundled demo care system (tests/fixtures) on 127.0.0.1, for `npm start`,
// the e2e tests and anyone who wants to try the extension. Static files only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../tests/fixtures', import.meta.url)));
const NODE_MODULES = resolve(fileURLToPath(new URL('../node_modules', import.meta.url)));

/** Editor libraries the fixture pages load, served from node_modules under /vendor/<name>/ (and nothing else). */
const VENDOR = new Set(['quill', 'tinymce', 'ckeditor5', 'ckeditor4', 'jodit', 'quill1', 'summernote', 'jquery', 'squire-rte', 'trix', 'draft-js']);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface DemoServer {
  /** Base address, e.g. http://127.0.0.1:4317 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Maps a request path into `root`, refusing anything that climbs out of it. */
export function fileForPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative.endsWith('/') || relative === '' ? join(relative, 'index.html') : relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export async function startDemoServer(options: { port?: number; host?: string; root?: string } = {}): Promise<DemoServer> {
  const root = options.root ?? FIXTURES_DIR;
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const vendor = /^\/vendor\/([a-z0-9-]+)(\/.*)$/.exec(request.url ?? '');
      let file =
        vendor && VENDOR.has(vendor[1] ?? '')
          ? fileForPath(join(NODE_MODULES, vendor[1] ?? ''), vendor[2] ?? '/')
          : fileForPath(root, request.url ?? '/');
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ready());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The demo server did not get a port.');
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4317);
  const demo = await startDemoServer({ port });
  console.log(`Demo care system: ${demo.origin}/demo/ (Ctrl+C stops it)`);
}
