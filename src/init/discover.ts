// What `init` looks at before it writes anything: for each name given, whether it is a mail
// domain (it has MX records) or a host; for each domain, what the domains stage finds (MX hosts,
// MTA-STS, TLS-RPT, and DANE: the MX and TLSA answers' DNSSEC status through the resolver given
// with --resolver, the only one whose AD bit is believed); for each host (named, or an MX host),
// what each of the ten services shows.
// It reuses the stages `check` runs, with their limits: the domains stage's caps and loopback
// rules for what DNS supplies, the planner for addresses, and the probe engine's per-host and
// overall connection limits. It decides nothing about the policy (that is choose.ts).
import { isIP } from 'node:net';
import { buildPlan } from '../plan/plan.js';
import { systemResolveAll, type ResolveAll } from '../resolve/addresses.js';
import { mxAddresses } from '../plan/mx.js';
import type { Endpoint } from '../plan/types.js';
import { hostLiteralProblem } from '../policy/host-mistakes.js';
import { SERVICE_NAMES, SERVICES, type ServiceName } from '../policy/services.js';
import { BUILT_IN_SETTINGS } from '../policy/settings.js';
import type { DomainPolicy, HostPolicy, Policy, ServiceRequest, SourceLocation } from '../policy/types.js';
import { canonicalName, normaliseHost } from '../common/host-names.js';
import { createDomainResolver, type DomainResolver, type ResolverAddress } from '../resolve/dns.js';
import { createDaneResolver, type DaneResolver } from '../resolve/dnssec-query.js';
import { isHostName } from '../probe/dns-targets.js';
import { observeDomains } from '../probe/observe-domains.js';
import type { DomainFacts } from '../facts/domains.js';
import { probeAll } from '../probe/engine.js';
import type { CipherClass, EndpointFacts } from '../facts/endpoint.js';
import type { ObservedEndpoint } from '../rules/dane.js';
import type { TrustSource } from '../probe/roots.js';

const NO_CIPHER_CLASSES: ReadonlySet<CipherClass> = new Set();

/** Names one `init` takes: a starter policy, not a fleet scan (check and shards are for that). */
export const MAX_INIT_NAMES = 32;

export interface DiscoverOptions {
  /** Domains and host names as the user gave them (already checked by `initNameProblem`). */
  names: string[];
  /** Deadline of each network step (DNS query, connect, greeting, handshake). */
  timeoutMs: number;
  concurrency: number;
  perHost: number;
  resolver?: ResolverAddress;
  allowLoopback: boolean;
  extraCa: string[];
  trust?: TrustSource;
  heloName?: string;
  addressFamily?: 'ipv4' | 'ipv6';
  /** Injected for tests: the domains stage's DNS, instead of one built from `resolver`. */
  domainResolver?: DomainResolver;
  /** Injected for tests: the DNSSEC-aware look-ups for DANE, instead of ones built from `resolver`. */
  daneResolver?: DaneResolver;
  /** Injected for tests: the named hosts' addresses, instead of the system resolver. */
  resolveAll?: ResolveAll;
  /** The MTA-STS policy host's port: 443, except in tests. */
  mtaStsPort?: number;
}

/** Why a name was taken for a host rather than a domain. */
export type HostReason =
  | { kind: 'ip-literal' }
  | { kind: 'no-mx' }
  | { kind: 'null-mx' }
  /** The MX look-up failed (SERVFAIL, time-out, …): the code, as the resolver gave it. */
  | { kind: 'mx-lookup-failed'; code: string };

export interface ServiceSeen {
  service: ServiceName;
  port: number;
  /** One per address probed, in the plan's order. */
  facts: EndpointFacts[];
}

export interface HostSeen {
  host: string;
  /** The names given on the command line are the user's; the others are MX hosts of these domains. */
  named: boolean;
  mxOf: string[];
  reason?: HostReason;
  /** The addresses probed (IP literals, from the resolver); empty when the name had none. */
  addresses: string[];
  /** Why there is no address, when there is none (a resolver code or our words). */
  resolveError: string | null;
  services: ServiceSeen[];
}

export interface Discovery {
  /** The names given, each in the one spelling of a policy host (lower case, no root dot, RFC 5952), once. */
  names: string[];
  domains: DomainFacts[];
  hosts: HostSeen[];
  /** Every endpoint probed with what it showed: the MX hosts' port-25 sessions are what TLSA records are matched against. */
  observed: ObservedEndpoint[];
}

/** What is wrong with a name given to init, or undefined: a host name (LDH) or an IP address. */
export function initNameProblem(name: string): string | undefined {
  if (isIP(name) !== 0) return hostLiteralProblem(name, 'host');
  if (!isHostName(name)) return 'is not a host name (letters, digits and hyphens between dots) or an IP address';
  return undefined;
}

const INIT_LOCATION: SourceLocation = { file: 'init', line: 1, column: 1 };

/** Every service at its standard port, as a `require:` list: a full probe of each. */
function everyService(): ServiceRequest[] {
  return SERVICE_NAMES.map((service) => ({ service, port: SERVICES[service].port, location: INIT_LOCATION }));
}

function hostPolicy(host: string, timeoutMs: number): HostPolicy {
  return { host, ...BUILT_IN_SETTINGS, timeoutMs, require: everyService(), forbid: [], location: INIT_LOCATION };
}

/**
 * A domain as the domains stage is asked about it, and as the DANE rules are asked to judge it:
 * MX hosts, MTA-STS, TLS-RPT and DANE all looked at, as the strictest policy would.
 */
