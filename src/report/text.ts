// The command line's report: one block per host, columns aligned across the whole report, each
// endpoint's findings under it, and a one-line verdict last (what a person or a `tail -1` wants).
import type { Severity } from '../policy/types.js';
import type { EndpointFacts } from '../facts/endpoint.js';
import type { Finding } from '../rules/types.js';
import { neutralise } from './neutralise.js';
import { compareEndpoints, compareFindings, compareText } from '../order.js';
import type { Report } from './types.js';
import { ruleDocsUrl } from '../rules/links.js';
import { fleetMatrix, type MatrixCell } from './matrix.js';
import { domainLine } from './domain-lines.js';
import { plural } from './plural.js';
import { addressText, certificateDays, endpointStatus, notConcluded, runnerNetworkLines, samePlace, tlsSummary, verdictLine } from './words.js';

export interface TextOptions {
  color: boolean;
}

/** Colour only where a person is watching, and never against their stated wish (no-color.org). */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;
type Style = keyof typeof SGR;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', notice: 'cyan' };

const CELL_MAX = 60;
const MESSAGE_MAX = 300;
const HEADER = ['SERVICE', 'PORT', 'ADDRESS', 'STATUS', 'TLS', 'CERTIFICATE'];

export function formatText(report: Report, opts: TextOptions): string {
  const paint = (style: Style, text: string): string => (opts.color && text !== '' ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
  const endpoints = [...report.endpoints].sort(compareEndpoints);
  const findings = [...report.findings].sort(compareFindings);

  const cells = new Map(endpoints.map((e) => [e, endpointCells(e)]));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...[...cells.values()].map((c) => c[i]!.length)));
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const columns = (values: readonly string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();

  const findingLine = (f: Finding, indent: string, place: string): string => {
    const label = f.waived ? paint('dim', 'waived'.padEnd(8)) : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
    const reason = f.waived && f.waiverReason ? ` (waived: ${f.waiverReason})` : '';
    const text = place + neutralise(`${f.message}${reason}`, MESSAGE_MAX);
    return `${indent}${label} ${f.rule.padEnd(ruleWidth)}  ${text}`;
  };
  const evidenceLine = (f: Finding, indent: string): string[] =>
    f.evidence === null ? [] : [`${indent}${' '.repeat(9 + ruleWidth + 2)}${paint('dim', `seen: ${neutralise(f.evidence, MESSAGE_MAX)}`)}`];

  const lines: string[] = matrixLines(report, paint);
  const hosts = [...new Set([...endpoints.map((e) => e.host), ...findings.map((f) => f.host)])].sort(compareText);
  for (const host of hosts) {
    const own = endpoints.filter((e) => e.host === host);
    const hostFindings = findings.filter((f) => f.host === host);
    lines.push(paint('bold', neutralise(host, 253)));
    if (own.length > 0) lines.push('  ' + paint('dim', columns(HEADER)));
    for (const e of own) {
      const row = columns(cells.get(e)!);
      lines.push('  ' + (e.reachable ? row : paint('yellow', row)));
      for (const f of hostFindings.filter((f) => samePlace(e, f))) {
        lines.push(findingLine(f, '    ', ''), ...evidenceLine(f, '    '));
      }
    }
    // Findings not tied to a probed endpoint: domain checks, or ports the probe never reached.
    for (const f of hostFindings.filter((f) => !own.some((e) => samePlace(e, f)))) {
      const place = f.port === null && f.service === null ? '' : `${placeOf(f)}: `;
      lines.push(findingLine(f, '  ', place), ...evidenceLine(f, '  '));
    }
    lines.push('');
  }
  if (report.domains !== undefined && report.domains.length > 0) {
    lines.push(paint('bold', 'Domains'));
    for (const d of report.domains) lines.push(`  ${neutralise(d.domain, 253)}  ${neutralise(domainLine(d, report.dane), 600)}`);
    lines.push('');
  }
  const runner = runnerNetworkLines(report);
  if (runner.length > 0) {
    lines.push(paint('yellow', `The runner's own network could not test (runner-network-limited, ${ruleDocsUrl('runner-network-limited')}):`));
    for (const line of runner) lines.push(`  ${neutralise(line, MESSAGE_MAX * 2)}`);
    lines.push('');
  }
  const open = notConcluded(report);
  if (open.length > 0) {
    lines.push(paint('yellow', 'Not concluded (inconclusive checks):'));
    for (const line of open) lines.push(`  ${neutralise(line, MESSAGE_MAX)}`);
    lines.push('');
  }
  const verdict = verdictLine(report);
  const result = report.summary.result;
  lines.push(paint(result === 'pass' ? 'green' : result === 'inconclusive' ? 'yellow' : 'red', verdict));
  return lines.join('\n') + '\n';
}

