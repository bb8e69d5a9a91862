// Port 80: one GET / with the policy host in Host, redirects reported and never followed. The
// socket comes from the endpoint's Connector, so undici can only ever reach the planned address.
import net from 'node:net';
import type { errors as UndiciErrors } from 'undici';
import type { Connector } from './connect.js';
import type { HttpFacts, ProbeError } from './facts.js';
import { ProbeFailure, classifySocketError } from './failure.js';

/** The body is read only to let the response finish; no more than this much is taken. */
export const MAX_HTTP_BODY_BYTES = 64 * 1024;

export interface HttpOutcome {
  facts: HttpFacts;
  error: ProbeError | null;
}

/** The Host header for a host name or IP literal on a port (IPv6 literals in brackets). */
export function hostHeader(host: string, port: number): string {
  const name = net.isIPv6(host) ? `[${host}]` : host;
  return port === 80 ? name : `${name}:${port}`;
}

function errorOf(err: unknown, errors: typeof UndiciErrors): ProbeError {
  if (err instanceof ProbeFailure) return err.error;
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError || err instanceof errors.ConnectTimeoutError) {
    return { kind: 'timeout', step: 'http', message: err.message };
  }
  // undici wraps socket errors; the system code, when there is one, sits on the cause.
  const cause = err instanceof Error && err.cause ? err.cause : err;
  if (cause instanceof ProbeFailure) return cause.error;
  // The server closed before a whole response came: a hang-up, told apart from a reset only by
  // packet timing (a close that crosses our request comes back as a reset).
  if (err instanceof errors.SocketError || cause instanceof errors.SocketError) {
    return { kind: 'closed', step: 'http', message: `the connection was closed before a whole response: ${(err as Error).message}` };
  }
  // llhttp's parse errors: whatever answered, it was not HTTP.
  if (err instanceof errors.HTTPParserError || cause instanceof errors.HTTPParserError) {
    return { kind: 'misbehaving', step: 'http', message: `not an HTTP response: ${(err as Error).message}` };
  }
  const classified = classifySocketError(cause, 'http');
  if (classified.kind !== 'other') return classified;
  if (err instanceof errors.UndiciError) return { kind: 'misbehaving', step: 'http', message: err.message };
  return classified;
}

export async function probeHttp(connector: Connector, host: string, timeoutMs: number): Promise<HttpOutcome> {
  // undici is loaded on the first HTTP probe, not at start-up.
  const { Client, errors } = await import('undici');
  const client = new Client(`http://${hostHeader(connector.address, connector.port)}`, {
    connect: (_options, callback) => {
      connector.connect().then(
        (socket) => callback(null, socket),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
      );
    },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    pipelining: 1,
  });
  // undici's own timers are coarse (about a second); this one holds the step to its deadline.
  let timer: NodeJS.Timeout | undefined;
  const arm = (what: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      client.destroy(new ProbeFailure('timeout', 'http', `no ${what} within ${timeoutMs} ms`)).catch(() => undefined);
    }, timeoutMs);
  };
  try {
    arm('response');
    const response = await client.request({
      path: '/',
      method: 'GET',
      headers: { host: hostHeader(host, connector.port), 'user-agent': 'mail-tls-gate' },
      // A bare Client has no redirect interceptor: a 3xx comes back as it is, never followed.
    });
    arm('response body');
    let taken = 0;
    for await (const chunk of response.body) {
      taken += (chunk as Buffer).length;
      if (taken >= MAX_HTTP_BODY_BYTES) break;
    }
    const location = response.headers['location'];
    return {
      facts: { status: response.statusCode, location: (Array.isArray(location) ? location[0] : location) ?? null, error: null },
      error: null,
    };
  } catch (err) {
    const error = errorOf(err, errors);
    return { facts: { status: null, location: null, error: error.message }, error };
  } finally {
    clearTimeout(timer);
    await client.destroy().catch(() => undefined);
  }
}
