import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Captured request interface: exactly what reached the loopback server. */
export interface CapturedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The path, without the query. */
  readonly path: string;
  /** The raw query string (after `?`, still percent-encoded), `''` when none. */
  readonly query: string;
  /** The request headers, names lower-cased by Node. */
  readonly headers: IncomingHttpHeaders;
  /** The raw body text. */
  readonly body: string;
}

/** Loopback server interface: its origin, what it captured, and how to stop it. */
export interface Loopback {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** `127.0.0.1:<port>`. */
  readonly host: string;
  /** The requests received, in order. */
  readonly captured: CapturedRequest[];
  /** Closes the server. */
  readonly close: () => Promise<void>;
}

/** What the server answers a captured request with: a status and a JSON body. */
export type Responder = (request: CapturedRequest) => { readonly status: number; readonly body: unknown };

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts an HTTP server on 127.0.0.1 at a free port that records every request and answers it with
 * the vendor's success shape, so the SDK under test resolves instead of retrying or throwing.
 *
 * @param respond The answer to each request.
 *
 * @returns The running server.
 */
export async function startLoopback(respond: Responder): Promise<Loopback> {
  const captured: CapturedRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    readBody(request).then(
      (body) => {
        const url = request.url ?? '/';
        const mark = url.indexOf('?');
        const entry: CapturedRequest = {
          method: request.method ?? '',
          path: mark < 0 ? url : url.slice(0, mark),
          query: mark < 0 ? '' : url.slice(mark + 1),
          headers: request.headers,
          body,
        };
        captured.push(entry);
        const answer = respond(entry);
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.body));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    captured,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
