// Merge: the reports of a matrix of shard jobs combined into the one report the whole plan would
// have produced. Every input is checked against policies/report.schema.json, and a set that cannot
// be one run is refused with every reason at once: reports of different policies, tool versions
// or shard counts, a shard missing or given twice, an endpoint seen by two shards.
//
// Memory: reports are taken one at a time (`ShardMerger.add`), each parsed, checked and kept in
// canonical form only, its text and its parsed copy let go before the next is read; the whole is
// then put together from those parts without copying them again. So the peak is about one copy
// of the merged report, plus one shard's text.
import { createHash } from 'node:crypto';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import reportSchema from '../../policies/report.schema.json' with { type: 'json' };
import { summarise, canonicalReport, canonicalFromCanonicalParts } from '../report/json.js';
import type { CertificateFacts } from '../facts/endpoint.js';
import type { Report, ReportShard } from '../report/types.js';
import { isInconclusiveOf, verdict, type FailOn } from '../rules/judge.js';
import type { Finding } from '../rules/types.js';
import { mergeRunnerLimits } from '../rules/catalog/runner-network-limited.js';

export interface ReportFile {
  /** How the user named the file, for messages. */
  name: string;
  text: string;
}

export type MergeResult = { ok: true; report: Report } | { ok: false; problems: string[] };

let compiled: ValidateFunction | undefined;

function schemaErrors(value: unknown): ErrorObject[] {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(reportSchema as object);
  return compiled(value) ? [] : [...(compiled.errors ?? [])];
}

/** Reads one report: JSON, valid against the schema, from a shard run. */
function readShardReport(file: ReportFile): { report: Report & { shard: ReportShard } } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (err) {
    return { problem: `${file.name}: not JSON (${(err as Error).message})` };
  }
  const errors = schemaErrors(value);
  if (errors.length > 0) {
    const first = errors
      .slice(0, 3)
      .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
      .join('; ');
    return { problem: `${file.name}: not a mail-tls-gate report (reportVersion 1): ${first}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}` };
  }
  const report = value as Report;
  if (report.shard === undefined) {
    return { problem: `${file.name}: not a shard report (no "shard"): merge combines the reports of runs made with shard: i/n` };
  }
  return { report: report as Report & { shard: ReportShard } };
}

/** Values that must be equal across the set, each with the files that hold each value. */
function mismatch(label: string, reports: { name: string; value: string }[]): string | null {
  const byValue = new Map<string, string[]>();
  for (const r of reports) byValue.set(r.value, [...(byValue.get(r.value) ?? []), r.name]);
  if (byValue.size <= 1) return null;
  const parts = [...byValue].map(([value, names]) => `${value} (${names.join(', ')})`);
  return `the reports are of different ${label}: ${parts.join(' vs ')}`;
}

function findingKey(f: Finding): string {
  return JSON.stringify([f.rule, f.severity, f.host, f.address, f.port, f.service, f.message, f.evidence, f.location, f.waived, f.inconclusive ?? false, f.waiverReason ?? null]);
}

/**
 * Each shard judged what the runner's network could not test over its own part of the plan only
 * (a port filtered on the path shows on several hosts, and a shard may hold one): the union.
 */
function runnerNetworkOf(reports: readonly Report[]): { runnerNetwork?: Report['runnerNetwork'] } {
  const limits = mergeRunnerLimits(reports.map((r) => r.runnerNetwork ?? []));
  return limits.length > 0 ? { runnerNetwork: limits } : {};
}

export function mergeReports(files: Iterable<ReportFile>, failOn: FailOn): MergeResult {
  const merger = new ShardMerger();
  for (const file of files) merger.add(file);
  return merger.finish(failOn);
}

/** Shard reports taken one at a time (so that only one report's text is held at once), then merged. */
export class ShardMerger {
  private readonly reports: { name: string; report: Report & { shard: ReportShard } }[] = [];
  private readonly problems: string[] = [];

  /**
   * Certificate facts seen so far, by a digest of their JSON: the services of one host present
   * the same certificate, so equal facts are kept once and shared (the report is only read from
   * here on, and its JSON is the same either way).
   */
  private readonly certificates = new Map<string, CertificateFacts>();

