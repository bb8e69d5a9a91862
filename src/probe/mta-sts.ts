// MTA-STS (RFC 8461): the `_mta-sts` TXT record and the policy file, read and parsed into facts.
// The fetch goes to mta-sts.<domain> only, at the address the domain resolver gave, with the
// certificate verified, no redirect followed (§3.3), the body capped and a deadline on the whole.
import tls from 'node:tls';
import { canonicalName } from '../common/host-names.js';
import type { MtaStsFetchFacts, MtaStsPolicyFacts, MtaStsRecordFacts } from '../facts/domains.js';
import { lookupGotNoAnswer, MAX_MTA_STS_POLICY_BYTES } from '../facts/vocabulary.js';
import type { TrustSource } from './roots.js';
import { secureContextFor } from './tls.js';

/** RFC 8461 §3.2: max_age is at most 31557600 seconds (about a year). */
const MAX_MTA_STS_MAX_AGE = 31_557_600;

// ---------------------------------------------------------------------------------------------
// The TXT record (RFC 8461 §3.1)

const STS_FIELD = /^([A-Za-z0-9_.-]+)[ \t]*=[ \t]*([\x21-\x3a\x3c\x3e-\x7e]*)$/;

/** Reads the TXT records at _mta-sts.<domain> as a sender would (§3.1). */
export function readMtaStsRecords(records: string[], lookupError: string | null): MtaStsRecordFacts {
  // Records that do not begin with v=STSv1 are not MTA-STS records and are discarded.
  const sts = records.filter((r) => /^v[ \t]*=[ \t]*STSv1(;|[ \t]*$)/.test(r));
  const base = { records, lookupError };
  if (sts.length === 0) return { ...base, id: null, problem: null };
  if (sts.length > 1) return { ...base, id: null, problem: `${sts.length} v=STSv1 records; senders ignore them all unless there is exactly one` };
  const fields = sts[0]!
    .split(';')
    .map((f) => f.trim())
    .filter((f, i, all) => f !== '' || i < all.length - 1);
  const values = new Map<string, string>();
  for (const field of fields.slice(1)) {
    const m = STS_FIELD.exec(field);
    if (!m) return { ...base, id: null, problem: `field '${field}' is not name=value` };
    if (!values.has(m[1]!)) values.set(m[1]!, m[2]!);
  }
  const id = values.get('id');
  if (id === undefined) return { ...base, id: null, problem: 'no id field' };
  if (!/^[A-Za-z0-9]{1,32}$/.test(id)) return { ...base, id: null, problem: `id '${id}' is not 1 to 32 letters and digits` };
  return { ...base, id, problem: null };
}

// ---------------------------------------------------------------------------------------------
// The policy file (RFC 8461 §3.2)

const MX_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

export function parseMtaStsPolicy(text: string): MtaStsPolicyFacts {
  const facts: MtaStsPolicyFacts = { version: null, mode: null, mx: [], maxAge: null, problems: [] };
  const problem = (p: string): void => {
    if (facts.problems.length < 20) facts.problems.push(p);
  };
  const seen = new Set<string>();
  // CRLF per the RFC; a bare LF is what most servers send and every sender accepts.
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = withoutTrailingBlanks(raw);
    if (line === '') return;
    const m = /^([A-Za-z0-9_.-]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) {
      problem(`line ${i + 1} is not key: value`);
      return;
    }
    const key = m[1]!;
    const value = m[2]!;
    if (key === 'mx') {
      if (MX_PATTERN.test(value)) facts.mx.push(canonicalName(value));
      else problem(`mx '${value}' is not a host name or a *. pattern`);
      return;
    }
    // Only the first of a repeated key counts (§3.2).
    if (seen.has(key)) return;
    seen.add(key);
    if (key === 'version') facts.version = value;
    else if (key === 'mode') facts.mode = value;
    else if (key === 'max_age') {
      if (/^\d{1,10}$/.test(value) && Number(value) <= MAX_MTA_STS_MAX_AGE) facts.maxAge = Number(value);
      else problem(`max_age '${value}' is not a whole number of seconds from 0 to ${MAX_MTA_STS_MAX_AGE}`);
    }
  });
  if (facts.version === null) problem('no version field');
  else if (facts.version !== 'STSv1') problem(`version '${facts.version}' is not STSv1`);
  if (facts.mode === null) problem('no mode field');
  else if (!['enforce', 'testing', 'none'].includes(facts.mode)) problem(`mode '${facts.mode}' is not enforce, testing or none`);
  if (facts.maxAge === null && !facts.problems.some((p) => p.startsWith('max_age'))) problem('no max_age field');
  if (facts.mx.length === 0 && facts.mode !== 'none' && !facts.problems.some((p) => p.startsWith('mx'))) problem('no mx field');
  return facts;
}

/**
 * The line without its trailing spaces and tabs, found by one backward scan. A regex such as
 * /[ \t]+$/ retries from every blank of a long run, which is quadratic: seconds of a blocked event
 * loop on a policy file of 64 KiB of spaces.
 */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length ? line : line.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// The fetch (RFC 8461 §3.3)

