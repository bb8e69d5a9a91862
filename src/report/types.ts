// The JSON report (reportVersion 1), exactly as DESIGN.md gives it. Deterministic: endpoints and
// findings sorted by host, address, port (then service, rule).
import type { EndpointFacts } from '../probe/facts.js';
import type { Finding } from '../rules/types.js';

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
  endpoints: EndpointFacts[];
  findings: Finding[];
}
