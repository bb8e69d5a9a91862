// The one pipeline both entry points share: policy → plan → probe → rules → report.
// It reads and writes files but prints nothing: the CLI and the action decide how to show results.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildPlan } from './plan/plan.js';
import type { ResolveAll } from './resolve/addresses.js';
import type { Plan } from './plan/types.js';
import { describeFsError, loadPolicyFile } from './policy/load.js';
import { mxHostEntries, onlyHost, withMxHosts } from './policy/only.js';
import type { HostPolicy, Policy, PolicyProblem, ServiceRequest } from './policy/types.js';
import { withoutOwnTimeout } from './policy/settings.js';
import { probeAll } from './probe/engine.js';
import { judgedCipherClasses } from './rules/cipher-classes.js';
import { canonicalName } from './common/host-names.js';
import { createDomainResolver, type DomainResolver, type ResolverAddress } from './resolve/dns.js';
import type { DaneResolver } from './resolve/dnssec-query.js';
import type { DomainFacts } from './facts/domains.js';
import { mxAddresses, mxHostPolicies } from './plan/mx.js';
import type { EndpointFacts } from './facts/endpoint.js';
import { readCaFile, type TrustSource } from './probe/roots.js';
import { buildReport, jsonText, reportJsonChunks } from './report/json.js';
import { neutralise } from './report/neutralise.js';
import type { Report, ReportShard } from './report/types.js';
import { inShard, type Shard } from './shard/shard.js';
import type { ConclusionCounts, FailOn } from './rules/judge.js';
import { TOOL_VERSION } from './version.js';

export interface CheckOptions {
  /** Where to read the policy. */
  policyPath: string;
  /** The policy's name in locations and reports (repository-relative for the action). */
  policyName?: string;
  failOn: FailOn;
  concurrency: number;
  /** Simultaneous connections per host name and per address. */
  perHost?: number;
  /** Wait before retrying a service that turned the probe away. */
  retryAfterMs?: number;
  /** Overrides every host's `timeout`. */
  timeoutMs?: number;
  /** PEM file of extra trusted roots. */
  caFile?: string;
  /** The base roots: the system's (default) or node's bundled ones; ca-file is added to either. */
  trust?: TrustSource;
  heloName?: string;
  /**
   * The DNS server for the domains stage (MX, MTA-STS, TLS-RPT, TLSA, and the MX hosts' addresses); the system's when absent.
   * Only this server's DNSSEC verdict (the AD bit) is trusted: without it, DANE answers are never authenticated.
   */
  resolver?: ResolverAddress;
  /** Probe loopback, link-local, unspecified and multicast addresses that DNS gave MX and MTA-STS hosts. */
  allowLoopback?: boolean;
  /** Injected for tests: the domains stage's DNS, instead of one built from `resolver`. */
  domainResolver?: DomainResolver;
  /** Injected for tests: the DNSSEC-aware look-ups for DANE, instead of ones built from `resolver`. */
  daneResolver?: DaneResolver;
  /** The MTA-STS policy host's port: 443, except in tests. */
  mtaStsPort?: number;
  reportPath?: string;
  sarifPath?: string;
  /** Injected for tests and the demo; the system resolver otherwise. */
  resolveAll?: ResolveAll;
  now?: () => Date;
  /** Probe only this address family's addresses (`-4` / `-6`): overrides every host's `addresses:`. */
  addressFamily?: 'ipv4' | 'ipv6';
  /** Check only this host or domain of the policy. */
  only?: string;
  /** Probe only this part of the plan (hosts split by a stable hash of their names). */
  shard?: Shard;
  /** Called once the plan is known, before any probe. */
  onPlanned?: (plan: Plan) => void;
  onEndpointDone?: (facts: EndpointFacts) => void;
}

/**
 * Nothing was probed. `problems` are placed in the policy (1:1 when no better place exists);
 * `refusal`, when set, says the same in one sentence that names no place: a file that could not
 * be read, a host `only` does not know.
 */
export interface InvalidOutcome {
  kind: 'invalid';
  exitCode: 2;
  problems: PolicyProblem[];
  refusal?: string;
}

