// The settings both entry points take (CLI flags, action inputs), checked with one wording.
import { parseDuration } from './policy/duration.js';
import type { FailOn } from './rules/judge.js';
import { parseResolverAddress, type ResolverAddress } from './resolve/dns.js';
import { TRUST_SOURCES, type TrustSource } from './probe/roots.js';

/** Where a policy lives unless told otherwise: the action's `policy` input and init's `--output`. */
export const DEFAULT_POLICY_FILE = '.github/mail-tls-policy.yml';

export const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'inconclusive', 'never'] as const;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseFailOn(name: string, text: string): Parsed<FailOn> {
  return (FAIL_ON_VALUES as readonly string[]).includes(text)
    ? { ok: true, value: text as FailOn }
    : { ok: false, message: `${name}: '${text}' is not one of ${FAIL_ON_VALUES.join(', ')}` };
}

function parseTrust(name: string, text: string): Parsed<TrustSource> {
  return (TRUST_SOURCES as readonly string[]).includes(text)
    ? { ok: true, value: text as TrustSource }
    : { ok: false, message: `${name}: '${text}' is not one of ${TRUST_SOURCES.join(', ')}` };
}

function parseWholeNumber(name: string, text: string, max: number): Parsed<number> {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max
    ? { ok: true, value: n }
    : { ok: false, message: `${name}: '${text}' is not a whole number from 1 to ${max}` };
}

function parseTimeout(name: string, text: string): Parsed<number> {
  const ms = parseDuration(text);
  return typeof ms === 'number'
    ? { ok: true, value: ms }
    : { ok: false, message: `${name}: '${text}' is not a duration like 500ms, 10s or 2m (${ms.error})` };
}

/** YAML 1.2 core booleans, as the runner's own inputs accept them. */
export function parseBoolean(name: string, text: string): Parsed<boolean> {
  if (/^(true|True|TRUE)$/.test(text)) return { ok: true, value: true };
  if (/^(false|False|FALSE)$/.test(text)) return { ok: true, value: false };
  return { ok: false, message: `${name}: '${text}' is not true or false` };
}

export interface CheckSettings {
  failOn: FailOn;
  concurrency: number;
  perHost: number;
  timeoutMs?: number;
  retryAfterMs: number;
  /** The DNS server for domain look-ups; the system's when absent. */
  resolver?: ResolverAddress;
  /** The base roots certificates must chain to (plus ca-file). */
  trust: TrustSource;
  /** Probe loopback, link-local, unspecified and multicast addresses DNS gives MX and MTA-STS hosts. */
  allowLoopback: boolean;
}

/** Raw texts as given (undefined or '' = not given), keyed by the settings' names. */
export interface RawCheckSettings {
  failOn?: string;
  concurrency?: string;
  perHost?: string;
  timeout?: string;
  retryAfter?: string;
  resolver?: string;
  trust?: string;
  allowLoopback?: string;
}

/**
 * Checks every setting and reports every bad one at once. `label` turns a setting's name into
 * what the user typed (`--fail-on` on the command line, `fail-on` in a workflow).
 */
export function parseCheckSettings(
  raw: RawCheckSettings,
  label: (kebab: string) => string,
): { ok: true; value: CheckSettings } | { ok: false; messages: string[] } {
  const given = (t: string | undefined): string | undefined => (t === undefined || t === '' ? undefined : t);
  const failOn = parseFailOn(label('fail-on'), given(raw.failOn) ?? 'error');
  const concurrency = parseWholeNumber(label('concurrency'), given(raw.concurrency) ?? '32', 1024);
  const perHost = parseWholeNumber(label('per-host'), given(raw.perHost) ?? '2', 64);
  const timeout = given(raw.timeout) === undefined ? undefined : parseTimeout(label('timeout'), raw.timeout!);
  const retryAfter = parseTimeout(label('retry-after'), given(raw.retryAfter) ?? '5s');
  const trust = parseTrust(label('trust'), given(raw.trust) ?? 'system');
  const resolverText = given(raw.resolver);
  const resolverParsed = resolverText === undefined ? undefined : parseResolverAddress(resolverText);
  const resolver: Parsed<ResolverAddress> | undefined =
    resolverParsed === undefined ? undefined : 'error' in resolverParsed ? { ok: false, message: `${label('resolver')}: ${resolverParsed.error}` } : { ok: true, value: resolverParsed };
  const allowLoopback = parseBoolean(label('allow-loopback'), given(raw.allowLoopback) ?? 'false');
  const messages = [failOn, concurrency, perHost, timeout, retryAfter, resolver, trust, allowLoopback].flatMap((p) => (p && !p.ok ? [p.message] : []));
  if (!failOn.ok || !concurrency.ok || !perHost.ok || (timeout && !timeout.ok) || !retryAfter.ok || (resolver && !resolver.ok) || !trust.ok || !allowLoopback.ok) {
    return { ok: false, messages };
  }
  return {
    ok: true,
    value: {
      failOn: failOn.value,
      concurrency: concurrency.value,
      perHost: perHost.value,
      timeoutMs: timeout?.value,
      retryAfterMs: retryAfter.value,
      resolver: resolver?.value,
      trust: trust.value,
      allowLoopback: allowLoopback.value,
    },
  };
}

