// The JSON report (reportVersion 1): the machine-readable record of a run, and the input of
// `merge`. Keys come out in the design's order so diffs between two nightly reports stay small.
import type {
  CertificateFacts,
  EndpointFacts,
  HttpFacts,
  PlaintextFacts,
  ProbeError,
  TlsFacts,
} from '../facts/endpoint.js';
import type { SourceLocation } from '../policy/types.js';
import type { DomainFacts } from '../facts/domains.js';
import type { Finding } from '../rules/types.js';
import type { RunnerLimit } from '../rules/catalog/runner-network-limited.js';
import type { DaneOutcome } from '../rules/dane.js';
import { compareEndpoints, compareFindings, compareText } from '../order.js';
import type { Report, ReportShard, ReportSummary, Result } from './types.js';

export interface ReportInput {
  policyFile: string;
  toolVersion: string;
  startedAt: Date;
  durationMs: number;
  endpoints: EndpointFacts[];
  findings: Finding[];
  result: Result;
  shard?: ReportShard;
  domains?: DomainFacts[];
  runnerNetwork?: RunnerLimit[];
  dane?: DaneOutcome[];
}

export function buildReport(input: ReportInput): Report {
  return canonicalReport({
    reportVersion: 1,
    tool: { name: 'mail-tls-gate', version: input.toolVersion },
    policy: input.policyFile,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    summary: summarise(input.endpoints, input.findings, input.result),
    shard: input.shard,
    endpoints: input.endpoints,
    domains: input.domains,
    runnerNetwork: input.runnerNetwork !== undefined && input.runnerNetwork.length > 0 ? input.runnerNetwork : undefined,
    dane: input.dane !== undefined && input.dane.length > 0 ? input.dane : undefined,
    findings: input.findings,
  });
}

/** Counts of what still stands: a waived finding is listed but not counted. */
export function summarise(endpoints: readonly EndpointFacts[], findings: readonly Finding[], result: Result): ReportSummary {
  const standing = findings.filter((f) => !f.waived);
  const count = (severity: Finding['severity']): number => standing.filter((f) => f.severity === severity).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
    endpoints: endpoints.length,
    result,
  };
}

export function reportToJson(report: Report): string {
  return [...reportJsonChunks(report)].join('');
}

/**
 * The report as `reportToJson` writes it, byte for byte, in pieces: the top level, then one
 * endpoint at a time. Each endpoint is put in canonical form as it is written, so a merged report
 * of many shards is never held twice in memory, nor as one string.
 */
