// Checks the schema cannot state: bounds on durations, real calendar dates, real IP
// addresses, duplicates and contradictions, waivers that name hosts the policy knows.
// They read the value defensively, so that they run (and report) alongside schema problems
// in the parts that are well formed.
import { calendarDateProblem } from './dates.js';
import { parseDuration } from './duration.js';
import { normaliseHost } from '../common/host-names.js';
import { hostLiteralProblem } from './host-mistakes.js';
import type { PathSegment, PolicyLocator } from './locate.js';
import { clip, subjectOf } from './paths.js';
import { schemaDefinition } from './schema-source.js';
import { readServiceItem } from './service-items.js';
import { closestMatch, didYouMean } from './suggest.js';
import type { PolicyProblem } from './types.js';

type Written = Record<string, unknown>;

function isRecord(value: unknown): value is Written {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function emptyOrAbsent(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function listAt(record: Written, key: string): unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

const patterns = new Map<string, RegExp>();

/** Does `value` pass the schema definition's pattern (so the schema had nothing to say)? */
function matches(definition: string, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  let pattern = patterns.get(definition);
  if (pattern === undefined) {
    pattern = new RegExp(String(schemaDefinition(definition)['pattern']), 'u');
    patterns.set(definition, pattern);
  }
  return pattern.test(value);
}

export function checkBeyondSchema(policy: Written, locator: PolicyLocator): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ location: locator.value(path), message });

  // YAML reads 1.0, 0x1 and 1e0 as the number 1; the format version is written as 1.
  if (policy['version'] === 1) {
    const written = locator.scalarSource(['version']);
    if (written !== undefined && written !== '1') report(['version'], 'version must be 1 (an integer)');
  }

  const defaults = policy['defaults'];
  if (isRecord(defaults)) checkTimeout(defaults, ['defaults'], report);

  /** A good name, once per list: `names` maps each normalised name to the line of its first entry. */
  const noteOnce = (names: Map<string, number>, kind: 'host' | 'domain', name: string | undefined, path: PathSegment[]) => {
    if (name === undefined) return;
    const first = names.get(name);
    if (first === undefined) names.set(name, locator.value(path).line);
    else report(path, `${kind} ${name} is listed twice (first at line ${first}); merge the two entries`);
  };

  const hostNames = new Map<string, number>();
  listAt(policy, 'hosts').forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const path: PathSegment[] = ['hosts', i];
    checkTimeout(entry, path, report);
    const name = checkName(entry['host'], 'host', [...path, 'host'], report);
    noteOnce(hostNames, 'host', name, [...path, 'host']);
    const label = name ?? (typeof entry['host'] === 'string' ? clip(entry['host']) : `hosts[${i}]`);
    if (name !== undefined && emptyOrAbsent(entry['require']) && emptyOrAbsent(entry['forbid'])) {
      report(path, `host ${label} requires and forbids nothing; list services under require or forbid`);
    }
    checkServiceLists(
      [
        { key: 'require', items: listAt(entry, 'require') },
        { key: 'forbid', items: listAt(entry, 'forbid') },
      ],
      path,
      label,
      locator,
      report,
    );
  });

  const domainNames = new Map<string, number>();
  listAt(policy, 'domains').forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const path: PathSegment[] = ['domains', i];
    const name = checkName(entry['domain'], 'domain', [...path, 'domain'], report);
    noteOnce(domainNames, 'domain', name, [...path, 'domain']);
    const mx = entry['mx'];
    if (isRecord(mx)) {
      checkServiceLists([{ key: 'require', items: listAt(mx, 'require') }], [...path, 'mx'], `the MX hosts of ${name ?? `domains[${i}]`}`, locator, report);
    }
    const dane = daneWithoutSmtp(entry);
    if (dane !== undefined) problems.push({ location: locator.key([...path, 'dane']), message: dane });
  });

  // Not when either is of the wrong shape: that is the schema's to report.
  if (emptyOrAbsent(policy['hosts']) && emptyOrAbsent(policy['domains'])) {
    report([], 'the policy lists no hosts and no domains, so there is nothing to check');
  }

  const known = [...hostNames.keys(), ...domainNames.keys()];
  listAt(policy, 'waivers').forEach((waiver, i) => {
    if (!isRecord(waiver)) return;
    const path: PathSegment[] = ['waivers', i];
    const expires = waiver['expires'];
    if (typeof expires === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(expires)) {
      const wrong = calendarDateProblem(expires);
      if (wrong !== undefined) report([...path, 'expires'], `${subjectOf([...path, 'expires'])} ${expires} ${wrong}`);
    }
    const host = checkName(waiver['host'], 'host', [...path, 'host'], report);
    if (host !== undefined && !hostNames.has(host) && !domainNames.has(host)) {
      report(
        [...path, 'host'],
        `waiver for ${host}, which is neither a host in hosts nor a domain in domains${didYouMean(closestMatch(host, known))}`,
      );
    }
  });

  return problems;
}