// ---- The command line's flags --------------------------------------------------------------
// One table drives both parsing and `--help`: a flag added here is parsed, checked against the
// command it is given to, and shown in that command's help, with nothing else to change.

export const COMMANDS = ['check', 'merge', 'validate', 'init', 'demo'] as const;
export type Command = (typeof COMMANDS)[number];

export interface FlagSpec {
  /** The long name, without `--`. */
  name: string;
  /** A one-letter alias, without `-`. */
  short?: string;
  /** The placeholder for the flag's value in help (`N`, `FILE`); absent for a switch. */
  value?: string;
  /** What happens when the flag is not given, as help shows it. */
  default?: string;
  /** One line of meaning. */
  meaning: string;
  /** The line for a command where the general one would be wrong. */
  meaningFor?: Partial<Record<Command, string>>;
  /** The default for a command where the general one would be wrong. */
  defaultFor?: Partial<Record<Command, string>>;
  /** The commands that take the flag. */
  commands: readonly Command[];
}

const PROBING: readonly Command[] = ['check'];
/** Flags of every command that opens connections: check, and init's first look. */
const CONNECTING: readonly Command[] = ['check', 'init'];
const REPORTING: readonly Command[] = ['check', 'merge'];

export const FLAGS: readonly FlagSpec[] = [
  { name: 'format', value: 'FORMAT', default: 'text', meaning: 'how to print the result: text, json or sarif', meaningFor: { validate: 'how to print the plan: text or json' }, commands: ['check', 'merge', 'validate'] },
  { name: 'fail-on', value: 'LEVEL', default: 'error', meaning: `the least severity that fails the run: ${FAIL_ON_VALUES.join(', ')}`, commands: REPORTING },
  { name: 'only', value: 'HOST', default: 'every host', meaning: 'check only this host or domain of the policy', commands: ['check', 'validate'] },
  { name: 'concurrency', value: 'N', default: '32', meaning: 'endpoints probed at the same time (1 to 1024)', commands: CONNECTING },
  { name: 'per-host', value: 'N', default: '2', meaning: 'simultaneous connections per host name and per address (1 to 64)', commands: CONNECTING },
  { name: 'timeout', value: 'DURATION', default: "the policy's timeout, 10s unless set", defaultFor: { init: '5s' }, meaning: "each network step's deadline, for every host, like 500ms, 10s or 2m", commands: CONNECTING },
  { name: 'retry-after', value: 'DURATION', default: '5s', meaning: 'wait before retrying a service that turned the probe away as busy', commands: PROBING },
  { name: 'ca-file', value: 'PEM', default: 'none', meaning: 'extra trusted root certificates, in a PEM file', commands: CONNECTING },
  { name: 'resolver', value: 'ADDR[:PORT]', default: "the system's", meaning: 'the DNS server for MX, MTA-STS, TLS-RPT and TLSA look-ups, and the only one whose DNSSEC validation is trusted', meaningFor: { init: 'the DNS server for MX, MTA-STS, TLS-RPT and TLSA look-ups (and for telling a domain from a host), and the only one whose DNSSEC validation is trusted: without it, domains get dane: off' }, commands: CONNECTING },
  { name: 'trust', value: 'SOURCE', default: 'system', meaning: "the roots certificates must chain to: system (the machine's store, Node's bundled roots where Node cannot read it) or bundled; ca-file adds to either", commands: CONNECTING },
  { name: 'allow-loopback', meaning: 'also probe loopback, link-local, unspecified and multicast addresses that DNS gives MX and MTA-STS hosts (test setups on loopback); hosts the policy names are never restricted', meaningFor: { init: 'also probe loopback, link-local, unspecified and multicast addresses that DNS gives MX and MTA-STS hosts (test setups on loopback); names given to init are never restricted' }, commands: CONNECTING },
  { name: 'ipv4', short: '4', meaning: "probe only IPv4 addresses, whatever the policy's addresses: say", meaningFor: { init: 'probe only IPv4 addresses' }, commands: CONNECTING },
  { name: 'ipv6', short: '6', meaning: "probe only IPv6 addresses, whatever the policy's addresses: say", meaningFor: { init: 'probe only IPv6 addresses' }, commands: CONNECTING },
  { name: 'helo-name', value: 'NAME', default: "this machine's host name", meaning: 'the name SMTP sends in EHLO', commands: CONNECTING },
  { name: 'shard', value: 'i/n', default: 'none', meaning: 'probe only the i-th of n parts of the plan (combine them with merge)', commands: PROBING },
  { name: 'report', value: 'FILE', default: 'none', meaning: 'also write the JSON report to FILE', commands: REPORTING },
  { name: 'sarif', value: 'FILE', default: 'none', meaning: 'also write the SARIF file to FILE', commands: REPORTING },
  { name: 'dry-run', meaning: 'print the starter policy instead of writing it', commands: ['init'] },
  { name: 'output', value: 'FILE', default: DEFAULT_POLICY_FILE, meaning: 'where to write the starter policy; an existing file is never overwritten', commands: ['init'] },
  { name: 'help', short: 'h', meaning: 'show this help and exit', commands: COMMANDS },
];

/** `--version` is asked of the tool, not of a command. */
export const VERSION_FLAG: FlagSpec = { name: 'version', meaning: 'print the version and exit', commands: [] };