export type CheckOutcome =
  | InvalidOutcome
  /** exitCode: 0 pass, 1 fail, 3 inconclusive (no failing finding, but some required check could not be concluded). */
  | { kind: 'checked'; exitCode: 0 | 1 | 3; policy: Policy; plan: Plan; report: Report };

export type ValidateOutcome =
  | InvalidOutcome
  | { kind: 'valid'; exitCode: 0; policy: Policy; plan: Plan };

/** Validation only: no probing. Names are not resolved either (every address is shown as unresolved). */
export async function validate(policyPath: string, policyName?: string, only?: string): Promise<ValidateOutcome> {
  const loaded = await loadPolicy(policyPath, policyName, only);
  if (loaded.kind === 'invalid') return loaded;
  const plan = await buildPlan(loaded.policy, noResolution);
  return { kind: 'valid', exitCode: 0, policy: loaded.policy, plan };
}

/** Longest problem message shown; the policy's own values in it are clipped well before this. */
const PROBLEM_MESSAGE_MAX_CHARS = 1000;

/**
 * The one place policy problems become text for a log or a terminal. A policy can come from a
 * fork's pull request, and its problems quote its values and keys (`hosts[0].host 'x ::error::y'
 * contains spaces`): neutralised here, as remote text is, so neither the CLI nor the action can
 * print a workflow command or log marker from them. `refusal` says the same in one sentence.
 */
function invalid(problems: readonly PolicyProblem[], refusal?: string): InvalidOutcome {
  return {
    kind: 'invalid',
    exitCode: 2,
    problems: problems.map((p) => ({ ...p, message: neutralise(p.message, PROBLEM_MESSAGE_MAX_CHARS) })),
    ...(refusal !== undefined ? { refusal: neutralise(refusal, PROBLEM_MESSAGE_MAX_CHARS) } : {}),
  };
}

/** The policy as the run will use it: read, checked, and cut down to `only` when asked. */
async function loadPolicy(
  policyPath: string,
  policyName: string | undefined,
  only: string | undefined,
): Promise<InvalidOutcome | { kind: 'loaded'; policy: Policy; source: string | Uint8Array }> {
  const loaded = await loadPolicyFile(policyPath, policyName);
  if (!loaded.ok) {
    const refusal = loaded.unreadable && `cannot read ${policyName ?? policyPath}: ${loaded.unreadable}`;
    return invalid(loaded.problems, refusal || undefined);
  }
  if (only === undefined) return { kind: 'loaded', policy: loaded.policy, source: loaded.source };
  const cut = onlyHost(loaded.policy, only);
  if (!cut.ok) return invalid([{ location: { file: loaded.policy.file, line: 1, column: 1 }, message: cut.message }], cut.message);
  return { kind: 'loaded', policy: cut.policy, source: loaded.source };
}

const noResolution: ResolveAll = async () => {
  throw Object.assign(new Error('not resolved (validation only)'), { code: 'NOT-RESOLVED' });
};

