// The job summary: every finding, one table per host. GitHub renders it as Markdown with HTML,
// so every piece of remote or policy text is escaped, and the whole stays under the summary's
// size limit, cut between table rows with a note that names what was left out.
import type { EndpointFacts } from '../facts/endpoint.js';
import type { Finding } from '../rules/types.js';
import { RULES } from '../rules/registry.js';
import { ruleDocsUrl } from '../rules/links.js';
import type { Severity } from '../policy/types.js';
import { fleetMatrix, type MatrixCell, type MatrixRow } from './matrix.js';
import { visibleText } from './neutralise.js';
import { compareEndpoints, compareFindings, compareText, SEVERITY_RANK } from '../order.js';
import type { Report } from './types.js';
import { daneWords, mxWords, mtaStsWords, tlsRptWords } from './domain-lines.js';
import { plural } from './plural.js';
import { certificateDays, endpointStatus, findingPlace, notConcluded, runnerNetworkLines, samePlace, tlsSummary, verdictLine } from './words.js';

/** GitHub accepts 1 MiB per step summary; the margin leaves room for other steps' additions. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export interface SummaryOptions {
  maxBytes?: number;
}

const CELL_MAX_CHARS = 400;

// Markdown punctuation goes out as entities too: a peer must not be able to add links, images,
// emphasis, @mentions, #references, :emoji: or table cells to our summary.
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  '_': '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '#': '&#35;',
  '@': '&#64;',
  ':': '&#58;',
  '!': '&#33;',
};

/**
 * U+200B ZERO WIDTH SPACE, written as an entity. GitHub decodes entities before its mention,
 * reference and URL filters read the text (github/cmark-gfm#181), so `&#64;` alone is still a
 * live `@octocat` there. A zero-width character right after `@`, `#` and the colon of `://`,
 * and inside `www.` and `GH-`, leaves nothing those patterns can start on: a user, team, issue
 * number or `//` must follow with no character between. It renders as nothing.
 */
const ZERO_WIDTH = '&#8203;';

/** Does a mention (`@user`, `@org/team`, `user@sha`), a reference (`#1`, `owner/repo#1`) or a URL (`https://`) go on after `text[at]`? */
function startsPattern(text: string, at: number): boolean {
  const ch = text[at];
  return ch === '@' || ch === '#' || (ch === ':' && text.startsWith('//', at + 1));
}

/**
 * Remote or policy text, made safe for a Markdown table cell (one line, nothing active): no
 * markup, links, emoji, table cells, and no live @mention, #reference, GH-reference or URL.
 */