const HOST_MAX = 40;
const SEVERITY_LETTER: Readonly<Record<Severity, string>> = { error: 'E', warning: 'W', notice: 'N' };
const PLAIN_MARK = { pass: 'ok', waived: 'wv', 'not-asked': '.' } as const;

/**
 * The fleet at a glance, first: a host per line (those with findings first), a short mark per
 * service, and a legend that numbers the rules the marks name.
 */
function matrixLines(report: Report, paint: (style: Style, text: string) => string): string[] {
  const matrix = fleetMatrix(report);
  if (matrix.rows.length === 0) return [];
  const rules = [...new Set(matrix.rows.flatMap((r) => r.cells.flatMap((c) => (c.mark === 'fail' ? [c.rule] : []))))];
  const numbers = new Map(rules.map((rule, i) => [rule, i + 1]));
  const mark = (c: MatrixCell): string => (c.mark === 'fail' ? `${SEVERITY_LETTER[c.severity]}${numbers.get(c.rule)}` : PLAIN_MARK[c.mark]);
  const style = (c: MatrixCell): Style => (c.mark === 'fail' ? SEVERITY_STYLE[c.severity] : c.mark === 'pass' ? 'green' : 'dim');
  const hosts = matrix.rows.map((r) => neutralise(r.host, HOST_MAX));
  const hostWidth = Math.max(4, ...hosts.map((h) => h.length));
  const columns = matrix.columns.map((c) => neutralise(c, CELL_MAX / 3));
  const widths = columns.map((c, i) => Math.max(c.length, ...matrix.rows.map((r) => mark(r.cells[i]!).length)));
  const failing = matrix.rows.filter((r) => r.worst !== null).length;
  const lines = [
    paint('bold', `Fleet: ${plural(matrix.rows.length, 'host')}, ${failing} with findings, ${matrix.rows.length - failing} without`),
    '  ' + paint('dim', ['HOST'.padEnd(hostWidth), ...columns.map((c, i) => c.padEnd(widths[i]!))].join('  ').trimEnd()),
  ];
  matrix.rows.forEach((r, n) => {
    const cells = r.cells.map((c, i) => {
      const text = mark(c);
      const pad = i === r.cells.length - 1 ? '' : ' '.repeat(widths[i]! - text.length);
      return paint(style(c), text) + pad;
    });
    lines.push(`  ${hosts[n]!.padEnd(hostWidth)}  ${cells.join('  ')}`);
  });
  lines.push(paint('dim', '  ok pass · E/W/N error/warning/notice, the most severe rule (numbered below) · wv waived · . not asked'));
  const numberWidth = String(rules.length).length;
  const ruleWidth = Math.max(0, ...rules.map((r) => r.length));
  for (const rule of rules) {
    lines.push(`  ${String(numbers.get(rule)).padStart(numberWidth)}  ${rule.padEnd(ruleWidth)}  ${paint('dim', ruleDocsUrl(rule))}`);
  }
  lines.push('');
  return lines;
}

function endpointCells(e: EndpointFacts): string[] {
  return [
    neutralise(e.service, CELL_MAX),
    String(e.port),
    e.address === null ? '-' : addressText(e.address),
    neutralise(endpointStatus(e), CELL_MAX),
    neutralise(tlsSummary(e) || '-', CELL_MAX),
    neutralise(certificateDays(e) || '-', CELL_MAX),
  ];
}

function placeOf(f: Finding): string {
  return [f.address === null ? '' : addressText(f.address), f.port === null ? '' : String(f.port), f.service === null ? '' : neutralise(f.service, CELL_MAX)]
    .filter(Boolean)
    .join(' ');
}
