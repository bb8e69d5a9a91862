// The lists in policies/schema.json and policies/report.schema.json that name rules and
// services, written from the rule registry and the service table (`npm run docs`), so that a
// rule or a service is declared once (the services from the protocol table, src/probe/dialogues/). Pure: takes the schema's current text, returns the new.
import { serviceEntries } from './service-table.js';
import { RULE_IDS, RULES } from '../rules/registry.js';

export const POLICY_SCHEMA_PATH = 'policies/schema.json';
export const REPORT_SCHEMA_PATH = 'policies/report.schema.json';

/** The scopes of the rules whose findings sit on one host's endpoints (runner-network-limited's too). */
const HOST_RULE_SCOPES: ReadonlySet<string> = new Set(['endpoint', 'run']);

interface SchemaNode {
  [keyword: string]: unknown;
}

/** Service names, each followed by its aliases, as a policy may write them. */
function serviceNamesWithAliases(): string[] {
  return serviceEntries().flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]);
}

function serviceNameDescription(): string {
  const entries = serviceEntries().map((entry) => {
    const aliases = entry.aliases ?? [];
    return `${entry.name}${aliases.length > 0 ? ` (alias ${aliases.join(', ')})` : ''} ${entry.port}`;
  });
  return `${entries.join(', ')}.`;
}

/** policies/schema.json (formatted as JSON.stringify with two spaces) with its rule and service lists written. */
export function policySchemaText(current: string): string {
  const schema = JSON.parse(current) as { $defs: Record<string, SchemaNode> };
  const defs = schema.$defs;
  defs['ruleId'] = { ...defs['ruleId'], enum: [...RULE_IDS] };
  const severities = defs['ruleSeverities'] as SchemaNode;
  defs['ruleSeverities'] = {
    ...severities,
    properties: Object.fromEntries(RULE_IDS.map((id) => [id, { $ref: '#/$defs/severity', description: RULES[id].summary }])),
  };
  // A host's own overrides weigh the findings on its endpoints: rules that judge a domain or the
  // policy itself have none there, so a host cannot name them (and editors do not offer them).
  const hostSeverities = defs['hostRuleSeverities'] as SchemaNode;
  defs['hostRuleSeverities'] = {
    ...hostSeverities,
    properties: Object.fromEntries(
      RULE_IDS.filter((id) => HOST_RULE_SCOPES.has(RULES[id].scope)).map((id) => [id, { $ref: '#/$defs/severity', description: RULES[id].summary }]),
    ),
  };
  defs['serviceName'] = { ...defs['serviceName'], description: serviceNameDescription(), enum: serviceNamesWithAliases() };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * policies/report.schema.json with its rule and service lists written. The file is formatted by
 * hand (short lists on one line), so only the two arrays are replaced, each in its own layout.
 */
export function reportSchemaText(current: string): string {
  let text = replaceArrayAfter(current, /"finding": \{[\s\S]*?"rule": \{\s*"enum": /, RULE_IDS);
  text = replaceArrayAfter(text, /"service": \{\s*"enum": /, serviceEntries().map((entry) => entry.name));
  return text;
}

/** Replaces the string array that follows the first match of `anchor`, keeping its layout (one line, or one item per line). */
function replaceArrayAfter(text: string, anchor: RegExp, values: readonly string[]): string {
  const match = anchor.exec(text);
  if (match === null) throw new Error(`report schema: no array after ${anchor.source}`);
  const open = match.index + match[0].length;
  if (text[open] !== '[') throw new Error(`report schema: expected [ after ${anchor.source}`);
  const close = text.indexOf(']', open);
  const old = text.slice(open, close + 1);
  let replacement: string;
  if (!old.includes('\n')) {
    replacement = `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  } else {
    const itemIndent = /\n([ \t]*)"/.exec(old)?.[1] ?? '';
    const closeIndent = /\n([ \t]*)\]$/.exec(old)?.[1] ?? '';
    replacement = `[\n${values.map((v) => `${itemIndent}${JSON.stringify(v)}`).join(',\n')}\n${closeIndent}]`;
  }
  return text.slice(0, open) + replacement + text.slice(close + 1);
}