export function initDomainPolicy(domain: string): DomainPolicy {
  return { domain, mx: { require: [{ service: 'smtp', port: 25, location: INIT_LOCATION }] }, mtaSts: 'enforce', tlsRpt: 'required', dane: 'required', location: INIT_LOCATION };
}

/** A name with MX records is a mail domain; anything else (no MX, a null MX, an IP address) a host. */
async function classify(name: string, resolver: DomainResolver): Promise<{ domain: true } | { domain: false; reason: HostReason }> {
  if (isIP(name) !== 0) return { domain: false, reason: { kind: 'ip-literal' } };
  const answer = await resolver.mx(name);
  if (!answer.ok) {
    if (answer.code === 'ENODATA' || answer.code === 'ENOTFOUND') return { domain: false, reason: { kind: 'no-mx' } };
    return { domain: false, reason: { kind: 'mx-lookup-failed', code: answer.code } };
  }
  if (answer.value.length === 0) return { domain: false, reason: { kind: 'no-mx' } };
  if (answer.value.length === 1 && canonicalName(answer.value[0]!.exchange) === '') return { domain: false, reason: { kind: 'null-mx' } };
  return { domain: true };
}

export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const names = [...new Set(options.names.map((n) => normaliseHost(n.trim())))];
  const resolver = options.domainResolver ?? createDomainResolver({ server: options.resolver, timeoutMs: options.timeoutMs });
  const kinds = await Promise.all(names.map((name) => classify(name, resolver)));
  const domainNames = names.filter((_, i) => kinds[i]!.domain);
  const named = names.filter((_, i) => !kinds[i]!.domain);
  // Why each named host was taken for one; MX hosts that were not named have none.
  const reasons = new Map<string, HostReason>();
  names.forEach((name, i) => {
    const kind = kinds[i]!;
    if (!kind.domain) reasons.set(name, kind.reason);
  });

  // Only a resolver named with --resolver is believed for DNSSEC, so only it is asked: the
  // system's name server's AD bit would count for nothing, and its silence would hold the MX
  // hosts' address questions (which share the TLSA questions' slots) to the deadline.
  const dane = options.daneResolver ?? (options.resolver === undefined ? undefined : createDaneResolver({ server: options.resolver, timeoutMs: options.timeoutMs }));
  const domains = await observeDomains(domainNames.map(initDomainPolicy), {
    resolver,
    dane,
    extraCa: options.extraCa,
    trust: options.trust,
    timeoutMs: options.timeoutMs,
    mtaStsPort: options.mtaStsPort,
    allowLoopback: options.allowLoopback,
    policyHosts: new Set(named),
  });

  // Named hosts resolve as a policy's hosts: do (the system resolver); MX hosts at the addresses
  // the domains stage admitted, as check plans them.
  const mxOf = new Map<string, string[]>();
  for (const d of domains) for (const h of d.mxHosts ?? []) mxOf.set(h.host, [...(mxOf.get(h.host) ?? []), d.domain]);
  const mxOnly = [...mxOf.keys()].filter((h) => !named.includes(h));
  const policy: Policy = {
    file: 'init',
    version: 1,
    defaults: { ...BUILT_IN_SETTINGS, timeoutMs: options.timeoutMs },
    hosts: named.map((h) => hostPolicy(h, options.timeoutMs)),
    domains: [],
    rules: {},
    waivers: [],
  };
  const plan = await buildPlan(policy, options.resolveAll ?? systemResolveAll, {
    hosts: mxOnly.map((h) => hostPolicy(h, options.timeoutMs)),
    resolveAll: mxAddresses(domains),
  });
  const endpoints = plan.endpoints.filter((e) => inFamily(e, options.addressFamily));
  const facts = await probeAll(endpoints, {
    concurrency: options.concurrency,
    perHost: options.perHost,
    extraCa: options.extraCa,
    trust: options.trust,
    heloName: options.heloName,
    // The starter policy is written from services, versions and certificates: no cipher answer
    // is read, so no cipher question is asked.
    cipherClasses: () => NO_CIPHER_CLASSES,
  });

  const hosts = [...named, ...mxOnly].map((host): HostSeen => {
    const mine = endpoints.map((e, i) => [e, facts[i]!] as const).filter(([e]) => e.host === host);
    const resolved = mine.filter(([e]) => e.address !== null);
    const addresses = [...new Set(resolved.map(([e]) => e.address!))];
    const services = SERVICE_NAMES.map((service) => ({
      service,
      port: SERVICES[service].port,
      facts: resolved.filter(([e]) => e.service === service).map(([, f]) => f),
    }));
    const unresolved = mine.find(([e]) => e.address === null)?.[0].resolveError;
    const reason = reasons.get(host);
    return {
      host,
      named: named.includes(host),
      mxOf: mxOf.get(host) ?? [],
      ...(reason !== undefined ? { reason } : {}),
      addresses,
      resolveError: addresses.length > 0 ? null : (unresolved ?? (options.addressFamily ? `no ${options.addressFamily === 'ipv4' ? 'IPv4' : 'IPv6'} address` : 'no address')),
      services,
    };
  });
  return { names, domains, hosts, observed: endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i]! })) };
}

/** `-4` / `-6`: only that family's addresses; a name without any keeps its unresolved endpoints. */
function inFamily(endpoint: Endpoint, family: 'ipv4' | 'ipv6' | undefined): boolean {
  if (family === undefined || endpoint.address === null) return true;
  return isIP(endpoint.address) === (family === 'ipv4' ? 4 : 6);
}
