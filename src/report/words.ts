// Phrases more than one output uses, so the CLI, the summary and the annotations agree.
import { isIP } from 'node:net';
import type { EndpointFacts } from '../facts/endpoint.js';
import { type Finding, standsInconclusive } from '../rules/types.js';
import { describeLimit } from '../rules/catalog/runner-network-limited.js';
import { neutralise } from './neutralise.js';
import type { Report } from './types.js';
import { plural } from './plural.js';

/** "FAIL: 3 errors, 1 warning in 12 endpoints (1 waived)"; zero counts are left out. */
export function verdictLine(report: Report): string {
  const { errors, warnings, notices, endpoints, result } = report.summary;
  const counts = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
    notices > 0 ? plural(notices, 'notice') : '',
  ].filter(Boolean);
  const waived = report.findings.filter((f) => f.waived).length;
  return [
    `${result.toUpperCase()}: `,
    counts.length > 0 ? counts.join(', ') : 'no findings',
    ` in ${plural(endpoints, 'endpoint')}`,
    waived > 0 ? ` (${waived} waived)` : '',
  ].join('');
}

/**
 * The checks a run could not conclude, one line each ("host:port service: message"): the
 * standing inconclusive findings, or, for a run in which no required endpoint got through and
 * nothing says so any more (waived or turned off), one line that says it. Remote text is left as
 * is: each output escapes it its own way.
 */
export function notConcluded(report: Report): string[] {
  const open = report.findings.filter(standsInconclusive);
  const lines = open.map((f) => `${findingPlace(f)}: ${f.message}`);
  // An inconclusive verdict with no finding standing open is, by isInconclusiveOf (rules/judge.ts),
  // a run where nothing was concluded.
  if (lines.length === 0 && report.summary.result === 'inconclusive') {
    lines.push('no required endpoint could be reached or would talk (or, with only forbidden services, no host name resolved), so nothing could be concluded');
  }
  return lines;
}

/** Where a connection got to, in a few words: "reachable", "unreachable: refused at connect". */
export function endpointStatus(e: EndpointFacts): string {
  if (e.error?.kind === 'unresolved') return 'unresolved';
  if (!e.reachable) return e.error ? `unreachable: ${e.error.kind} at ${e.error.step}` : 'unreachable';
  return e.error ? `reachable; ${e.error.kind} at ${e.error.step}` : 'reachable';
}

/** "TLSv1.3 (STARTTLS)", "handshake failed (implicit)", or "" when no TLS was attempted. */
export function tlsSummary(e: EndpointFacts): string {
  if (!e.tls) return '';
  const mode = e.tls.mode === 'starttls' ? 'STARTTLS' : 'implicit';
  return `${e.tls.version ?? 'handshake failed'} (${mode})`;
}

/** "80 days left", "expired 3 days ago", or "" when no certificate was seen. */
export function certificateDays(e: EndpointFacts): string {
  const days = e.tls?.certificate?.daysLeft;
  if (days === undefined) return '';
  return days >= 0 ? `${plural(days, 'day')} left` : `expired ${plural(-days, 'day')} ago`;
}

/**
 * An IP literal as is (an IPv6 `::` mid-line is no workflow command, and breaking it would
 * misprint the address); anything else is treated as remote text.
 */
export function addressText(address: string): string {
  return isIP(address) !== 0 ? address : neutralise(address, 64);
}

/** Whether a finding belongs to this endpoint (same host, address, port and service). */
export function samePlace(e: EndpointFacts, f: Finding): boolean {
  return e.host === f.host && e.address === f.address && e.port === f.port && e.service === f.service;
}

/** "host:port service", or just the domain for domain-wide findings. */
export function findingPlace(f: Finding): string {
  return `${f.host}${f.port === null ? '' : `:${f.port}`}${f.service === null ? '' : ` ${f.service}`}`;
}

/**
 * What the runner's own network could not test, one line per cause ("IPv6: the runner has no
 * route …", "port 25: connections timed out …"); empty when nothing. Addresses and host names
 * are left as they are: each output escapes them its own way.
 */
export function runnerNetworkLines(report: Report): string[] {
  return (report.runnerNetwork ?? []).map(describeLimit);
}
