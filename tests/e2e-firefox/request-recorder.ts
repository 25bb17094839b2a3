// An HTTP proxy that writes down every request the browser makes and passes on only those
// for the demo server. Firefox is pointed at it for everything, localhost included, so a
// request from any part of the extension (background, extension pages, content scripts) is
// seen here, which no page-level recorder can promise in Firefox.
import { createServer, request as forward, type IncomingMessage } from 'node:http';

export interface RecordedRequest {
  /** The full address asked for; for an encrypted connection `https://host:port`. */
  url: string;
  /** The Origin or Referer header, when the browser sent one. */
  from: string | null;
}

export interface RequestRecorder {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const fromOf = (request: IncomingMessage) => request.headers.origin ?? request.headers.referer ?? null;

/**
 * Requests for one of `origins` (names of the demo server) are forwarded to the demo server
 * on 127.0.0.1:`demoPort`; any other is answered 403 and only recorded.
 */
export async function startRequestRecorder(origins: string[], demoPort: number): Promise<RequestRecorder> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    requests.push({ url, from: fromOf(incoming) });
    if (!origins.some((origin) => url.startsWith(`${origin}/`))) {
      outgoing.writeHead(403).end();
      return;
    }
    const target = new URL(url);
    const upstream = forward(
      { host: '127.0.0.1', port: demoPort, path: `${target.pathname}${target.search}`, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  // HTTPS goes through CONNECT: nothing of ours needs it, so it is recorded and refused.
  server.on('connect', (incoming: IncomingMessage, socket) => {
    requests.push({ url: `https://${incoming.url ?? ''}`, from: fromOf(incoming) });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The request recorder did not get a port.');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
