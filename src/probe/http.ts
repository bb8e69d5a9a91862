// Port 80: one GET / with the policy host in Host, redirects reported and never followed. The
// socket comes from the endpoint's Connector, so the request can only ever reach the planned
// address. Node's own HTTP client (built in: nothing to fetch, and loaded at the first port-80
// probe rather than at start-up, which most policies' first connections need not wait for) on
// that one socket, with no agent: no pooling, no keep-alive, no retry.
import type net from 'node:net';
import type { Connector } from './connect.js';
import type { HttpFacts, ProbeError } from '../facts/endpoint.js';
import { ProbeFailure, classifySocketError } from './failure.js';

/** The body is read only to let the response finish; no more than this much is taken. */
export const MAX_HTTP_BODY_BYTES = 64 * 1024;
/** The status line and headers together, at most (node's parser stops there with HPE_HEADER_OVERFLOW). */
const MAX_HTTP_HEADER_BYTES = 16 * 1024;

export interface HttpOutcome {
  facts: HttpFacts;
  error: ProbeError | null;
}

/**
 * The Host header for a host name or IP literal on a port (IPv6 literals in brackets). Of these,
 * only an IPv6 literal has a colon: tested so rather than with net.isIPv6, whose first call
 * compiles a large regular expression.
 */
export function hostHeader(host: string, port: number): string {
  const name = host.includes(':') ? `[${host}]` : host;
  return port === 80 ? name : `${name}:${port}`;
}

function errorOf(err: unknown): ProbeError {
  if (err instanceof ProbeFailure) return err.error;
  const { code, syscall } = (err ?? {}) as NodeJS.ErrnoException;
  // llhttp's parse errors (HPE_…): whatever answered, it was not HTTP, or not HTTP within bounds.
  if (typeof code === 'string' && code.startsWith('HPE_')) {
    return { kind: 'misbehaving', step: 'http', message: `not an HTTP response: ${(err as Error).message}` };
  }
  // The server closed before a whole response came: node reports that hang-up as ECONNRESET
  // with no syscall, told apart from a reset (a read that failed) only by packet timing (a close
  // that crosses our request comes back as a reset).
  if (code === 'ECONNRESET' && syscall === undefined) {
    return { kind: 'closed', step: 'http', message: `the connection was closed before a whole response: ${(err as Error).message}` };
  }
  return classifySocketError(err, 'http');
}

export async function probeHttp(connector: Connector, host: string, timeoutMs: number): Promise<HttpOutcome> {
  const failed = (error: ProbeError): HttpOutcome => ({ facts: { status: null, location: null, error: error.message }, error });
  const http = await import('node:http');
  let socket: net.Socket;
  try {
    socket = await connector.connect();
  } catch (err) {
    return failed(errorOf(err));
  }
  return new Promise<HttpOutcome>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: HttpOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      socket.destroy();
      resolve(outcome);
    };
    // One deadline per step (the response head, then the body), each the endpoint's timeout.
    const arm = (what: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(failed({ kind: 'timeout', step: 'http', message: `no ${what} within ${timeoutMs} ms` })), timeoutMs);
    };
    const request = http.request({
      createConnection: () => socket,
      method: 'GET',
      path: '/',
      headers: { host: hostHeader(host, connector.port), 'user-agent': 'mail-tls-gate', connection: 'close' },
      maxHeaderSize: MAX_HTTP_HEADER_BYTES,
      insecureHTTPParser: false,
      // A request without an agent has no redirect handling either: a 3xx comes back as it is.
    });
    request.on('error', (err) => settle(failed(errorOf(err))));
    request.on('response', (response) => {
      arm('response body');
      const location = response.headers.location ?? null;
      const done = () => settle({ facts: { status: response.statusCode ?? null, location, error: null }, error: null });
      let taken = 0;
      response.on('data', (chunk: Buffer) => {
        taken += chunk.length;
        if (taken >= MAX_HTTP_BODY_BYTES) done();
      });
      response.on('end', done);
      response.on('error', (err) => settle(failed(errorOf(err))));
      response.on('close', () => settle(failed({ kind: 'closed', step: 'http', message: 'the connection was closed before a whole response' })));
    });
    arm('response');
    request.end();
  });
}
