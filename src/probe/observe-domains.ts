// The domains stage: for each policy domain, what DNS and the MTA-STS policy host show — the MX
// list (or a null MX, or why it could not be had), the addresses of the MX hosts to probe, the
// MTA-STS record and policy file, the TLS-RPT record, and for DANE the MX answer's and the MX
// hosts' TLSA answers' DNSSEC status with the TLSA records. Facts only: no judgement, and nothing
// thrown. The only hosts contacted are the name server and mta-sts.<domain>, which the policy
// names implicitly by naming the domain. Every name and address DNS supplies is held to
// dns-targets.ts (host-name syntax, caps, no loopback without allow-loopback); what is left out
// is kept as a fact, never dropped in silence.
import type { DomainPolicy } from '../policy/types.js';
import { canonicalName } from '../common/host-names.js';
import type { DaneFacts, DaneHostFacts, DnssecAnswer } from '../facts/dane.js';
import { DNSSEC_ERRORS } from '../facts/dane-vocabulary.js';
import { type DomainFacts, type MtaStsFacts, type MxFacts, type MxHostFacts, type SkippedTarget, type TlsRptFacts, mxHostNames } from '../facts/domains.js';
import { MAX_MX_HOSTS } from '../facts/vocabulary.js';
import { errorCodeOf, type DomainResolver } from '../resolve/dns.js';
import type { DaneResolver } from '../resolve/dnssec-query.js';
import { admitAddresses, isHostName, MAX_CNAME_HOPS } from './dns-targets.js';
import { Semaphore } from './semaphore.js';
import type { TrustSource } from './roots.js';
import { fetchMtaStsPolicy, parseMtaStsPolicy, readMtaStsRecords, skippedFetch, unresolvedFetch } from './mta-sts.js';
import { readTlsRptRecords } from './tls-rpt.js';

export interface DomainProbeOptions {
  resolver: DomainResolver;
  /** The DNSSEC-aware look-ups for domains whose policy asks about DANE; without it, their facts say there was no resolver. */
  dane?: DaneResolver;
  extraCa: string[];
  /** The base roots (the `trust` setting); default system. */
  trust?: TrustSource;
  /** Deadline of each step (a DNS query, the policy fetch). */
  timeoutMs: number;
  /** The MTA-STS policy host's port: 443, except in tests. */
  mtaStsPort?: number;
  /** Domains looked at once. */
  concurrency?: number;
  /** Probe DNS-supplied addresses in loopback, link-local, unspecified and multicast ranges too. */
  allowLoopback?: boolean;
  /** Host names the policy lists under `hosts:` (canonical): its own choice, so never restricted. */
  policyHosts?: ReadonlySet<string>;
}