export interface MtaStsFetchOptions {
  /** The address of mta-sts.<domain>, from the domain resolver. */
  address: string;
  /** 443 in real use; the tests point it at a loopback server's port. */
  port: number;
  extraCa: string[];
  /** The base roots (the `trust` setting); default system. */
  trust?: TrustSource;
  timeoutMs: number;
}

class FetchFailure extends Error {
  constructor(
    readonly kind: NonNullable<MtaStsFetchFacts['errorKind']>,
    message: string,
  ) {
    super(message);
  }
}

const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH/;

function failureOf(err: unknown): FetchFailure {
  if (err instanceof FetchFailure) return err;
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  if (cause instanceof FetchFailure) return cause;
  const code = (cause as NodeJS.ErrnoException | null)?.code ?? '';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (CERTIFICATE_CODES.test(code)) return new FetchFailure('certificate', `certificate not valid for the host: ${code} ${message}`.trim());
  if (/Timeout/i.test((err as Error)?.name ?? '')) return new FetchFailure('timeout', message);
  return new FetchFailure('connection', code && !message.includes(code) ? `${code} ${message}` : message);
}

/** GET https://mta-sts.<domain>/.well-known/mta-sts.txt; never throws. */
export async function fetchMtaStsPolicy(domain: string, options: MtaStsFetchOptions): Promise<{ fetch: MtaStsFetchFacts; text: string | null }> {
  const host = `mta-sts.${domain}`;
  const fetch = fetchNotStarted(domain, options.port, options.address);
  let opened: tls.TLSSocket | undefined;
  // undici is loaded on the first MTA-STS fetch, not at start-up.
  const { Client } = await import('undici');
  const client = new Client(`https://${host}:${options.port}`, {
    // The socket goes to the resolved address only, with the policy host's name for SNI and the
    // certificate check: the fetch can reach nowhere else.
    connect: (_opts, callback) => {
      const socket = (opened = tls.connect({
        host: options.address,
        port: options.port,
        servername: host,
        // The run's one verifying context: the trusted roots are parsed once, not per fetch.
        secureContext: secureContextFor(options.extraCa, options.trust),
        rejectUnauthorized: true,
        ALPNProtocols: ['http/1.1'],
      }));
      let settled = false;
      socket.once('secureConnect', () => {
        settled = true;
        callback(null, socket);
      });
      socket.once('error', (err) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        callback(err, null);
      });
    },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    pipelining: 1,
  });
  const timer = setTimeout(() => {
    client.destroy(new FetchFailure('timeout', `no complete answer within ${options.timeoutMs} ms`)).catch(() => undefined);
  }, options.timeoutMs);
  try {
    const response = await client.request({
      path: '/.well-known/mta-sts.txt',
      method: 'GET',
      headers: { host, 'user-agent': 'mail-tls-gate' },
      // A bare Client has no redirect interceptor: a 3xx comes back as it is, never followed.
    });
    fetch.status = response.statusCode;
    const type = response.headers['content-type'];
    fetch.contentType = (Array.isArray(type) ? type[0] : type) ?? null;
    const location = response.headers['location'];
    if (response.statusCode >= 300 && response.statusCode < 400) fetch.redirect = (Array.isArray(location) ? location[0] : location) ?? null;
    const chunks: Buffer[] = [];
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      fetch.bytes += buffer.length;
      if (fetch.bytes > MAX_MTA_STS_POLICY_BYTES) {
        fetch.tooLarge = true;
        break;
      }
      chunks.push(buffer);
    }
    const ok = response.statusCode === 200 && !fetch.tooLarge;
    return { fetch, text: ok ? Buffer.concat(chunks).toString('utf8') : null };
  } catch (err) {
    const failure = failureOf(err);
    fetch.error = failure.message;
    fetch.errorKind = failure.kind;
    return { fetch, text: null };
  } finally {
    clearTimeout(timer);
    await client.destroy().catch(() => undefined);
    opened?.destroy();
  }
}

/** The facts of a fetch before anything came back: where it goes, and nothing read yet. */
function fetchNotStarted(domain: string, port: number, address: string | null): MtaStsFetchFacts {
  return {
    url: `https://mta-sts.${domain}${port === 443 ? '' : `:${port}`}/.well-known/mta-sts.txt`,
    address,
    status: null,
    contentType: null,
    redirect: null,
    bytes: 0,
    tooLarge: false,
    error: null,
    errorKind: null,
    lookupCode: null,
  };
}

/**
 * The facts of a fetch that never started because the look-up of mta-sts.<domain> gave no
 * address: either DNS said it has none (NXDOMAIN, no A/AAAA records) or no answer came (a
 * time-out, SERVFAIL, a refusal), which says nothing of its addresses. The code is kept as is.
 */
export function unresolvedFetch(domain: string, port: number, code: string): MtaStsFetchFacts {
  const error = lookupGotNoAnswer(code) ? `the address look-up of mta-sts.${domain} got no answer: ${code}` : `mta-sts.${domain} has no address: ${code}`;
  return { ...fetchNotStarted(domain, port, null), error, errorKind: 'unresolved', lookupCode: code };
}

/** The facts of a fetch not made because DNS aimed the policy host where the run does not probe. */
export function skippedFetch(domain: string, port: number, why: string): MtaStsFetchFacts {
  return { ...fetchNotStarted(domain, port, null), error: `not fetched: ${why}`, errorKind: 'skipped' };
}
