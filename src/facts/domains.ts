// What the domains stage observed for one policy domain: the MX list, the MX hosts to probe with
// their addresses, what DNS supplied that the run left unprobed, the MTA-STS record and policy
// file (RFC 8461), and the TLS-RPT record (RFC 8460). The shape is the report's `domains[]`
// (docs/architecture.md, "Report format"). Facts, never findings: see docs/architecture.md,
// "Facts versus findings".
import type { DaneFacts } from './dane.js';

export interface DomainFacts {
  domain: string;
  mx: MxFacts;
  /** The mail hosts to probe, with their addresses; null when the policy asks no services of them. */
  mxHosts: MxHostFacts[] | null;
  /** What DNS supplied and the run left unprobed; empty when nothing was. */
  skipped: SkippedTarget[];
  /** Null when the policy does not ask about MTA-STS (`mta-sts: off`). */
  mtaSts: MtaStsFacts | null;
  /** Null when the policy does not ask about TLS-RPT (`tls-rpt: off`). */
  tlsRpt: TlsRptFacts | null;
  /** Null when the policy does not ask about DANE (`dane: off`, the default). */
  dane: DaneFacts | null;
  durationMs: number;
}

export interface MxFacts {
  /** The MX records, by preference then name; host names lower case without the final dot. */
  records: { host: string; preference: number }[];
  /** RFC 7505: a single MX record of preference 0 and name `.`: the domain accepts no mail. */
  nullMx: boolean;
  /** No MX records but the name exists: mail goes to the domain's own address (RFC 5321 §5.1). */
  implicit: boolean;
  /** The look-up's error code (ENOTFOUND for NXDOMAIN, ESERVFAIL, ETIMEOUT, …); null when it answered. */
  error: string | null;
}

/**
 * The mail hosts an MX answer names: none for a null MX or a failed look-up, the domain itself
 * for an implicit MX (RFC 5321 §5.1), else each MX host once, in MX order.
 */
export function mxHostNames(domain: string, mx: MxFacts): string[] {
  if (mx.nullMx || mx.error !== null) return [];
  return mx.implicit ? [domain] : [...new Set(mx.records.map((r) => r.host))];
}

/**
 * What DNS supplied that is not probed, and why: MX names that are not host names, MX hosts past
 * MAX_MX_HOSTS, a CNAME target that is not a host name (the host it belongs to is not probed),
 * addresses in a restricted range without allow-loopback, addresses past MAX_ADDRESSES_PER_NAME.
 */
export interface SkippedTarget {
  /** What the name is to the domain: one of its MX hosts, or its MTA-STS policy host. */
  role: 'mx' | 'mta-sts';
  reason: 'not-a-host-name' | 'too-many-mx-hosts' | 'restricted-address' | 'too-many-addresses';
  /** The host whose CNAME or addresses were left out; null when MX names themselves were. */
  host: string | null;
  /** The names or addresses left out, as DNS gave them (remote text: neutralise before printing). */
  left: string[];
}

/** An MX host (or the domain itself, for an implicit MX) as the plan will probe it. */
export interface MxHostFacts {
  host: string;
  /** The addresses to probe: at most MAX_ADDRESSES_PER_NAME, none restricted unless allowed. */
  addresses: string[];
  /** The address look-up's error code when the host has no address; null otherwise. */
  error: string | null;
}

export interface MtaStsFacts {
  record: MtaStsRecordFacts;
  fetch: MtaStsFetchFacts;
  /** The parsed file, when a 200 answer with a body within the cap came back. */
  policy: MtaStsPolicyFacts | null;
}

export interface MtaStsRecordFacts {
  /** Every TXT record at _mta-sts.<domain>, as served. */
  records: string[];
  /** The `id` of the one v=STSv1 record, when there is exactly one and it parses. */
  id: string | null;
  /** What is wrong with the v=STSv1 record(s): none, several, or one that does not parse. */
  problem: string | null;
  /** The TXT look-up's error code (ENOTFOUND, ENODATA, …), null when it answered. */
  lookupError: string | null;
}

export interface MtaStsFetchFacts {
  url: string;
  /** The address connected to (of mta-sts.<domain>), null when the name did not resolve. */
  address: string | null;
  status: number | null;
  contentType: string | null;
  /** The Location of a 3xx answer: reported, never followed. */
  redirect: string | null;
  /** Body bytes read (at most the cap plus one chunk). */
  bytes: number;
  /** The body went past MAX_MTA_STS_POLICY_BYTES; reading stopped there. */
  tooLarge: boolean;
  /** Why no policy text was had (resolution, connection, certificate, time-out), null otherwise. */
  error: string | null;
  /**
   * The error's kind, for the rules: the name has no address; or `skipped`, the fetch was not made
   * because DNS pointed the policy host somewhere the run does not go (see src/probe/dns-targets.ts).
   */
  errorKind: 'unresolved' | 'skipped' | 'certificate' | 'timeout' | 'connection' | null;
  /**
   * With `unresolved`, the address look-up's error code: ENOTFOUND (NXDOMAIN) or ENODATA (no
   * A/AAAA records) are answers, ETIMEOUT, ESERVFAIL, EREFUSED, … are none (lookupGotNoAnswer in
   * vocabulary.ts). Null otherwise.
   */
  lookupCode: string | null;
}

export interface MtaStsPolicyFacts {
  version: string | null;
  /** The mode as written (may be anything); `valid` says whether it is one of RFC 8461's. */
  mode: string | null;
  mx: string[];
  maxAge: number | null;
  /** Every way the text breaks RFC 8461 §3.2, in our words; empty when it parses. */
  problems: string[];
}

export interface TlsRptFacts {
  /** Every TXT record at _smtp._tls.<domain>, as served. */
  records: string[];
  /** The rua URIs (mailto: or https:) of the one valid v=TLSRPTv1 record; empty otherwise. */
  rua: string[];
  /** What is wrong: no v=TLSRPTv1 record, several, or one that does not parse. Null when valid. */
  problem: string | null;
  /** The TXT look-up's error code (ENOTFOUND, ENODATA, …), null when it answered. */
  lookupError: string | null;
}