  add(file: ReportFile): void {
    const read = readShardReport(file);
    if ('problem' in read) {
      this.problems.push(read.problem);
      return;
    }
    const report = canonicalReport(read.report) as Report & { shard: ReportShard };
    for (const endpoint of report.endpoints) {
      const tls = endpoint.tls;
      if (!tls?.certificate) continue;
      const key = createHash('sha256').update(JSON.stringify(tls.certificate)).digest('base64');
      const known = this.certificates.get(key);
      if (known) tls.certificate = known;
      else this.certificates.set(key, tls.certificate);
    }
    this.reports.push({ name: file.name, report });
  }

  finish(failOn: FailOn): MergeResult {
    if (this.reports.length === 0 && this.problems.length === 0) return { ok: false, problems: ['no report to merge'] };
    if (this.problems.length > 0) return { ok: false, problems: this.problems };
    return combine(this.reports, failOn);
  }
}

function combine(reports: { name: string; report: Report & { shard: ReportShard } }[], failOn: FailOn): MergeResult {
  const problems: string[] = [];

  const checks: [string, (r: Report & { shard: ReportShard }) => string][] = [
    ['policies', (r) => r.policy],
    ['policy contents', (r) => `sha256 ${r.shard.policySha256.slice(0, 12)}`],
    ['tool versions', (r) => `${r.tool.name} ${r.tool.version}`],
    ['shard counts', (r) => `n = ${r.shard.count}`],
  ];
  for (const [label, value] of checks) {
    const m = mismatch(label, reports.map((r) => ({ name: r.name, value: value(r.report) })));
    if (m !== null) problems.push(m);
  }
  if (problems.length > 0) return { ok: false, problems };

  const count = reports[0]!.report.shard.count;
  const byIndex = new Map<number, string[]>();
  for (const r of reports) byIndex.set(r.report.shard.index, [...(byIndex.get(r.report.shard.index) ?? []), r.name]);
  for (let i = 1; i <= count; i++) {
    const names = byIndex.get(i) ?? [];
    if (names.length === 0) problems.push(`shard ${i}/${count} is missing: every shard's report is needed`);
    if (names.length > 1) problems.push(`shard ${i}/${count} is given more than once: ${names.join(', ')}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const seen = new Map<string, string>();
  for (const { name, report } of reports) {
    for (const e of report.endpoints) {
      const key = JSON.stringify([e.host, e.address, e.port, e.service]);
      const other = seen.get(key);
      if (other !== undefined && other !== name) {
        problems.push(`${e.host}${e.address ? ` (${e.address})` : ''} port ${e.port} ${e.service} is in both ${other} and ${name}: the shards were not split the same way`);
      }
      seen.set(key, name);
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };

  const endpoints = reports.flatMap((r) => r.report.endpoints);
  // Findings not tied to an endpoint (an expired waiver) are made by every shard: keep one.
  const findings = new Map<string, Finding>();
  for (const r of reports) for (const f of r.report.findings) if (!findings.has(findingKey(f))) findings.set(findingKey(f), f);
  const merged = [...findings.values()];

  const sum = (count: (s: ReportShard) => number | undefined) => reports.reduce((n, r) => n + (count(r.report.shard) ?? 0), 0);
  const counts = {
    required: sum((s) => s.requiredEndpoints),
    concluded: sum((s) => s.concludedEndpoints),
    forbidden: sum((s) => s.forbiddenEndpoints),
    forbiddenResolved: sum((s) => s.forbiddenResolved),
  };
  const result = verdict(merged, failOn, isInconclusiveOf(merged, counts));

  const starts = reports.map((r) => Date.parse(r.report.startedAt));
  const ends = reports.map((r) => Date.parse(r.report.startedAt) + r.report.durationMs);
  const first = reports[starts.indexOf(Math.min(...starts))]!.report;
  // Every shard looks at every domain of the policy (only hosts are split): take shard 1's view.
  const domainsOf = [...reports].sort((a, b) => a.report.shard.index - b.report.shard.index)[0]!.report.domains;
  const report: Report = {
    reportVersion: 1,
    tool: first.tool,
    policy: first.policy,
    startedAt: first.startedAt,
    durationMs: Math.max(0, Math.max(...ends) - Math.min(...starts)),
    summary: summarise(endpoints, merged, result),
    endpoints,
    ...(domainsOf !== undefined ? { domains: domainsOf } : {}),
    ...runnerNetworkOf(reports.map((r) => r.report)),
    // Each endpoint is in one shard only, and so is what DANE made of it.
    ...(reports.some((r) => r.report.dane !== undefined) ? { dane: reports.flatMap((r) => r.report.dane ?? []) } : {}),
    findings: merged,
  };
  return { ok: true, report: canonicalFromCanonicalParts(report) };
}
