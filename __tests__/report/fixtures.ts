// Hand-built facts, findings and reports for the output tests.
import type { DomainFacts } from '../../src/facts/domains.js';
import type { EndpointFacts, PlaintextFacts, TlsFacts } from '../../src/facts/endpoint.js';
import { certificateFacts } from '../support/certificate-facts.js';
import type { Finding } from '../../src/rules/types.js';
import { buildReport } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';

export const POLICY = '.github/mail-tls-policy.yml';

export function tls(overrides: Partial<TlsFacts> = {}): TlsFacts {
  return {
    mode: 'implicit',
    version: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    versionsAccepted: ['TLSv1.2', 'TLSv1.3'],
    certificate: certificateFacts(),
    error: null,
    ...overrides,
  };
}

export function plaintext(overrides: Partial<PlaintextFacts> = {}): PlaintextFacts {
  return {
    greeting: '220 mail.example.com ESMTP',
    capabilities: ['PIPELINING', 'STARTTLS'],
    starttls: true,
    authBeforeTls: [],
    loginDisabled: null,
    starttlsReply: '220 2.0.0 Ready to start TLS',
    capabilitiesAfterTls: ['PIPELINING', 'AUTH PLAIN'],
    commandInjection: false,
    ...overrides,
  };
}

export function endpoint(overrides: Partial<EndpointFacts> = {}): EndpointFacts {
  return {
    host: 'mail.example.com',
    address: '192.0.2.1',
    port: 993,
    service: 'imaps',
    reachable: true,
    durationMs: 12,
    connections: 1,
    error: null,
    plaintext: null,
    tls: tls(),
    http: null,
    ...overrides,
  };
}

export function unreachable(overrides: Partial<EndpointFacts> = {}): EndpointFacts {
  return endpoint({
    reachable: false,
    tls: null,
    error: { kind: 'refused', step: 'connect', message: 'connection refused (ECONNREFUSED)' },
    ...overrides,
  });
}

/** example.test with one MX host, mx1.example.test, and nothing else checked unless given. */
export function domainFacts(overrides: Partial<DomainFacts> = {}): DomainFacts {
  return {
    domain: 'example.test',
    mx: { records: [{ host: 'mx1.example.test', preference: 10 }], nullMx: false, implicit: false, error: null },
    mxHosts: [{ host: 'mx1.example.test', addresses: ['192.0.2.1'], error: null }],
    skipped: [],
    mtaSts: null,
    tlsRpt: null,
    dane: null,
    durationMs: 1,
    ...overrides,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'certificate-expiring',
    severity: 'warning',
    host: 'mail.example.com',
    address: '192.0.2.1',
    port: 993,
    service: 'imaps',
    message: 'The certificate expires in 10 days.',
    evidence: null,
    location: { file: POLICY, line: 5, column: 7 },
    waived: false,
    ...overrides,
  };
}

export function report(endpoints: EndpointFacts[], findings: Finding[], overrides: { durationMs?: number; startedAt?: Date } = {}): Report {
  const failing = findings.some((f) => !f.waived && f.severity === 'error');
  return buildReport({
    policyFile: POLICY,
    toolVersion: '0.1.0',
    startedAt: overrides.startedAt ?? new Date('2026-06-12T03:00:00.000Z'),
    durationMs: overrides.durationMs ?? 1234,
    endpoints,
    findings,
    result: failing ? 'fail' : 'pass',
  });
}

/** Peer text that tries every way out of a log line. */
export const HOSTILE = [
  '::error::x',
  '##[error]x',
  '%0A::warning::owned',
  'line1\r\n::add-mask::secret',
  '\x1b[31mred\x1b[0m',
  '   ::notice::indented',
  'a\u2028::error::b\u0085c',
  '<script>alert(1)</script>|[link](https://evil.example)',
].join(' ');