export async function check(options: CheckOptions): Promise<CheckOutcome> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const started = performance.now();

  const loaded = await loadPolicy(options.policyPath, options.policyName, options.only);
  if (loaded.kind === 'invalid') return loaded;
  const extraCa = await readExtraCa(options.caFile);
  if ('problem' in extraCa) return invalid([extraCa.problem], extraCa.problem.message);

  const policy = withAddressFamily(withTimeout(loaded.policy, options.timeoutMs), options.addressFamily);
  // The domains stage first: a domain's MX hosts become planned endpoints.
  const domains = policy.domains.length === 0 ? [] : await observePolicyDomains(policy, options, extraCa.pems);
  // MX hosts' addresses come from the same DNS as the MX records, as the domains stage admitted them.
  const mxHosts = mxHostPolicies(policy, domains);
  // Under `--only DOMAIN`, what the full run holds of the MX hosts' `hosts:` entries joins now.
  const held = withMxHosts(policy, mxHosts);
  const whole = await buildPlan(held, options.resolveAll, { hosts: mxHosts, resolveAll: mxAddresses(domains) });
  const plan = options.shard ? { ...whole, endpoints: inShard(whole.endpoints, options.shard) } : whole;
  options.onPlanned?.(plan);
  const facts = await probeAll(plan.endpoints, {
    concurrency: options.concurrency,
    perHost: options.perHost,
    retryAfterMs: options.retryAfterMs,
    extraCa: extraCa.pems,
    trust: options.trust,
    heloName: options.heloName,
    now,
    onEndpointDone: options.onEndpointDone,
    // Only the cipher classes some rule judges on the endpoint are asked: the probe knows no
    // rules, so the set comes from here (src/rules/cipher-classes.ts).
    cipherClasses: (endpoint) => judgedCipherClasses(endpoint, policy.rules),
  });
  // Judging, and with it the rule catalog, is loaded once the probes are done: no rule is needed
  // before the first connection (the cipher rules' severities come from cipher-classes.ts).
  const { conclusionCounts, exitCodeOf, isInconclusive, judgeRun, verdict } = await import('./rules/judge.js');
  const observations = plan.endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i]! }));
  const judged = judgeRun(held, observations, now(), domains);
  const findings = judged.findings;
  const result = verdict(findings, options.failOn, isInconclusive(findings, observations));
  const report = buildReport({
    policyFile: policy.file,
    toolVersion: TOOL_VERSION,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    endpoints: facts,
    findings,
    result,
    domains: domains.length > 0 ? domains : undefined,
    // The views the findings were judged with, as judging built them.
    runnerNetwork: judged.runnerNetwork,
    dane: judged.dane,
    shard: options.shard && shardRecord(options.shard, loaded.source, conclusionCounts(observations)),
  });
  await writeOutputs(options, report);
  return { kind: 'checked', exitCode: exitCodeOf(result, options.failOn), policy: held, plan, report };
}

/**
 * The domains stage: MX, MTA-STS, TLS-RPT and DANE of every domain in the policy. Its code (the
 * DNSSEC queries, the MTA-STS fetch) is loaded here, only for a policy that names domains.
 */
async function observePolicyDomains(policy: Policy, options: CheckOptions, extraCa: string[]): Promise<DomainFacts[]> {
  const [{ observeDomains }, { createDaneResolver }] = await Promise.all([import('./probe/observe-domains.js'), import('./resolve/dnssec-query.js')]);
  return observeDomains(policy.domains, {
    resolver: options.domainResolver ?? createDomainResolver({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs }),
    dane: options.daneResolver ?? createDaneResolver({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs }),
    extraCa,
    trust: options.trust,
    timeoutMs: policy.defaults.timeoutMs,
    mtaStsPort: options.mtaStsPort,
    allowLoopback: options.allowLoopback,
    policyHosts: new Set(mxHostEntries(policy).map((h) => canonicalName(h.host))),
  });
}

/** What a shard's report carries so that `merge` can refuse a mixed set and judge the whole. */
function shardRecord(shard: Shard, policySource: string | Uint8Array, counts: ConclusionCounts): ReportShard {
  return {
    index: shard.index,
    count: shard.count,
    // The bytes that were checked, not the file read again: it may have changed since.
    policySha256: createHash('sha256').update(policySource).digest('hex'),
    requiredEndpoints: counts.required,
    concludedEndpoints: counts.concluded,
    forbiddenEndpoints: counts.forbidden,
    forbiddenResolved: counts.forbiddenResolved,
  };
}

export interface MergeOptions {
  /** The shard reports, as the user named them. */
  reportPaths: string[];
  failOn: FailOn;
  reportPath?: string;
  sarifPath?: string;
}

export type MergeOutcome =
  | { kind: 'refused'; exitCode: 2; problems: string[] }
  | { kind: 'merged'; exitCode: 0 | 1 | 3; report: Report };

