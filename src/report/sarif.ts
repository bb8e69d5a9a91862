// SARIF 2.1.0 for code scanning: every finding becomes an alert on the policy line that asked for
// the thing that failed. Alerts must survive from one run to the next, so their fingerprint is
// built from what the finding is about (rule, host, port, service), never from wording, timing
// or which of a host's addresses answered first.
import { createHash } from 'node:crypto';
import { RULES } from '../rules/registry.js';
import { repositoryUrl, ruleDocsUrl } from '../rules/links.js';
import { ruleBodyMarkdown } from '../docs/rule-docs.js';
import { RULE_IDS, type Finding, type RuleId, type RuleMeta } from '../rules/types.js';
import type { Severity } from '../policy/types.js';
import { compareAddress, SEVERITY_RANK } from '../order.js';
import type { Report } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Versioned so that a future change of what goes into the hash can say so. */
export const FINGERPRINT_KEY = 'mailTlsGate/v1';

export interface SarifOptions {
  /** The policy file, relative to the repository root (resolved against %SRCROOT%). */
  policyUri: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', notice: 'note' };

// CodeQL's vocabulary, which code scanning shows where no security-severity applies.
const PROBLEM_SEVERITY: Readonly<Record<Severity | 'off', string>> = {
  error: 'error',
  warning: 'warning',
  notice: 'recommendation',
  off: 'recommendation',
};

export function toSarif(report: Report, opts: SarifOptions): object {
  const ruleIndex = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: repositoryUrl(),
            rules: RULE_IDS.map((id) => sarifRule(RULES[id])),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: groupFindings(report.findings).map((group) => sarifResult(group, ruleIndex, opts.policyUri)),
        // The run's verdict (pass, fail or inconclusive), as in the JSON report's summary.
        properties: { result: report.summary.result },
      },
    ],
  };
}

function sarifRule(meta: RuleMeta): object {
  const enabled = meta.defaultSeverity !== 'off';
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.what },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: enabled ? { level: LEVEL[meta.defaultSeverity as Severity] } : { enabled: false, level: 'note' },
    properties: {
      'security-severity': meta.securitySeverity,
      // CWE tags let code scanning group alerts with those of other tools.
      tags: ['security', 'mail', 'tls', ...(meta.cwe !== undefined ? [`external/cwe/cwe-${meta.cwe}`] : [])],
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity],
    },
  };
}

function helpText(meta: RuleMeta): string {
  return [
    meta.what,
    `Why: ${meta.why}`,
    `How to fix: ${meta.fix}`,
    ...(meta.references.length > 0 ? [`References: ${meta.references.join('; ')}`] : []),
    `Fixes for Postfix, Dovecot, Exim and nginx: ${ruleDocsUrl(meta.id)}`,
  ].join('\n\n');
}

/** The rule page's text (with the fix per server), and a link to the page itself. */
function helpMarkdown(meta: RuleMeta): string {
  return `${ruleBodyMarkdown(meta).trimEnd()}\n\n[The rule's page](${ruleDocsUrl(meta.id)})\n`;
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => (/^\d/.test(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** Findings that differ only in address are one alert: the same problem seen on each address of a host. */
interface FindingGroup {
  first: Finding;
  findings: Finding[];
}

function subjectKey(f: Pick<Finding, 'rule' | 'host' | 'port' | 'service'>): string {
  return JSON.stringify([f.rule, f.host.toLowerCase(), f.port, f.service]);
}

function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = JSON.stringify([subjectKey(f), f.waived]);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((list) => ({ first: list[0]!, findings: list }));
}

export function fingerprint(f: Pick<Finding, 'rule' | 'host' | 'port' | 'service'>): string {
  return createHash('sha256').update(subjectKey(f)).digest('hex');
}

function sarifResult(group: FindingGroup, ruleIndex: ReadonlyMap<RuleId, number>, policyUri: string): object {
  const { first, findings } = group;
  const severity = findings.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0]!;
  const addresses = [...new Set(findings.flatMap((f) => (f.address === null ? [] : [f.address])))].sort(compareAddress);
  const messages = [...new Set(findings.map((f) => f.message))];
  const evidence = [...new Set(findings.flatMap((f) => (f.evidence === null ? [] : [f.evidence])))];
  const where = [first.host, first.port === null ? '' : `:${first.port}`, first.service === null ? '' : ` ${first.service}`].join('');
  const seenOn = addresses.length > 0 ? ` (${addresses.length === 1 ? 'address' : 'addresses'} ${addresses.join(', ')})` : '';
  const result: Record<string, unknown> = {
    ruleId: first.rule,
    ruleIndex: ruleIndex.get(first.rule),
    level: LEVEL[severity],
    message: { text: `${where}: ${messages.join(' / ')}${seenOn}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: policyUri, uriBaseId: '%SRCROOT%' },
          region: { startLine: first.location.line, startColumn: first.location.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(first) },
    properties: {
      host: first.host,
      port: first.port,
      service: first.service,
      addresses,
      ...(evidence.length > 0 ? { evidence } : {}),
    },
  };
  if (first.waived) {
    result.suppressions = [{ kind: 'external', justification: first.waiverReason ?? 'Waived in the policy.' }];
  }
  return result;
}
