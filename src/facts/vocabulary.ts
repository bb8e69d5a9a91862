// The words and caps the facts are written in, shared by the probe that records them and the rules
// and report that read them back: how many targets DNS may supply before the rest is recorded as
// skipped, how large a policy file may be, how many connections one endpoint gets, and how an
// untested check says why it was not tested.

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
