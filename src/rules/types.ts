// Findings: what the policy says of the facts. Produced by pure rules, consumed by the outputs.
import type { ServiceName } from '../policy/services.js';
import type { Severity, SourceLocation } from '../policy/types.js';

export const RULE_IDS = [
  'required-service-unreachable',
  'forbidden-service-reachable',
  'service-misbehaving',
  'tls-handshake-failed',
  'starttls-not-offered',
  'starttls-failed',
  'plaintext-auth-offered',
  'starttls-command-injection',
  'http-not-redirected',
  'tls-version-legacy',
  'tls13-not-supported',
  'certificate-untrusted',
  'certificate-name-mismatch',
  'certificate-expired',
  'certificate-expiring',
  'certificate-weak',
  'mx-lookup-failed',
  'mta-sts-missing',
  'mta-sts-invalid',
  'mta-sts-not-enforcing',
  'mta-sts-mx-not-covered',
  'tls-rpt-missing',
  'waiver-expired',
  'service-busy',
  'dns-targets-skipped',
  'runner-network-limited',
  'check-inconclusive',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  host: string;
  address: string | null;
  port: number | null;
  service: ServiceName | null;
  /** One sentence in our own words. */
  message: string;
  /** What was seen (may quote remote text: neutralise before printing). */
  evidence: string | null;
  /** The policy line that asked for the thing that failed. */
  location: SourceLocation;
  waived: boolean;
  /** A check could not be concluded (see Draft.inconclusive); absent when the finding is a verdict. */
  inconclusive?: true;
  /** The waiver's reason, when waived. */
  waiverReason?: string;
}

/** Everything said about a rule, in one place: drives docs, SARIF, annotations and summaries. */
export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity | 'off';
  /** A short title, sentence case, no final period. */
  title: string;
  /** What the rule checks, one or two sentences. */
  what: string;
  /** Why it matters, naming the standard. */
  why: string;
  /** How to fix it on the server, one or two sentences (server-specific pages come later). */
  fix: string;
  /** Standards it rests on, e.g. ["RFC 8314 §3", "RFC 3207"]. */
  references: string[];
  /** SARIF security-severity, "0.0"–"10.0". */
  securitySeverity: string;
  /**
   * The fix per server, only for the servers the rule applies to (none for DNS and policy rules).
   * Drives the "How to fix" sections of docs/rules/<id>.md and the SARIF help.
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
  /** The server's own documentation of these settings (postconf(5), doc.dovecot.org, the Exim specification, nginx.org). */
  docs: readonly DocLink[];
}

/** A page of a server's official documentation. */
export interface DocLink {
  label: string;
  url: string;
}

export type ServerFixes = Readonly<Partial<Record<ServerName, ServerFix>>>;
