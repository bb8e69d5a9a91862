// Shared by the hostile suite: a policy written as a user would write it, planned against
// loopback with an injected resolver, probed, and judged; the rule ids found, how long it took
// and what it cost in memory.
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildPlan } from '../../src/plan/plan.js';
import type { ResolveAll } from '../../src/resolve/addresses.js';
import type { Endpoint } from '../../src/plan/types.js';
import { parsePolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { probeAll, type ProbeOptions } from '../../src/probe/engine.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import { judge } from '../../src/rules/judge.js';
import type { Finding } from '../../src/rules/types.js';

export const HOST = 'mail.hostile.test';

/** Every name the hostile policies use lives on loopback; nothing else is ever dialled. */
export const loopbackOnly: ResolveAll = async (host) => {
  if (host === HOST) return ['127.0.0.1'];
  throw Object.assign(new Error(`${host} is not a test name`), { code: 'ENOTFOUND' });
};

export interface Asked {
  service: string;
  port: number;
  expectation?: 'require' | 'forbid';
}

/** The policy text a user would write for these services on the test host. */
export function policyText(asked: Asked[], timeout: string, extra = ''): string {
  const list = (kind: 'require' | 'forbid') =>
    asked
      .filter((a) => (a.expectation ?? 'require') === kind)
      .map((a) => `      - { service: ${a.service}, port: ${a.port} }\n`)
      .join('');
  const require = list('require');
  const forbid = list('forbid');
  return (
    'version: 1\n' +
    `defaults:\n  timeout: ${timeout}\n` +
    'hosts:\n' +
    `  - host: ${HOST}\n` +
    (require ? `    require:\n${require}` : '') +
    (forbid ? `    forbid:\n${forbid}` : '') +
    extra
  );
}

export function mustParse(text: string): Policy {
  const loaded = parsePolicy(text, 'hostile.yml');
  if (!loaded.ok) throw new Error(`the test policy is invalid: ${JSON.stringify(loaded.problems)}`);
  return loaded.policy;
}

export interface Judged {
  facts: EndpointFacts[];
  endpoints: Endpoint[];
  findings: Finding[];
  /** Unwaived rule ids found, sorted, each once. */
  rules: string[];
  elapsedMs: number;
}

export const PROBE: ProbeOptions = { concurrency: 4, extraCa: [], heloName: 'probe.hostile.test', retryAfterMs: 50, perHost: 4 };

/** Parse, plan, probe, judge: the pipeline of `check()` without the files. */
export async function probeAndJudge(text: string, options: Partial<ProbeOptions> = {}): Promise<Judged> {
  const policy = mustParse(text);
  const started = performance.now();
  const plan = await buildPlan(policy, loopbackOnly);
  const facts = await probeAll(plan.endpoints, { ...PROBE, ...options });
  const elapsedMs = performance.now() - started;
  const findings = judge(
    policy,
    plan.endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i]! })),
    new Date(),
  );
  const rules = [...new Set(findings.filter((f) => !f.waived).map((f) => f.rule))].sort();
  return { facts, endpoints: plan.endpoints, findings, rules, elapsedMs };
}

/**
 * A generous bound on a probe's wall time: `steps` network steps at the timeout each, plus the
 * busy retry wait, plus 2 s of slack for a loaded machine. It catches a hang, not a slow run.
 */
export function deadlineBound(timeoutMs: number, steps: number, retryAfterMs = PROBE.retryAfterMs ?? 0): number {
  return steps * timeoutMs + retryAfterMs + 2000;
}

let collect: (() => void) | null | undefined;

/** The garbage collector, when it can be had (V8 lets a flag expose it at run time). */
function gc(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

/** Heap in use after a collection (as near as can be had without one). */
export function heapUsed(): number {
  const run = gc();
  run?.();
  return process.memoryUsage().heapUsed;
}

/** Runs `work` and reports how much the heap grew across it, measured after collections. */
export async function heapGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number; collected: boolean }> {
  const before = heapUsed();
  const result = await work();
  const after = heapUsed();
  return { result, growth: after - before, collected: gc() !== null };
}

export const MiB = 1024 * 1024;
