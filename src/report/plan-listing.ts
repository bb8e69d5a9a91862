// The plan as text, for `validate`: what a check of this policy would probe.
import type { Plan } from '../plan/types.js';
import type { Policy } from '../policy/types.js';
import { neutralise } from './neutralise.js';
import { plural } from './plural.js';

/**
 * `schemaUrl`, when given, ends the listing with the header that lets an editor check the policy
 * as it is typed. Host names here are validated names or IP literals; the file is the policy's
 * path as typed, neutralised like any argument a workflow could fill from an event.
 */
export function formatPlan(policy: Policy, plan: Plan, schemaUrl?: string): string {
  const rows = plan.endpoints.map((e) => [
    e.host,
    e.address ?? '(resolved at check time)',
    String(e.port),
    e.service,
    e.expectation,
    `${neutralise(e.location.file, 1000)}:${e.location.line}:${e.location.column}`,
  ]);
  const header = ['host', 'address', 'port', 'service', 'expect', 'asked at'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [
    `${neutralise(policy.file, 1000)}: valid policy, ${plural(policy.hosts.length, 'host')}, ${plural(plan.endpoints.length, 'endpoint')} planned`,
    '',
    line(header),
    ...rows.map(line),
    '',
    ...(schemaUrl ? [`hint: editors check a policy as you type with this first line: # yaml-language-server: $schema=${schemaUrl}`, ''] : []),
  ].join('\n');
}