/**
 * DANE for SMTP (RFC 7672) is a promise about the MX hosts' port 25: their TLSA records are
 * matched against the chain it presents after STARTTLS. Without an smtp item under `mx:`
 * (port 25, or the port an item moves it to) no chain is seen, so `dane-mismatch` could never
 * fire and a record for the wrong key would pass: the policy must ask for the port, and the
 * probe does not add one the policy did not write (docs/domains.md, "DANE").
 */
function daneWithoutSmtp(entry: Written): string | undefined {
  const dane = entry['dane'];
  if (dane !== 'required' && dane !== 'optional') return undefined;
  const why = `dane: ${dane} matches each MX host's TLSA records against the certificate chain its port 25 presents after STARTTLS`;
  const mx = entry['mx'];
  if (mx === undefined) return `${why}, so that port must be probed: add 'mx: { require: [smtp] }' to this domain`;
  if (!isRecord(mx)) return undefined; // the schema's to report
  const items = mx['require'];
  // A list the schema rejects, or an item it cannot read, is the schema's to report.
  if (!Array.isArray(items) || items.some((item) => readServiceItem(item) === undefined)) return undefined;
  if (items.some((item) => readServiceItem(item)!.service === 'smtp')) return undefined;
  // Spelled back only when every item is a plain name: a rewrite must not drop an item's settings.
  const hint = items.every((item) => typeof item === 'string') ? ` (did you mean 'mx: { require: [${[...items, 'smtp'].join(', ')}] }'?)` : '';
  return `${why}, but mx: require does not ask for smtp: add smtp to that list${hint}`;
}

function checkTimeout(record: Written, path: PathSegment[], report: (path: PathSegment[], message: string) => void): void {
  const timeout = record['timeout'];
  if (!matches('duration', timeout)) return; // the schema reports any other shape
  const ms = parseDuration(timeout);
  if (typeof ms !== 'number') {
    report([...path, 'timeout'], `${subjectOf([...path, 'timeout'])} '${clip(timeout)}' is out of range: ${ms.error}`);
  }
}

/** The normalised name when it is a good one; reports what the pattern could not. */
function checkName(
  value: unknown,
  kind: 'host' | 'domain',
  path: PathSegment[],
  report: (path: PathSegment[], message: string) => void,
): string | undefined {
  if (!matches(kind === 'host' ? 'hostName' : 'domainName', value)) return undefined;
  const problem = hostLiteralProblem(value, kind);
  if (problem !== undefined) {
    report(path, `${subjectOf(path)} '${clip(value)}' ${problem}`);
    return undefined;
  }
  return normaliseHost(value);
}

/**
 * Within one host: a service and port asked for twice, required and forbidden at once, or
 * one port given to two services (a port speaks one protocol).
 */
function checkServiceLists(
  lists: Array<{ key: 'require' | 'forbid'; items: unknown[] }>,
  base: PathSegment[],
  label: string,
  locator: PolicyLocator,
  report: (path: PathSegment[], message: string) => void,
): void {
  const seen = new Map<string, { key: string; line: number }>(); // "service:port" → first
  const ports = new Map<number, { service: string; line: number }>();
  for (const { key, items } of lists) {
    items.forEach((item, j) => {
      const path = [...base, key, j];
      if (isRecord(item)) checkTimeout(item, path, report); // a service item's own timeout
      const wanted = readServiceItem(item);
      if (wanted === undefined) return;
      const line = locator.value(path).line;
      const what = `${wanted.service} on port ${wanted.port}`;
      const first = seen.get(`${wanted.service}:${wanted.port}`);
      if (first !== undefined) {
        report(
          path,
          first.key === key
            ? `${what} is listed twice for ${label} (first at line ${first.line})`
            : `${what} is both required (line ${first.line}) and forbidden for ${label}`,
        );
        return;
      }
      const sharing = ports.get(wanted.port);
      if (sharing !== undefined && sharing.service !== wanted.service) {
        report(
          path,
          `port ${wanted.port} is given to both ${sharing.service} (line ${sharing.line}) and ${wanted.service} for ${label}; a port speaks one protocol`,
        );
        return;
      }
      seen.set(`${wanted.service}:${wanted.port}`, { key, line });
      ports.set(wanted.port, { service: wanted.service, line });
    });
  }
}
