// What a rule module exports: its `meta`, everything said about the rule in one place. The
// registry (registry.ts) lists the modules; the rule ids, both JSON schemas' rule lists, the rule
// pages, the README's rule table, SARIF's rules and the annotations' help links all come from it
// (`npm run docs`). See docs/architecture.md, "Adding a rule".
import type { Severity } from '../policy/types.js';
import type { RuleId } from './registry.js';

/**
 * What a rule judges: one endpoint's facts, one policy domain's DNS facts, the whole run (the
 * runner's own network), or the policy itself (waivers).
 */
export type RuleScope = 'endpoint' | 'domain' | 'run' | 'policy';

export type RuleFixedBy = 'mail-server' | 'web-server' | 'no-server';

/** Everything said about a rule, in one place: drives docs, schemas, SARIF, annotations and summaries. */
export interface RuleMeta<Id extends string = RuleId> {
  id: Id;
  defaultSeverity: Severity | 'off';
  scope: RuleScope;
  /**
   * Whose configuration fixes what the rule finds: the mail server's (its page then covers
   * Postfix, Dovecot and Exim), the web server's (nginx: the redirect on port 80, the MTA-STS
   * policy file), or no server's (DNS records, the policy, the runner's network, a question the
   * server left unanswered: its page has no server section).
   */
  fixedBy: RuleFixedBy;
  /**
   * Whether the rule's findings say a check could not be concluded (a run is then never a pass
   * while one stands, exit code 3). Findings carry it as `inconclusive: true`; a rule whose
   * findings are inconclusive only sometimes (runner-network-limited) says true here, the default
   * it has at its default severity.
   */
  inconclusive: boolean;
  /** A short title, sentence case, no final period. */
  title: string;
  /** One line for the policy schema, shown by editors next to the rule's severity override. */
  summary: string;
  /** What the rule checks, one or two sentences. */
  what: string;
  /** Why it matters, naming the standard. */
  why: string;
  /** How to fix it on the server, one or two sentences. */
  fix: string;
  /** Standards it rests on, e.g. ["RFC 8314 §3", "RFC 3207"]. */
  references: readonly string[];
  /** The CWE number code scanning groups the rule's alerts under (SARIF tag external/cwe/cwe-N), if any. */
  cwe?: string;
  /** SARIF security-severity, "0.0"–"10.0". */
  securitySeverity: string;
  /**
   * The fix per server, only for the servers the rule applies to (none for DNS and policy rules),
   * each with the server's own documentation of its settings. Drives the "How to fix" sections
   * of docs/rules/<id>.md and the SARIF help.
   */
  servers: ServerFixes;
}

/** The mail and web servers the rule pages give configuration for, in the order they are shown. */
export const SERVER_NAMES = ['postfix', 'dovecot', 'exim', 'nginx'] as const;

export type ServerName = (typeof SERVER_NAMES)[number];

export interface ServerFix {
  /** Where the settings go, e.g. "main.cf", "master.cf", "conf.d/10-ssl.conf", "shell". */
  file: string;
  /** The lines to put there, exactly as the server reads them (several lines joined by "\n"). */
  settings: string;
  /** What to know about the settings: versions, reloads, pitfalls. */
  note?: string;
  /** The server's own documentation of these settings (postconf(5), doc.dovecot.org, the Exim specification, nginx.org): at least one. */
  docs: readonly [DocLink, ...DocLink[]];
}

/** A page of a server's official documentation. */
export interface DocLink {
  label: string;
  url: string;
}

export type ServerFixes = Readonly<Partial<Record<ServerName, ServerFix>>>;

/**
 * A rule's metadata, frozen, with its id kept as a literal type: the registry derives `RuleId`
 * from the ids of the modules it lists.
 */
export function defineRule<const Id extends string>(meta: RuleMeta<Id>): Readonly<RuleMeta<Id>> {
  const servers = Object.fromEntries(
    Object.entries(meta.servers).map(([server, fix]) => [server, Object.freeze({ ...fix, docs: Object.freeze([...fix.docs]) })]),
  );
  return Object.freeze({ ...meta, references: Object.freeze([...meta.references]), servers: Object.freeze(servers) });
}
