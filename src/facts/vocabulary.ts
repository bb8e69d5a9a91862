// The words and caps the facts are written in, shared by the probe that records them and the rules
// and report that read them back: how many targets DNS may supply before the rest is recorded as
// skipped, how large a policy file may be, how many connections one endpoint gets, how an
// untested check says why it was not tested, which address look-up codes mean no answer came, and
// which cipher classes the probe asks about at each version (so the rules know what an
// unanswered version leaves open).
import type { CipherClass, TlsVersionName } from './endpoint.js';

/** MX hosts probed per domain, in preference order; the rest are reported, never silently dropped. */
export const MAX_MX_HOSTS = 10;
/** Addresses probed per DNS-supplied name. */
export const MAX_ADDRESSES_PER_NAME = 8;
/** RFC 8461 §3.2 puts no limit on the file; 64 KiB is far above any real policy. */
export const MAX_MTA_STS_POLICY_BYTES = 64 * 1024;
/**
 * No probe of one endpoint opens more TCP connections than this: what the probe asks of the
 * endpoint that needs the most, with the session's busy retry (src/probe/engine.ts counts it).
 * The extra connections' own busy retries get only what is left of it.
 */
export const MAX_CONNECTIONS_PER_ENDPOINT = 15;

/** How an untested check that met the cap (not the server) says why. */
export const CONNECTION_BUDGET_REACHED = 'connection budget reached';
/** How an untested check says that the server turned its connection away (busy, also on the retry). */
export const TURNED_AWAY = 'turned away as busy';

/**
 * The address look-up codes (node's resolver, getaddrinfo) that are an answer about the name:
 * NXDOMAIN (ENOTFOUND, EAI_NONAME) and a name without such records (ENODATA, EAI_NODATA, and
 * EAI_ADDRFAMILY: none of the family asked).
 */
const ANSWERING_LOOKUP_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_NONAME', 'ENODATA', 'EAI_NODATA', 'EAI_ADDRFAMILY']);

/**
 * Whether an address look-up that failed with this code got no answer, so nothing is known of the
 * name's addresses: every resolver or getaddrinfo code but the answering ones. A time-out, a name
 * server that failed, refused or sent a malformed reply (ETIMEOUT, ESERVFAIL, EREFUSED,
 * ECONNREFUSED, EBADRESP, EFORMERR, ENOTIMP, EAI_AGAIN, EAI_FAIL), a look-up cancelled or the
 * runner out of memory: silence about the name, never "no address". The planner's own words ("no
 * A or AAAA records", an `addresses:` selection that leaves every address out) are answers.
 */
export function lookupGotNoAnswer(code: string): boolean {
  return /^E[A-Z0-9_]+$/.test(code) && !lookupSaidNone(code);
}

/**
 * The resolver codes of a look-up that got no reply at all: the query timed out, the name server
 * refused the connection, or the look-up was cancelled. Silence, which may be the runner's own
 * network: never a finding against the name. (A SERVFAIL or REFUSED is a reply, the one senders
 * using that resolver meet too.)
 */
const NO_REPLY_CODES: ReadonlySet<string> = new Set(['ETIMEOUT', 'ECONNREFUSED', 'ECANCELLED', 'EDESTRUCTION', 'EAI_AGAIN']);

/** Whether a look-up that failed with this code got no reply at all (NO_REPLY_CODES). */
export function lookupGotNoReply(code: string): boolean {
  return NO_REPLY_CODES.has(code);
}

/**
 * Whether a look-up that failed with this code was answered "no such name" or "no records of that
 * type" (NXDOMAIN, NODATA): an answer about the name. Any other failure (a code or not) is not one.
 */
export function lookupSaidNone(code: string): boolean {
  return ANSWERING_LOOKUP_CODES.has(code);
}

/** The versions the cipher questions go to: TLS 1.3 suites fall in none of the classes. */
export type CipherVersion = Exclude<TlsVersionName, 'TLSv1.3'>;

/**
 * The classes of the cipher questions at `version`, before the rules' selection leaves any out.
 * Forward secrecy and AEAD are TLS 1.2 questions (no TLS 1.0 or 1.1 suite is AEAD, and RFC 9325
 * holds TLS 1.2 to forward secrecy); the DH group is asked once, at the newest version accepted.
 * `nonAead`: the endpoint's profile makes non-AEAD suites a class (intermediate, modern).
 */
export function classesAt(version: CipherVersion, newest: boolean, options: { nonAead: boolean }): CipherClass[] {
  const classes: CipherClass[] = ['weak', 'anonymous'];
  if (version === 'TLSv1.2') classes.push('no-forward-secrecy');
  if (version === 'TLSv1.2' && options.nonAead) classes.push('non-aead');
  if (newest) classes.push('dhe');
  return classes;
}
