// Check annotations on the policy file. GitHub keeps at most 10 annotations of each level per
// step, so findings are grouped per policy line and severity, and whatever still does not fit
// is rolled up into a last annotation that says how much is missing and where to find it.
import type { Severity } from '../policy/types.js';
import type { Finding, RuleId } from '../rules/types.js';
import { RULES } from '../rules/registry.js';
import { ruleDocsUrl } from '../rules/links.js';
import { neutralise } from './neutralise.js';
import { compareFindings, compareText, SEVERITY_RANK } from '../order.js';
import type { Report } from './types.js';
import { findingPlace } from './words.js';
import { plural } from './plural.js';

export interface Annotation {
  level: Severity;
  file: string;
  line: number;
  column: number;
  title: string;
  message: string;
}

/** GitHub's cap per annotation level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** Past this many lines an annotation gets hard to read; the summary has the rest. */
export const LINES_PER_ANNOTATION = 25;
const LINE_MAX_CHARS = 300;

/** How an annotation names a rule: its title from the metadata, then its id. */
function ruleName(id: RuleId): string {
  return `${RULES[id].title} (${id})`;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

const PLURAL: Readonly<Record<Severity, string>> = { error: 'errors', warning: 'warnings', notice: 'notices' };

interface LineGroup {
  level: Severity;
  file: string;
  line: number;
  findings: Finding[];
}

export function annotationsFor(report: Report): Annotation[] {
  const groups = groupByLineAndSeverity(report.findings.filter((f) => !f.waived));
  const out: Annotation[] = [];
  for (const level of SEVERITY_ORDER) {
    const ofLevel = groups.filter((g) => g.level === level);
    if (ofLevel.length <= ANNOTATIONS_PER_LEVEL) {
      out.push(...ofLevel.map(annotationForLine));
    } else {
      out.push(...ofLevel.slice(0, ANNOTATIONS_PER_LEVEL - 1).map(annotationForLine));
      out.push(rollUp(ofLevel.slice(ANNOTATIONS_PER_LEVEL - 1)));
    }
  }
  return out;
}

function groupByLineAndSeverity(findings: readonly Finding[]): LineGroup[] {
  const groups = new Map<string, LineGroup>();
  for (const f of [...findings].sort(compareFindings)) {
    const key = JSON.stringify([f.location.file, f.location.line, f.severity]);
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { level: f.severity, file: f.location.file, line: f.location.line, findings: [f] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.level] - SEVERITY_RANK[b.level] ||
      compareText(a.file, b.file) ||
      a.line - b.line,
  );
}

function annotationForLine(group: LineGroup): Annotation {
  const rules = [...new Set(group.findings.map((f) => f.rule))].sort(compareText);
  return {
    level: group.level,
    file: group.file,
    line: group.line,
    column: Math.min(...group.findings.map((f) => f.location.column)),
    // The rules' titles from their metadata, each with its id (what waivers and severities use).
    title: neutralise(rules.map(ruleName).join('; ')),
    // Each rule's page says what it means and how to fix it, per server.
    message: [...messageLines(group.findings), ...rules.map((rule) => neutralise(`How to fix ${ruleName(rule)}: ${ruleDocsUrl(rule)}`, LINE_MAX_CHARS))].join('\n'),
  };
}

/**
 * One line per distinct finding text; the same finding on several addresses of a host is one
 * line that says how many.
 */
function messageLines(findings: readonly Finding[]): string[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const text = `${findingPlace(f)} — ${f.message}`;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const lines = [...counts].map(([text, n]) => neutralise(n > 1 ? `${text} (on ${n} addresses)` : text, LINE_MAX_CHARS));
  if (lines.length <= LINES_PER_ANNOTATION) return lines;
  const shown = lines.slice(0, LINES_PER_ANNOTATION - 1);
  const hidden = lines.length - shown.length;
  return [...shown, `… and ${hidden} more on this line: the job summary lists every finding.`];
}

function rollUp(rest: readonly LineGroup[]): Annotation {
  const level = rest[0]!.level;
  const findings = rest.reduce((n, g) => n + g.findings.length, 0);
  const rules = [...new Set(rest.flatMap((g) => g.findings.map((f) => f.rule)))].sort(compareText);
  const lineNames = rest.map((g) => `${g.file}:${g.line}`);
  const listed = lineNames.length > 20 ? [...lineNames.slice(0, 20), `and ${lineNames.length - 20} more`] : lineNames;
  return {
    level,
    file: rest[0]!.file,
    line: rest[0]!.line,
    column: Math.min(...rest[0]!.findings.map((f) => f.location.column)),
    title: neutralise(`${plural(rest.length, 'more policy line', 'more policy lines')} with ${PLURAL[level]}`),
    message: [
      neutralise(
        `${plural(findings, `more ${level}`, `more ${PLURAL[level]}`)} on ${plural(rest.length, 'policy line', 'policy lines')} ` +
          `${findings === 1 ? 'is' : 'are'} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} ${PLURAL[level]} per step). ` +
          'The job summary lists every finding.',
        LINE_MAX_CHARS,
      ),
      neutralise(`Lines: ${listed.join(', ')}`, LINE_MAX_CHARS),
      neutralise(`Rules: ${rules.join(', ')}`, LINE_MAX_CHARS),
    ].join('\n'),
  };
}
