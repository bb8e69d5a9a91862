// Hand-built endpoints and facts for the rules tests: a healthy baseline per service that each
// test bends in one place.
import type { Endpoint, Expectation } from '../../src/plan/types.js';
import { SERVICES, type ServiceName } from '../../src/policy/services.js';
import type { HostSettings, Policy, Waiver } from '../../src/policy/types.js';
import type { EndpointFacts, PlaintextFacts, TlsFacts } from '../../src/facts/endpoint.js';
import { certificateFacts } from '../support/certificate-facts.js';

export { NOW } from '../support/certificate-facts.js';
export const HOST = 'mail.example.com';

export function settings(overrides: Partial<HostSettings> = {}): HostSettings {
  return {
    tls: { minVersion: '1.2' },
    certificate: { verify: true, minDaysLeft: 21 },
    timeoutMs: 10_000,
    addresses: 'all',
    ...overrides,
  };
}

export function endpoint(
  service: ServiceName,
  options: { expectation?: Expectation; host?: string; address?: string | null; port?: number; line?: number; settings?: HostSettings } = {},
): Endpoint {
  return {
    host: options.host ?? HOST,
    address: options.address === undefined ? '192.0.2.1' : options.address,
    port: options.port ?? SERVICES[service].port,
    service,
    expectation: options.expectation ?? 'require',
    location: { file: 'policy.yml', line: options.line ?? 10, column: 7 },
    settings: options.settings ?? settings(),
  };
}

export function goodTls(mode: TlsFacts['mode']): TlsFacts {
  return {
    mode,
    version: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    versionsAccepted: ['TLSv1.2', 'TLSv1.3'],
    certificate: certificateFacts(),
    error: null,
  };
}

function goodPlaintext(service: ServiceName): PlaintextFacts {
  const dialogue = SERVICES[service].dialogue;
  const greeting: Record<string, string> = {
    smtp: '220 mail.example.com ESMTP',
    imap: '* OK IMAP ready',
    pop3: '+OK POP3 ready',
    managesieve: '"IMPLEMENTATION" "Sieve"\n"STARTTLS"\nOK "ready"',
  };
  const capabilities: Record<string, string[]> = {
    smtp: ['PIPELINING', 'SIZE 52428800', 'STARTTLS', '8BITMIME'],
    imap: ['IMAP4rev1', 'STARTTLS', 'LOGINDISABLED'],
    pop3: ['TOP', 'UIDL', 'STLS'],
    managesieve: ['IMPLEMENTATION', 'STARTTLS'],
  };
  return {
    greeting: greeting[dialogue] ?? '',
    capabilities: capabilities[dialogue] ?? [],
    starttls: SERVICES[service].transport === 'starttls',
    authBeforeTls: [],
    loginDisabled: dialogue === 'imap' ? true : null,
    starttlsReply: SERVICES[service].transport === 'starttls' ? 'OK begin TLS' : null,
    capabilitiesAfterTls: SERVICES[service].transport === 'starttls' ? ['AUTH PLAIN'] : null,
    commandInjection: SERVICES[service].transport === 'starttls' ? false : null,
  };
}

/** What a healthy, compliant server of this kind looks like to the probe. */
export function goodFacts(target: Endpoint): EndpointFacts {
  const spec = SERVICES[target.service];
  const base: EndpointFacts = {
    host: target.host,
    address: target.address,
    port: target.port,
    service: target.service,
    reachable: true,
    durationMs: 40,
    connections: 3,
    error: null,
    plaintext: null,
    tls: null,
    http: null,
  };
  if (spec.transport === 'http') return { ...base, http: { status: 301, location: `https://${target.host}/`, error: null } };
  if (spec.transport === 'implicit-tls') {
    return { ...base, tls: goodTls('implicit') };
  }
  return { ...base, plaintext: goodPlaintext(target.service), tls: goodTls('starttls') };
}

/** Facts of a port that did not accept a connection. */
export function unreachableFacts(target: Endpoint): EndpointFacts {
  return {
    ...goodFacts(target),
    reachable: false,
    connections: 1,
    error: { kind: 'refused', step: 'connect', message: 'ECONNREFUSED' },
    plaintext: null,
    tls: null,
    http: null,
  };
}

export function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    file: 'policy.yml',
    version: 1,
    defaults: settings(),
    hosts: [],
    domains: [],
    rules: {},
    waivers: [],
    ...overrides,
  };
}

export function waiver(overrides: Partial<Waiver> = {}): Waiver {
  return {
    rule: 'tls-version-legacy',
    host: HOST,
    port: null,
    reason: 'old scanners; OPS-123',
    expires: '2026-12-31',
    location: { file: 'policy.yml', line: 40, column: 5 },
    ...overrides,
  };
}