export function escapeMarkdown(text: string, max = CELL_MAX_CHARS): string {
  return visibleText(text, max)
    .replace(/[&<>"'|\\`*_[\]~#@:!]/g, (ch, at: number, all: string) => ENTITIES[ch]! + (startsPattern(all, at) ? ZERO_WIDTH : ''))
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH}&#46;`)
    .replace(/(g)(h)-(?=[0-9])/gi, `$1$2${ZERO_WIDTH}-`);
}

/** A piece of output; rows may be dropped to fit, nothing else is. */
interface Block {
  /** What the block holds, for the truncation note (already escaped); none for framing. */
  label?: string;
  /** Lines to emit before the first row when a table starts. */
  lines: string[];
  rows: string[];
  /** Lines that close the block (e.g. `</details>`); emitted even when its rows are cut. */
  tail?: string[];
}

export function summaryMarkdown(report: Report, opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const blocks: Block[] = [headerBlock(report), ...matrixBlocks(report), ...runnerNetworkBlocks(report), ...notConcludedBlocks(report), ...domainBlocks(report), ...hostBlocks(report), ...waivedBlocks(report)];
  return fit(blocks, maxBytes);
}

function headerBlock(report: Report): Block {
  const { errors, warnings, notices, endpoints } = report.summary;
  const waived = report.findings.filter((f) => f.waived).length;
  const unreachable = report.endpoints.filter((e) => !e.reachable).length;
  return {
    lines: [
      '## mail-tls-gate',
      '',
      `**${escapeMarkdown(verdictLine(report))}**`,
      '',
      `Policy <code>${escapeMarkdown(report.policy)}</code>, checked at ${escapeMarkdown(report.startedAt)} in ${formatDuration(report.durationMs)} by mail-tls-gate ${escapeMarkdown(report.tool.version)}.`,
      '',
      '| Errors | Warnings | Notices | Waived | Endpoints | Unreachable |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${errors} | ${warnings} | ${notices} | ${waived} | ${endpoints} | ${unreachable} |`,
      '',
    ],
    rows: [],
  };
}

const SEVERITY_MARK: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** The link to a rule's page: the rule id, its text, our own. */
function ruleLink(rule: Finding['rule']): string {
  return `[${escapeMarkdown(rule)}](${ruleDocsUrl(rule)})`;
}

/** A rule as a finding line names it: its title from the metadata, linked to its page, then its id. */
function ruleTitleLink(rule: Finding['rule']): string {
  return `[${escapeMarkdown(RULES[rule].title)}](${ruleDocsUrl(rule)}) (<code>${escapeMarkdown(rule)}</code>)`;
}

function matrixCell(cell: MatrixCell): string {
  switch (cell.mark) {
    case 'pass':
      return '✅';
    case 'waived':
      return '💤';
    case 'not-asked':
      return '—';
    case 'fail':
      return `${SEVERITY_MARK[cell.severity]} ${ruleLink(cell.rule)}${cell.findings > 1 ? ` +${cell.findings - 1}` : ''}`;
  }
}

/**
 * The fleet at a glance, first: hosts with standing findings in an open table (most severe first),
 * the others collapsed into a `<details>` block so that 200 hosts stay readable.
 */
function matrixBlocks(report: Report): Block[] {
  const matrix = fleetMatrix(report);
  if (matrix.rows.length === 0) return [];
  const header = [
    `| Host | ${matrix.columns.map((c) => escapeMarkdown(c)).join(' | ')} |`,
    `|---|${matrix.columns.map(() => ':-:|').join('')}`,
  ];
  const toRow = (r: MatrixRow): string => row([`<code>${escapeMarkdown(r.host, 100)}</code>`, ...r.cells.map(matrixCell)]);
  const failing = matrix.rows.filter((r) => r.worst !== null);
  const passing = matrix.rows.filter((r) => r.worst === null);
  const blocks: Block[] = [
    {
      label: 'the fleet matrix',
      lines: [
        '### Fleet',
        '',
        `${plural(matrix.rows.length, 'host')}: ${failing.length} with findings, ${passing.length} without. ✅ pass · ❌ error · ⚠️ warning · ℹ️ notice, with the most severe rule (its page says how to fix it) and +N more · 💤 waived · — not asked.`,
        '',
        ...(failing.length > 0 ? header : []),
      ],
      rows: failing.map(toRow),
    },
  ];
  if (passing.length > 0) {
    blocks.push({
      label: 'the hosts without findings',
      lines: ['<details>', `<summary>${plural(passing.length, 'host')} without findings</summary>`, '', ...header],
      rows: passing.map(toRow),
      tail: ['', '</details>', ''],
    });
  }
  return blocks;
}

/**
 * A section of plain sentences: a heading, a paragraph that says what they are, one bullet each.
 * `maxChars` bounds each sentence once escaped.
 */
function bulletBlock(label: string, heading: string, intro: string, sentences: readonly string[], maxChars?: number): Block[] {
  if (sentences.length === 0) return [];
  return [{ label, lines: [heading, '', intro, ''], rows: sentences.map((line) => `- ${escapeMarkdown(line, maxChars)}`) }];
}

/** What the runner's own network could not test, and why: not the servers' fault, said plainly. */
function runnerNetworkBlocks(report: Report): Block[] {
  return bulletBlock(
    "the runner's network",
    "### The runner's network",
    `The runner's own network could not test these addresses or ports (${ruleTitleLink('runner-network-limited')}). The servers are not blamed for it; run on a runner with IPv6 and open egress, or set <code>addresses: ipv4</code>.`,
    runnerNetworkLines(report),
    2000,
  );
}

/** Which checks could not be concluded, near the top: the reason a run is inconclusive. */
function notConcludedBlocks(report: Report): Block[] {
  return bulletBlock(
    'the checks not concluded',
    '### Not concluded',
    'These checks are inconclusive: the service turned the probe away (busy, rate-limited) even after a retry, a question got no answer in time, a host name did not resolve, or nothing could be reached at all. Neither a pass nor a violation.',
    notConcluded(report),
  );
}

/** One row per policy domain: what DNS and the MTA-STS policy host showed; a DANE column when any domain asks about it. */
function domainBlocks(report: Report): Block[] {
  if (report.domains === undefined || report.domains.length === 0) return [];
  const dane = report.domains.some((d) => d.dane != null);
  return [
    {
      label: 'the domains',
      lines: dane
        ? ['### Domains', '', '| Domain | MX | MTA-STS | TLS-RPT | DANE |', '|---|---|---|---|---|']
        : ['### Domains', '', '| Domain | MX | MTA-STS | TLS-RPT |', '|---|---|---|---|'],
      rows: report.domains.map((d) =>
        row([
          `<code>${escapeMarkdown(d.domain, 100)}</code>`,
          escapeMarkdown(mxWords(d)),
          escapeMarkdown(mtaStsWords(d)),
          escapeMarkdown(tlsRptWords(d)),
          ...(dane ? [escapeMarkdown(daneWords(d, report.dane))] : []),
        ]),
      ),
    },
  ];
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

interface HostRows {
  host: string;
  endpoints: EndpointFacts[];
  /** Standing findings not tied to one of the host's endpoints (domain checks, unplanned ports). */
  loose: Finding[];
  findingsOf: Map<EndpointFacts, Finding[]>;
  worst: number;
}

function collectHosts(report: Report): HostRows[] {
  const standing = report.findings.filter((f) => !f.waived);
  const names = [...new Set([...report.endpoints.map((e) => e.host), ...standing.map((f) => f.host)])];
  return names.map((host) => {
    const endpoints = report.endpoints.filter((e) => e.host === host).sort(compareEndpoints);
    const findings = standing.filter((f) => f.host === host).sort(compareFindings);
    const findingsOf = new Map(endpoints.map((e) => [e, findings.filter((f) => samePlace(e, f))]));
    const loose = findings.filter((f) => !endpoints.some((e) => samePlace(e, f)));
    const worst = Math.min(3, ...findings.map((f) => SEVERITY_RANK[f.severity]));
    return { host, endpoints, loose, findingsOf, worst };
  });
}

/** Hosts with errors come first so that, if the summary must be cut, what is cut matters least. */
function hostBlocks(report: Report): Block[] {
  const hosts = collectHosts(report).sort((a, b) => a.worst - b.worst || compareText(a.host, b.host));
  if (hosts.length === 0) return [];
  const intro: Block = { lines: ['### Hosts', ''], rows: [] };
  return [
    intro,
    ...hosts.map((h) => ({
      label: `<code>${escapeMarkdown(h.host, 100)}</code>`,
      lines: [
        `#### ${escapeMarkdown(h.host)}`,
        '',
        '| Service | Port | Address | Status | TLS | Certificate | Findings |',
        '|---|---:|---|---|---|---|---|',
      ],
      rows: [...h.endpoints.map((e) => endpointRow(e, h.findingsOf.get(e) ?? [])), ...h.loose.map(looseRow)],
    })),
  ];
}

function endpointRow(e: EndpointFacts, findings: readonly Finding[]): string {
  const status = e.reachable ? escapeMarkdown(endpointStatus(e)) : `<strong>${escapeMarkdown(endpointStatus(e))}</strong>`;
  return row([
    escapeMarkdown(e.service),
    String(e.port),
    e.address === null ? '—' : escapeMarkdown(e.address),
    status,
    escapeMarkdown(tlsSummary(e)) || '—',
    escapeMarkdown(certificateDays(e)) || '—',
    findingsCell(findings),
  ]);
}

function looseRow(f: Finding): string {
  return row([
    f.service === null ? '—' : escapeMarkdown(f.service),
    f.port === null ? '—' : String(f.port),
    f.address === null ? '—' : escapeMarkdown(f.address),
    '—',
    '—',
    '—',
    findingsCell([f]),
  ]);
}

function findingsCell(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'none';
  return [...findings]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.rule, b.rule))
    .map((f) => {
      const evidence = f.evidence === null ? '' : ` (seen: <code>${escapeMarkdown(f.evidence, 200)}</code>)`;
      return `<strong>${f.severity}</strong> ${ruleTitleLink(f.rule)}: ${escapeMarkdown(f.message)}${evidence}`;
    })
    .join('<br>');
}