async function observeMx(domain: string, resolver: DomainResolver, skipped: SkippedTarget[]): Promise<MxFacts> {
  const answer = await resolver.mx(domain);
  if (!answer.ok) {
    // NODATA: the name exists with no MX, so its own A/AAAA stand in (RFC 5321 §5.1).
    if (answer.code === 'ENODATA') return { records: [], nullMx: false, implicit: true, error: null };
    return { records: [], nullMx: false, implicit: false, error: answer.code };
  }
  const all = answer.value
    .map((r) => ({ exchange: r.exchange, host: canonicalName(r.exchange), preference: r.priority }))
    .sort((a, b) => a.preference - b.preference || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  if (all.length === 1 && all[0]!.host === '' && all[0]!.preference === 0) {
    return { records: [{ host: '', preference: 0 }], nullMx: true, implicit: false, error: null };
  }
  // A name c-ares passes through with ':', '#', '[', spaces or escapes in it is no host to probe,
  // and printed raw it could be a workflow command: it is kept aside, never planned.
  const notNames = all.filter((r) => !isHostName(r.exchange));
  if (notNames.length > 0) skipped.push({ role: 'mx', reason: 'not-a-host-name', host: null, left: notNames.map((r) => r.exchange) });
  const hosts = [...new Set(all.filter((r) => isHostName(r.exchange)).map((r) => r.host))];
  const kept = new Set(hosts.slice(0, MAX_MX_HOSTS));
  if (hosts.length > MAX_MX_HOSTS) skipped.push({ role: 'mx', reason: 'too-many-mx-hosts', host: null, left: hosts.slice(MAX_MX_HOSTS) });
  const records = all.filter((r) => kept.has(r.host)).map(({ host, preference }) => ({ host, preference }));
  return { records, nullMx: false, implicit: false, error: null };
}

/** The first CNAME target on the chain from `name` that is not a host name, or null. */
async function badCnameTarget(name: string, resolver: DomainResolver): Promise<string | null> {
  const seen = new Set([name]);
  let current = name;
  for (let hop = 0; hop < MAX_CNAME_HOPS; hop++) {
    const answer = await resolver.cname(current);
    if (!answer.ok || answer.value.length === 0) return null;
    const target = answer.value[0]!;
    if (!isHostName(target)) return target;
    current = canonicalName(target);
    // A loop: the address look-up fails on its own.
    if (seen.has(current)) return null;
    seen.add(current);
  }
  return null;
}

/** The addresses of a DNS-supplied host to contact, or why its look-up failed. */
type AdmittedHost = { addresses: string[]; error: string | null };

/**
 * A DNS-supplied host's addresses to contact, or why there are none: its CNAME chain leaves host
 * names, its look-up failed, or every address lies in a restricted range. What is left out is
 * added to `skipped`; addresses past the cap only for MX hosts (the MTA-STS fetch uses one). An
 * MX host the policy also lists under `hosts:` is the policy's own choice: nothing is withheld.
 */
async function admittedHost(
  host: string,
  role: SkippedTarget['role'],
  options: DomainProbeOptions,
  skipped: SkippedTarget[],
): Promise<AdmittedHost | null> {
  if (!isHostName(host)) {
    skipped.push({ role, reason: 'not-a-host-name', host: null, left: [host] });
    return null;
  }
  const exempt = role === 'mx' && (options.policyHosts?.has(host) ?? false);
  if (!exempt) {
    const target = await badCnameTarget(host, options.resolver);
    if (target !== null) {
      skipped.push({ role, reason: 'not-a-host-name', host, left: [target] });
      return null;
    }
  }
  let found: string[];
  try {
    found = await options.resolver.addresses(host);
  } catch (err) {
    return { addresses: [], error: errorCodeOf(err) };
  }
  if (exempt) return { addresses: [...new Set(found)], error: null };
  const admitted = admitAddresses(found, options.allowLoopback ?? false);
  if (admitted.restricted.length > 0) skipped.push({ role, reason: 'restricted-address', host, left: admitted.restricted.map((r) => r.address) });
  if (admitted.overCap.length > 0 && role === 'mx') skipped.push({ role, reason: 'too-many-addresses', host, left: admitted.overCap });
  return admitted.kept.length > 0 ? { addresses: admitted.kept, error: null } : null;
}

/** Questions about one domain's MX hosts in flight at once: address look-ups and TLSA look-ups together. */
const MX_HOST_LOOKUPS = 4;

async function observeMtaSts(domain: string, options: DomainProbeOptions, skipped: SkippedTarget[]): Promise<MtaStsFacts> {
  const port = options.mtaStsPort ?? 443;
  const host = `mta-sts.${domain}`;
  const txt = await options.resolver.txt(`_mta-sts.${domain}`);
  const record = readMtaStsRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
  const before = skipped.length;
  const found = await admittedHost(host, 'mta-sts', options, skipped);
  if (found === null) {
    const why = skipped.slice(before).some((s) => s.reason === 'restricted-address')
      ? 'every address of the policy host is loopback, link-local, unspecified or multicast (allow-loopback is off)'
      : 'the policy host or its CNAME target is not a host name';
    return { record, fetch: skippedFetch(domain, port, why), policy: null };
  }
  if (found.error !== null) return { record, fetch: unresolvedFetch(domain, port, found.error), policy: null };
  const { fetch, text } = await fetchMtaStsPolicy(domain, { address: found.addresses[0]!, port, extraCa: options.extraCa, trust: options.trust, timeoutMs: options.timeoutMs });
  return { record, fetch, policy: text === null ? null : parseMtaStsPolicy(text) };
}

/** The TLSA records at `_25._tcp.<host>`. The name is the MX host's own: an MX host that is a CNAME alias is not expanded first. */
async function observeTlsa(host: string, dane: DaneResolver): Promise<DaneHostFacts> {
  const tlsaName = `_25._tcp.${host}`;
  const found = await dane.tlsa(tlsaName);
  return { host, tlsaName, tlsa: found.tlsa, records: found.records };
}

/**
 * The MX hosts' addresses (when the policy asks services of them) and, for DANE, their TLSA
 * records, asked at once: the TLSA names follow from the MX answer alone, so they need not wait
 * for the addresses. Both share one bound, a host's address question queued before its TLSA
 * question, so the first hosts are answered first.
 */
async function observeMxHosts(
  domain: string,
  mx: MxFacts,
  asks: { addresses: boolean; tlsa: DaneResolver | null },
  options: DomainProbeOptions,
  skipped: SkippedTarget[],
): Promise<{ mxHosts: MxHostFacts[] | null; tlsa: DaneHostFacts[] | null }> {
  const names = mxHostNames(domain, mx);
  // A few questions at a time: an address look-up is two to four queries, and several domains run at once.
  const slots = new Semaphore(MX_HOST_LOOKUPS);
  const addresses: Promise<AdmittedHost | null>[] = [];
  const tlsa: Promise<DaneHostFacts>[] = [];
  for (const host of names) {
    if (asks.addresses) addresses.push(slots.run(() => admittedHost(host, 'mx', options, skipped)));
    const dane = asks.tlsa;
    if (dane !== null) tlsa.push(slots.run(() => observeTlsa(host, dane)));
  }
  const [found, tlsaFound] = await Promise.all([Promise.all(addresses), Promise.all(tlsa)]);
  const mxHosts = asks.addresses ? names.flatMap((host, i) => (found[i] ? [{ host, ...found[i]! }] : [])) : null;
  if (asks.tlsa === null) return { mxHosts, tlsa: null };
  // DANE speaks of the hosts the plan probes: an MX host left out above (its CNAME chain leaves
  // host names, or every address of it is restricted) has no TLSA facts, as it is not contacted.
  // When the policy asks no services of the MX hosts, every host DNS named keeps its TLSA facts,
  // so that a missing TLSA record is still seen.
  const probed = mxHosts === null ? null : new Set(mxHosts.map((h) => h.host));
  return { mxHosts, tlsa: probed === null ? tlsaFound : tlsaFound.filter((h) => probed.has(h.host)) };
}

/** The DANE facts (RFC 7672 §2.2): the MX answer's DNSSEC status, and the TLSA facts of each MX host, in MX order. */
async function observeDane(mxAnswer: Promise<DnssecAnswer> | null, hosts: DaneHostFacts[] | null): Promise<DaneFacts> {
  if (mxAnswer === null || hosts === null) {
    const none = { rcode: null, authenticated: null, error: DNSSEC_ERRORS.noResolver };
    return { mx: none, hosts: [] };
  }
  return { mx: await mxAnswer, hosts };
}

async function observeTlsRpt(domain: string, resolver: DomainResolver): Promise<TlsRptFacts> {
  const txt = await resolver.txt(`_smtp._tls.${domain}`);
  return readTlsRptRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
}

async function observeDomain(policy: DomainPolicy, options: DomainProbeOptions): Promise<DomainFacts> {
  const started = performance.now();
  const domain = canonicalName(policy.domain);
  const mxSkipped: SkippedTarget[] = [];
  const stsSkipped: SkippedTarget[] = [];
  const probesMx = policy.mx !== null && policy.mx.require.length > 0;
  // DANE's questions go to the DNSSEC-aware resolver; without one, the facts say there was none.
  const daneResolver = policy.dane === 'off' ? null : options.dane ?? null;
  // The MX question again with DO, at the same time as the first: only its AD bit is read.
  const daneMx = daneResolver?.mx(domain) ?? null;
  const [[mx, mxHosts, dane], mtaSts, tlsRpt] = await Promise.all([
    observeMx(domain, options.resolver, mxSkipped).then(async (mx) => {
      const { mxHosts, tlsa } = await observeMxHosts(domain, mx, { addresses: probesMx, tlsa: daneResolver }, options, mxSkipped);
      const dane = policy.dane === 'off' ? null : await observeDane(daneMx, tlsa);
      return [mx, mxHosts, dane] as const;
    }),
    policy.mtaSts === 'off' ? null : observeMtaSts(domain, options, stsSkipped),
    policy.tlsRpt === 'off' ? null : observeTlsRpt(domain, options.resolver),
  ]);
  // MX hosts are looked at in parallel: their order here is the MX order, not the answers'.
  const order = new Map(mx.records.map((r, i) => [r.host, i]));
  mxSkipped.sort((a, b) => (a.host === null ? -1 : order.get(a.host) ?? 0) - (b.host === null ? -1 : order.get(b.host) ?? 0));
  return { domain, mx, mxHosts, skipped: [...mxSkipped, ...stsSkipped], mtaSts, tlsRpt, dane, durationMs: Math.round(performance.now() - started) };
}

/** Every policy domain's facts, in policy order, a bounded number at a time. */
export function observeDomains(domains: readonly DomainPolicy[], options: DomainProbeOptions): Promise<DomainFacts[]> {
  const slots = new Semaphore(Math.max(1, options.concurrency ?? 8));
  return Promise.all(domains.map((policy) => slots.run(() => observeDomain(policy, options))));
}
