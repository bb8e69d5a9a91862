// The domains stage: for each policy domain, what DNS and the MTA-STS policy host show — the MX
// list (or a null MX, or why it could not be had), the MTA-STS record and policy file, and the
// TLS-RPT record. Facts only: no judgement, and nothing thrown. The only hosts contacted are the
// name server and mta-sts.<domain>, which the policy names implicitly by naming the domain.
import type { DomainPolicy } from '../policy/types.js';
import { canonicalName, errorCodeOf, type DomainResolver } from './dns.js';
import { Semaphore } from './semaphore.js';
import type { TrustSource } from './roots.js';
import {
  fetchMtaStsPolicy,
  parseMtaStsPolicy,
  readMtaStsRecords,
  unresolvedFetch,
  type MtaStsFacts,
} from './mta-sts.js';
import { readTlsRptRecords, type TlsRptFacts } from './tls-rpt.js';

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

export interface DomainFacts {
  domain: string;
  mx: MxFacts;
  /** Null when the policy does not ask about MTA-STS (`mta-sts: off`). */
  mtaSts: MtaStsFacts | null;
  /** Null when the policy does not ask about TLS-RPT (`tls-rpt: off`). */
  tlsRpt: TlsRptFacts | null;
  durationMs: number;
}

export interface DomainProbeOptions {
  resolver: DomainResolver;
  extraCa: string[];
  /** The base roots (the `trust` setting); default system. */
  trust?: TrustSource;
  /** Deadline of each step (a DNS query, the policy fetch). */
  timeoutMs: number;
  /** The MTA-STS policy host's port: 443, except in tests. */
  mtaStsPort?: number;
  /** Domains looked at once. */
  concurrency?: number;
}

/** The hosts that receive the domain's mail: the MX hosts, or the domain itself when implicit. */
export function mailHosts(facts: DomainFacts): string[] {
  if (facts.mx.nullMx || facts.mx.error !== null) return [];
  if (facts.mx.implicit) return [facts.domain];
  return [...new Set(facts.mx.records.map((r) => r.host))];
}

async function observeMx(domain: string, resolver: DomainResolver): Promise<MxFacts> {
  const answer = await resolver.mx(domain);
  if (!answer.ok) {
    // NODATA: the name exists with no MX, so its own A/AAAA stand in (RFC 5321 §5.1).
    if (answer.code === 'ENODATA') return { records: [], nullMx: false, implicit: true, error: null };
    return { records: [], nullMx: false, implicit: false, error: answer.code };
  }
  const records = answer.value
    .map((r) => ({ host: canonicalName(r.exchange), preference: r.priority }))
    .sort((a, b) => a.preference - b.preference || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  const nullMx = records.length === 1 && records[0]!.host === '' && records[0]!.preference === 0;
  return { records, nullMx, implicit: false, error: null };
}

async function observeMtaSts(domain: string, options: DomainProbeOptions): Promise<MtaStsFacts> {
  const port = options.mtaStsPort ?? 443;
  const txt = await options.resolver.txt(`_mta-sts.${domain}`);
  const record = readMtaStsRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
  let address: string;
  try {
    address = (await options.resolver.addresses(`mta-sts.${domain}`))[0]!;
  } catch (err) {
    return { record, fetch: unresolvedFetch(domain, port, errorCodeOf(err)), policy: null };
  }
  const { fetch, text } = await fetchMtaStsPolicy(domain, { address, port, extraCa: options.extraCa, trust: options.trust, timeoutMs: options.timeoutMs });
  return { record, fetch, policy: text === null ? null : parseMtaStsPolicy(text) };
}

async function observeTlsRpt(domain: string, resolver: DomainResolver): Promise<TlsRptFacts> {
  const txt = await resolver.txt(`_smtp._tls.${domain}`);
  return readTlsRptRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
}

async function observeDomain(policy: DomainPolicy, options: DomainProbeOptions): Promise<DomainFacts> {
  const started = performance.now();
  const domain = canonicalName(policy.domain);
  const [mx, mtaSts, tlsRpt] = await Promise.all([
    observeMx(domain, options.resolver),
    policy.mtaSts === 'off' ? null : observeMtaSts(domain, options),
    policy.tlsRpt === 'off' ? null : observeTlsRpt(domain, options.resolver),
  ]);
  return { domain, mx, mtaSts, tlsRpt, durationMs: Math.round(performance.now() - started) };
}

/** Every policy domain's facts, in policy order, a bounded number at a time. */
export function observeDomains(domains: readonly DomainPolicy[], options: DomainProbeOptions): Promise<DomainFacts[]> {
  const slots = new Semaphore(Math.max(1, options.concurrency ?? 8));
  return Promise.all(domains.map((policy) => slots.run(() => observeDomain(policy, options))));
}