/** Shard reports combined into one report, SARIF file and verdict; nothing is probed. */
export async function merge(options: MergeOptions): Promise<MergeOutcome> {
  // Loaded only in a merge run (it brings the report schema's validator).
  const { ShardMerger } = await import('./shard/merge.js');
  const { exitCodeOf } = await import('./rules/judge.js');
  // One report's text at a time: the merger keeps what it needs of each, never the text.
  const merger = new ShardMerger();
  const unreadable: string[] = [];
  for (const name of options.reportPaths) {
    let text: string;
    try {
      text = await readFile(name, 'utf8');
    } catch (err) {
      unreadable.push(`${name}: cannot read (${(err as NodeJS.ErrnoException).code ?? err})`);
      continue;
    }
    if (unreadable.length === 0) merger.add({ name, text });
  }
  if (unreadable.length > 0) return { kind: 'refused', exitCode: 2, problems: unreadable };
  const merged = merger.finish(options.failOn);
  if (!merged.ok) return { kind: 'refused', exitCode: 2, problems: merged.problems };
  const { report } = merged;
  await writeOutputs(options, report);
  return { kind: 'merged', exitCode: exitCodeOf(report.summary.result, options.failOn), report };
}

/** The report and SARIF files a run was asked for, written the same way by `check` and `merge`. */
async function writeOutputs(to: { reportPath?: string; sarifPath?: string }, report: Report): Promise<void> {
  if (to.reportPath) await writeReportJson(report, createWriteStream(to.reportPath), { end: true });
  if (to.sarifPath) await writeFile(to.sarifPath, jsonText(await sarifOf(report)));
}

/**
 * The JSON report written to a file or to stdout: in pieces, endpoint by endpoint, each made as
 * `to` takes the ones before (a few ahead at most: stdout may be a slow pipe), so a merged report
 * of many shards is never one string, nor held whole in a stream's buffer. `end: false` leaves
 * `to` open, as stdout must stay.
 */
export function writeReportJson(report: Report, to: NodeJS.WritableStream, options: { end: boolean }): Promise<void> {
  return pipeline(Readable.from(reportJsonChunks(report)), to, { end: options.end });
}

/**
 * A report as a SARIF log, its alerts placed in the report's policy file. Built only where one is
 * written or printed: SARIF's rule list carries every rule's documentation, which a run that
 * writes no SARIF has no use for, so it is loaded here and not with the report.
 */
export function sarifOf(report: Report): Promise<object> {
  // Once per report: `--format sarif --sarif FILE` prints and writes the same log.
  let sarif = sarifBuilt.get(report);
  if (!sarif) {
    sarif = import('./report/sarif.js').then(({ toSarif }) => toSarif(report, { policyUri: report.policy }));
    sarifBuilt.set(report, sarif);
  }
  return sarif;
}
const sarifBuilt = new WeakMap<Report, Promise<object>>();

/** The `timeout` input / `--timeout`: overrides the policy's at every level, service items' included. */
function withTimeout(policy: Policy, timeoutMs: number | undefined): Policy {
  if (timeoutMs === undefined) return policy;
  const own = (requests: ServiceRequest[]) => requests.map(withoutOwnTimeout);
  return {
    ...withEveryHost(policy, (h) => ({ ...h, timeoutMs, require: own(h.require), forbid: own(h.forbid) })),
    defaults: { ...policy.defaults, timeoutMs },
    domains: policy.domains.map((d) => (d.mx === null ? d : { ...d, mx: { ...d.mx, require: own(d.mx.require) } })),
  };
}

/** `-4` / `-6`: every host (MX hosts take the defaults' setting) probes that family only. */
function withAddressFamily(policy: Policy, family: 'ipv4' | 'ipv6' | undefined): Policy {
  if (family === undefined) return policy;
  return {
    ...withEveryHost(policy, (h) => ({ ...h, addresses: family })),
    defaults: { ...policy.defaults, addresses: family },
  };
}

/** Every `hosts:` entry changed alike, those `--only DOMAIN` keeps aside for its MX hosts included. */
function withEveryHost(policy: Policy, change: (host: HostPolicy) => HostPolicy): Policy {
  const sources = policy.mxHostSources;
  return {
    ...policy,
    hosts: policy.hosts.map(change),
    ...(sources === undefined ? {} : { mxHostSources: { ...sources, hosts: sources.hosts.map(change) } }),
  };
}

async function readExtraCa(caFile: string | undefined): Promise<{ pems: string[] } | { problem: PolicyProblem }> {
  if (!caFile) return { pems: [] };
  const read = await readCaFile(caFile);
  return 'pems' in read ? read : { problem: { location: { file: caFile, line: 1, column: 1 }, message: read.problem } };
}