export function* reportJsonChunks(report: Report): Generator<string> {
  const { endpoints, ...rest } = report;
  if (endpoints.length === 0) {
    yield jsonText(canonicalReport(report));
    return;
  }
  // The top level with an empty list where the endpoints go: JSON strings hold no raw line
  // break, so this line can only be the report's own "endpoints" key.
  const marker = '\n  "endpoints": []';
  const top = jsonText(canonicalReport({ ...rest, endpoints: [] }));
  const at = top.indexOf(marker);
  yield `${top.slice(0, at)}\n  "endpoints": [`;
  let first = true;
  // A cut between two endpoints is outside any string, so escaping each piece on its own
  // (jsonText) gives what escaping the whole would: a `##` never straddles a cut.
  for (const endpoint of [...endpoints].sort(compareEndpoints)) {
    yield `${first ? '' : ','}\n    ${jsonText(canonicalEndpoint(endpoint)).slice(0, -1).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield `\n  ]${top.slice(at + marker.length)}`;
}

/**
 * The one way a report, a SARIF log or a plan is written as JSON, to a file or to stdout. When
 * the command line runs in a workflow step, the runner reads every stdout line for commands, and
 * a `##[` anywhere in a line is one (a greeting or certificate subject can hold it). JSON may
 * write any character of a string as `\uXXXX`, so each `#` followed by another goes out as
 * `\u0023`: no line holds `##`, and the parsed data is the same, byte for byte. `#` only ever
 * occurs inside a string and is never part of an escape, so the replacement is always valid.
 * The line breaks JSON leaves raw (U+2028, U+2029, and the C1 control U+0085 with its
 * neighbours) are escaped too, for viewers that break lines there. Indented JSON puts every
 * string after a quote, so no line starts with `::`.
 */
export function jsonText(value: unknown): string {
  return (
    JSON.stringify(value, null, 2)
      .replace(/#(?=#)/g, '\\u0023')
      .replace(/[\u0080-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
  );
}

/**
 * A copy of the report with endpoints and findings sorted and every object's keys in the
 * design's order (keys the design does not name follow, alphabetically; undefined ones are
 * dropped). Idempotent, so a merged or re-read report comes out the same.
 */
export function canonicalReport(report: Report): Report {
  return orderedReport(report, canonicalEndpoint, canonicalDaneOutcome, canonicalFinding);
}

/**
 * A report put together from parts already in canonical form (the endpoints and findings of
 * reports `canonicalReport` made): the lists sorted and the top level ordered, no endpoint or
 * finding copied. `merge` builds the whole from its shards so, where a copy of every endpoint
 * would double its peak memory.
 */
export function canonicalFromCanonicalParts(report: Report): Report {
  return orderedReport(report, asIs, asIs, asIs);
}

const asIs = <T>(value: T): T => value;

/** The lists sorted and the top level ordered, each endpoint, DANE outcome and finding put through the given form. */
function orderedReport(
  report: Report,
  endpoint: (e: EndpointFacts) => EndpointFacts,
  daneOutcome: (d: DaneOutcome) => DaneOutcome,
  finding: (f: Finding) => Finding,
): Report {
  return ordered(
    {
      ...report,
      tool: ordered(report.tool, ['name', 'version']),
      summary: ordered(report.summary, ['errors', 'warnings', 'notices', 'endpoints', 'result']),
      endpoints: [...report.endpoints].sort(compareEndpoints).map(endpoint),
      domains: report.domains && [...report.domains].sort((a, b) => compareText(a.domain, b.domain)).map(canonicalDomain),
      runnerNetwork: report.runnerNetwork?.map(canonicalRunnerLimit),
      dane: report.dane && [...report.dane].sort(compareDaneOutcomes).map(daneOutcome),
      findings: [...report.findings].sort(compareFindings).map(finding),
    },
    ['reportVersion', 'tool', 'policy', 'startedAt', 'durationMs', 'summary', 'shard', 'endpoints', 'domains', 'runnerNetwork', 'dane', 'findings'],
  );
}

function canonicalEndpoint(e: EndpointFacts): EndpointFacts {
  return ordered(
    {
      ...e,
      error: e.error && canonicalProbeError(e.error),
      plaintext: e.plaintext && canonicalPlaintext(e.plaintext),
      tls: e.tls && canonicalTls(e.tls),
      http: e.http && canonicalHttp(e.http),
    },
    ['host', 'address', 'port', 'service', 'reachable', 'durationMs', 'connections', 'error', 'plaintext', 'tls', 'http'],
  );
}

function canonicalProbeError(e: ProbeError): ProbeError {
  return ordered(e, ['kind', 'step', 'message', 'code', 'atOnce']);
}

function compareDaneOutcomes(a: DaneOutcome, b: DaneOutcome): number {
  return compareText(a.domain, b.domain) || compareText(a.host, b.host) || compareText(a.address ?? '', b.address ?? '') || a.port - b.port;
}

function canonicalDaneOutcome(d: DaneOutcome): DaneOutcome {
  return ordered(
    {
      ...d,
      record: d.record && ordered(d.record, ['usage', 'selector', 'matchingType', 'data']),
      certificate: d.certificate && ordered(d.certificate, ['depth', 'subject']),
    },
    ['domain', 'host', 'address', 'port', 'applies', 'outcome', 'record', 'certificate'],
  );
}

function canonicalRunnerLimit(l: RunnerLimit): RunnerLimit {
  return l.kind === 'no-route'
    ? ordered({ ...l, codes: [...l.codes], addresses: [...l.addresses] }, ['kind', 'family', 'codes', 'addresses'])
    : ordered({ ...l, hosts: [...l.hosts], addresses: [...l.addresses] }, ['kind', 'port', 'hosts', 'addresses']);
}

function canonicalPlaintext(p: PlaintextFacts): PlaintextFacts {
  return ordered({ ...p, capabilities: [...p.capabilities], authBeforeTls: [...p.authBeforeTls] }, [
    'greeting',
    'capabilities',
    'starttls',
    'authBeforeTls',
    'loginDisabled',
    'starttlsReply',
    'capabilitiesAfterTls',
    'commandInjection',
  ]);
}

function canonicalTls(t: TlsFacts): TlsFacts {
  return ordered({ ...t, versionsAccepted: [...t.versionsAccepted], certificate: t.certificate && canonicalCertificate(t.certificate) }, [
    'mode',
    'version',
    'cipher',
    'versionsAccepted',
    'certificate',
    'error',
  ]);
}

function canonicalCertificate(c: CertificateFacts): CertificateFacts {
  return ordered({ ...c, san: [...c.san], chain: c.chain.map((link) => ordered(link, ['subject', 'issuer'])),
    presented: c.presented.map((p) => ordered(p, ['subject', 'sha256', 'sha512', 'spkiSha256', 'spkiSha512', 'issuedByNext', 'trustedRoot'])),
  }, [
    'subject',
    'issuer',
    'san',
    'notBefore',
    'notAfter',
    'daysLeft',
    'trusted',
    'nameMatch',
    'keyType',
    'keyBits',
    'signature',
    'error',
    'fingerprint256',
    'chain',
    'presented',
  ]);
}

function canonicalHttp(h: HttpFacts): HttpFacts {
  return ordered(h, ['status', 'location', 'error']);
}

function canonicalDomain(d: DomainFacts): DomainFacts {
  return ordered(
    {
      ...d,
      mx: ordered(d.mx, ['records', 'nullMx', 'implicit', 'error']),
      mtaSts:
        d.mtaSts &&
        ordered(
          {
            ...d.mtaSts,
            record: ordered(d.mtaSts.record, ['records', 'id', 'problem', 'lookupError']),
            fetch: ordered(d.mtaSts.fetch, ['url', 'address', 'status', 'contentType', 'redirect', 'bytes', 'tooLarge', 'error', 'errorKind', 'lookupCode']),
            policy: d.mtaSts.policy && ordered(d.mtaSts.policy, ['version', 'mode', 'mx', 'maxAge', 'problems']),
          },
          ['record', 'fetch', 'policy'],
        ),
      mxHosts: d.mxHosts && d.mxHosts.map((h) => ordered(h, ['host', 'addresses', 'error'])),
      skipped: d.skipped.map((s) => ordered(s, ['role', 'reason', 'host', 'left'])),
      tlsRpt: d.tlsRpt && ordered(d.tlsRpt, ['records', 'rua', 'problem', 'lookupError']),
      dane:
        d.dane &&
        ordered(
          {
            mx: ordered(d.dane.mx, ['rcode', 'authenticated', 'error']),
            hosts: d.dane.hosts.map((h) =>
              ordered(
                {
                  ...h,
                  tlsa: ordered(h.tlsa, ['rcode', 'authenticated', 'error']),
                  records: h.records.map((r) => ordered(r, ['usage', 'selector', 'matchingType', 'data'])),
                },
                ['host', 'tlsaName', 'tlsa', 'records'],
              ),
            ),
          },
          ['mx', 'hosts'],
        ),
    },
    ['domain', 'mx', 'mxHosts', 'skipped', 'mtaSts', 'tlsRpt', 'dane', 'durationMs'],
  );
}

function canonicalFinding(f: Finding): Finding {
  return ordered({ ...f, location: canonicalLocation(f.location) }, [
    'rule',
    'severity',
    'host',
    'address',
    'port',
    'service',
    'message',
    'evidence',
    'location',
    'waived',
    'inconclusive',
    'waiverReason',
  ]);
}

function canonicalLocation(l: SourceLocation): SourceLocation {
  return ordered(l, ['file', 'line', 'column']);
}

function ordered<T extends object>(value: T, keys: readonly (keyof T & string)[]): T {
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  const known = new Set<string>(keys);
  for (const key of Object.keys(source).sort(compareText)) {
    if (!known.has(key) && source[key] !== undefined) out[key] = source[key];
  }
  return out as T;
}
