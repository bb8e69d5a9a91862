// The fleet at a glance: one row per host, one column per service, one mark per cell. The job
// summary and the command line's text open with it, each drawing it its own way.
import { SERVICE_NAMES } from '../policy/services.js';
import type { Severity } from '../policy/types.js';
import { RULE_IDS, type Finding, type RuleId } from '../rules/types.js';
import { compareText, SEVERITY_RANK } from '../order.js';
import type { Report } from './types.js';

/** The column of findings that belong to a host but to no service (domain checks, waivers). */
export const OTHER_COLUMN = 'other';

export type MatrixCell =
  /** Probed, and nothing standing was found. */
  | { mark: 'pass' }
  /** The most severe standing finding of the cell (severity first, then the catalog's order). */
  | { mark: 'fail'; severity: Severity; rule: RuleId; findings: number }
  /** Findings, every one of them waived. */
  | { mark: 'waived'; rule: RuleId }
  /** The policy does not ask for this service on this host. */
  | { mark: 'not-asked' };

export interface MatrixRow {
  host: string;
  /** One per column, in the order of FleetMatrix.columns. */
  cells: MatrixCell[];
  /** The most severe standing finding of the host; null when it has none. */
  worst: Severity | null;
}

export interface FleetMatrix {
  /** Service names in the policy's table order, only those some host asks for; then `other` if needed. */
  columns: string[];
  /** Hosts with standing findings first (most severe first), then the rest; by name within each. */
  rows: MatrixRow[];
}

const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));

/** Most severe first; among equals, the catalog's order (which puts causes before consequences). */
export function compareSeverityThenRule(a: Pick<Finding, 'severity' | 'rule'>, b: Pick<Finding, 'severity' | 'rule'>): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!;
}

function columnOf(service: string | null): string {
  return service ?? OTHER_COLUMN;
}

export function fleetMatrix(report: Report): FleetMatrix {
  const asked = new Set<string>();
  const byHost = new Map<string, { asked: Set<string>; findings: Finding[] }>();
  const entry = (host: string): { asked: Set<string>; findings: Finding[] } => {
    let e = byHost.get(host);
    if (!e) byHost.set(host, (e = { asked: new Set(), findings: [] }));
    return e;
  };
  for (const e of report.endpoints) {
    entry(e.host).asked.add(e.service);
    asked.add(e.service);
  }
  for (const f of report.findings) {
    const column = columnOf(f.service);
    const e = entry(f.host);
    e.asked.add(column);
    e.findings.push(f);
    asked.add(column);
  }
  const columns = [...SERVICE_NAMES.filter((s) => asked.has(s)), ...[...asked].filter((c) => !(SERVICE_NAMES as readonly string[]).includes(c) && c !== OTHER_COLUMN).sort(compareText)];
  if (asked.has(OTHER_COLUMN)) columns.push(OTHER_COLUMN);

  const rows: MatrixRow[] = [...byHost].map(([host, { asked: hostAsked, findings }]) => {
    const cells = columns.map((column): MatrixCell => {
      if (!hostAsked.has(column)) return { mark: 'not-asked' };
      const here = findings.filter((f) => columnOf(f.service) === column);
      const standing = here.filter((f) => !f.waived).sort(compareSeverityThenRule);
      if (standing.length > 0) return { mark: 'fail', severity: standing[0]!.severity, rule: standing[0]!.rule, findings: standing.length };
      const waived = here.filter((f) => f.waived).sort(compareSeverityThenRule);
      if (waived.length > 0) return { mark: 'waived', rule: waived[0]!.rule };
      return { mark: 'pass' };
    });
    const standing = findings.filter((f) => !f.waived).sort(compareSeverityThenRule);
    return { host, cells, worst: standing.length > 0 ? standing[0]!.severity : null };
  });
  const rank = (r: MatrixRow): number => (r.worst === null ? 3 : SEVERITY_RANK[r.worst]);
  rows.sort((a, b) => rank(a) - rank(b) || compareText(a.host.toLowerCase(), b.host.toLowerCase()) || compareText(a.host, b.host));
  return { columns, rows };
}
