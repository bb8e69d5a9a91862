// The JSON report (reportVersion 1), as docs/architecture.md, "Report format", gives it.
// Deterministic: endpoints and findings sorted by host, address, port (then service, rule).
import type { EndpointFacts } from '../facts/endpoint.js';
import type { DomainFacts } from '../facts/domains.js';
import type { Finding } from '../rules/types.js';
import type { RunnerLimit } from '../rules/catalog/runner-network-limited.js';
import type { DaneOutcome } from '../rules/dane.js';

/**
 * `fail`: findings at or above fail-on; `inconclusive`: none, but some required check could not be
 * concluded (a service turned the probe away, or no required endpoint got through); `pass`.
 */
export type Result = 'pass' | 'fail' | 'inconclusive';

export interface ReportSummary {
  errors: number;
  warnings: number;
  notices: number;
  endpoints: number;
  result: Result;
}

export interface Report {
  reportVersion: 1;
  tool: { name: 'mail-tls-gate'; version: string };
  policy: string;
  startedAt: string;
  durationMs: number;
  summary: ReportSummary;
  /** Set when the run probed one shard of the plan (`shard: i/n`); absent for a whole or merged run. */
  shard?: ReportShard;
  endpoints: EndpointFacts[];
  /** What DNS and the MTA-STS policy hosts showed for the policy's domains; absent when it lists none. */
  domains?: DomainFacts[];
  /** What the runner's own network could not test, and why; absent when nothing. */
  runnerNetwork?: RunnerLimit[];
  /**
   * How DANE stands at each port-25 endpoint of the MX hosts of domains that ask about DANE: which
   * TLSA record matched which certificate of the presented chain (a judgement over the domains'
   * TLSA facts and the endpoints' chains); absent when no domain asks.
   */
  dane?: DaneOutcome[];
  findings: Finding[];
}

/** Which part of the plan a sharded run probed, and what `merge` needs to judge the whole. */
export interface ReportShard {
  /** 1-based. */
  index: number;
  count: number;
  /** SHA-256 (hex) of the policy file's bytes: shards of different policies are never merged. */
  policySha256: string;
  /** Required endpoints in this shard, and how many of them got through (neither unreachable nor busy). */
  requiredEndpoints: number;
  concludedEndpoints: number;
  /** Forbidden endpoints in this shard, and how many of them had an address (their host name resolved). Absent in older reports. */
  forbiddenEndpoints?: number;
  forbiddenResolved?: number;
}