function waivedBlocks(report: Report): Block[] {
  const waived = report.findings.filter((f) => f.waived).sort(compareFindings);
  if (waived.length === 0) return [];
  return [
    {
      label: 'the waived findings',
      lines: [
        '### Waived findings',
        '',
        'Listed for the record; they do not count towards the result.',
        '',
        '| Rule | Severity | Where | Address | Reason | Finding |',
        '|---|---|---|---|---|---|',
      ],
      rows: waived.map((f) =>
        row([
          ruleTitleLink(f.rule),
          f.severity,
          escapeMarkdown(findingPlace(f)),
          f.address === null ? '—' : escapeMarkdown(f.address),
          escapeMarkdown(f.waiverReason ?? ''),
          escapeMarkdown(f.message),
        ]),
      ),
    },
  ];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

const NOTE_RESERVE_BYTES = 2048;

/**
 * Emits blocks in order until the next piece would not fit, then closes with a note. Whole
 * lines only: a table is cut between rows, never inside one.
 */
function fit(blocks: readonly Block[], maxBytes: number): string {
  const out: string[] = [];
  let used = 0;
  const budget = maxBytes - NOTE_RESERVE_BYTES;
  const take = (line: string): boolean => {
    const size = Buffer.byteLength(line, 'utf8') + 1;
    if (used + size > budget) return false;
    out.push(line);
    used += size;
    return true;
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    // A heading with no room for even one row under it says nothing; cut before it instead.
    const headSize = block.lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
    const firstRowSize = block.rows.length > 0 ? Buffer.byteLength(block.rows[0]!, 'utf8') + 1 : 0;
    if (used + headSize + firstRowSize > budget) return finish(out, truncationNote(blocks, b, 0));
    block.lines.forEach(take);
    for (let r = 0; r < block.rows.length; r++) {
      // The tail closes what the lines opened (NOTE_RESERVE_BYTES leaves room for it).
      if (!take(block.rows[r]!)) return finish([...out, ...(block.tail ?? [])], truncationNote(blocks, b, r));
    }
    if (block.tail !== undefined) {
      for (const line of block.tail) {
        out.push(line);
        used += Buffer.byteLength(line, 'utf8') + 1;
      }
    } else if (block.rows.length > 0) take('');
  }
  return finish(out, null);
}

function finish(lines: string[], note: string | null): string {
  if (note !== null) lines.push('', note, '');
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/** Names what was left out: rows of the block being cut, and every block after it. */
function truncationNote(blocks: readonly Block[], cutBlock: number, cutRow: number): string {
  const rest = blocks.slice(cutBlock);
  const rows = rest.reduce((n, b, i) => n + b.rows.length - (i === 0 ? cutRow : 0), 0);
  const labels = rest.flatMap((b) => (b.label === undefined ? [] : [b.label]));
  const named = labels.slice(0, 10).join(', ') + (labels.length > 10 ? ` and ${labels.length - 10} more` : '');
  const what = labels.length > 0 ? named : 'the rest of the summary';
  return (
    `<strong>Summary truncated</strong> to stay under the job summary size limit: ` +
    `${plural(rows, 'table row')} cut, covering ${what}. The JSON report and the SARIF file hold every finding.`
  );
}
