// runner-network-limited: what the runner's own network, not the server, kept the run from
// testing. One endpoint's facts cannot say so; the whole run's can. A family with no route fails
// every connect of that family at once, whatever the server; a port dropped on the way out times
// out on host after host whose addresses answer on every other port. So this is a pass over all
// observations, run once by judge(); the probe only records the facts (the system error code, and
// whether the connect failed at once). With shards, each shard judges its own observations.
import { isIP } from 'node:net';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { compareAddress, compareText } from '../../order.js';
import { describeEndpoint, errorEvidence, listOf } from '../describe.js';
import type { Draft } from '../draft.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'runner-network-limited',
  defaultSeverity: 'warning',
  scope: 'run',
  fixedBy: 'no-server',
  inconclusive: true,
  title: "The runner's own network could not test this",
  summary: "The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was.",
  what: 'The runner, not the server, kept an endpoint from being tested: it has no route for the address family (every connect to an address of that family, usually IPv6, failed at once with ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL or EAFNOSUPPORT), or a filter on its path drops the port (connections to it timed out on every address of two or more hosts that answered on other ports). A notice when the same host and port were tested over another address; a warning, and the check inconclusive, when nothing of them was.',
  why: "No server should be blamed for the checker's network. GitHub-hosted runners have no IPv6 route, and many networks block outbound port 25 as RFC 5068 §3 recommends for hosts that are not mail servers; what could not be tested is neither a pass nor a violation.",
  fix: "Run the check on a self-hosted runner with IPv6 and open egress on the mail ports, or set addresses: ipv4 (the CLI's -4) to probe only what the runner can reach; a port filtered on the runner's path needs a runner on another network.",
  references: ['RFC 5068 §3', 'RFC 8314 §3'],
  securitySeverity: '1.0',
  servers: {},
});

interface Observed {
  endpoint: Endpoint;
  facts: EndpointFacts;
}

export type AddressFamily = 'ipv4' | 'ipv6';

/** What the runner's network could not test, and why: the report's `runnerNetwork` entries. */
export type RunnerLimit =
  | {
      /** Every connect to an address of this family failed at once with one of `codes`. */
      kind: 'no-route';
      family: AddressFamily;
      codes: string[];
      addresses: string[];
    }
  | {
      /**
       * Connects to this port timed out on every address of `hosts` (two or more), addresses that
       * answered on other ports, and no address of the run answered on this port.
       */
      kind: 'port-filtered';
      port: number;
      hosts: string[];
      addresses: string[];
    };

/** The system errors of a connect the machine itself refused: no route, no such address family. */
export const NO_ROUTE_CODES: ReadonlySet<string> = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);

/** A port's timeouts count as the runner's only when at least this many hosts show them. */
export const FILTERED_PORT_MIN_HOSTS = 2;

export interface RunnerNetworkView {
  limits: RunnerLimit[];
  /** The observations the runner could not test, each with the reason. */
  limited: Map<Observed, RunnerLimit>;
  /**
   * Required endpoints whose connect timed out while the same address answered on other ports,
   * but on too few hosts to blame the runner: the other ports, for the wording of the finding.
   */
  answeredElsewhere: Map<Observed, number[]>;
}

const FAMILY_WORDS: Readonly<Record<AddressFamily, string>> = { ipv4: 'IPv4', ipv6: 'IPv6' };

function familyOf(address: string): AddressFamily | null {
  const family = isIP(address);
  return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : null;
}

function failedAtOnce(o: Observed): boolean {
  const e = o.facts.error;
  return !o.facts.reachable && e !== null && e.step === 'connect' && e.atOnce === true && e.code !== undefined && NO_ROUTE_CODES.has(e.code);
}

function timedOutAtConnect(o: Observed): boolean {
  const e = o.facts.error;
  return o.endpoint.expectation === 'require' && !o.facts.reachable && e !== null && e.kind === 'timeout' && e.step === 'connect';
}

const sortedAddresses = (addresses: Iterable<string>): string[] => [...new Set(addresses)].sort(compareAddress);
const sortedTexts = (texts: Iterable<string>): string[] => [...new Set(texts)].sort(compareText);

export function runnerNetwork(observations: readonly Observed[]): RunnerNetworkView {
  const limits: RunnerLimit[] = [];
  const limited = new Map<Observed, RunnerLimit>();
  const probed = observations.filter((o) => o.endpoint.address !== null);

  // No route for a family: every address of it in the run failed at once.
  for (const family of ['ipv4', 'ipv6'] as const) {
    const ofFamily = probed.filter((o) => familyOf(o.endpoint.address!) === family);
    if (ofFamily.length === 0 || !ofFamily.every(failedAtOnce)) continue;
    const limit: RunnerLimit = {
      kind: 'no-route',
      family,
      codes: sortedTexts(ofFamily.map((o) => o.facts.error!.code!)),
      addresses: sortedAddresses(ofFamily.map((o) => o.endpoint.address!)),
    };
    limits.push(limit);
    for (const o of ofFamily) limited.set(o, limit);
  }

  // A port filtered on the way out: it times out on every address of several hosts, addresses
  // that answered on other ports, and nothing in the run answered on it.
  const answeredPorts = new Map<string, Set<number>>();
  const reachedPorts = new Set<number>();
  for (const o of probed) {
    if (!o.facts.reachable) continue;
    reachedPorts.add(o.endpoint.port);
    const ports = answeredPorts.get(o.endpoint.address!) ?? new Set<number>();
    ports.add(o.endpoint.port);
    answeredPorts.set(o.endpoint.address!, ports);
  }
  const otherPorts = (o: Observed): number[] =>
    [...(answeredPorts.get(o.endpoint.address!) ?? [])].filter((p) => p !== o.endpoint.port).sort((a, b) => a - b);
  const answeredElsewhere = new Map<Observed, number[]>();
  for (const o of probed) {
    if (!timedOutAtConnect(o) || limited.has(o)) continue;
    const others = otherPorts(o);
    if (others.length > 0) answeredElsewhere.set(o, others);
  }
  const candidatePorts = sortedNumbers([...answeredElsewhere.keys()].map((o) => o.endpoint.port));
  for (const port of candidatePorts) {
    if (reachedPorts.has(port)) continue;
    const onPort = probed.filter((o) => o.endpoint.port === port && o.endpoint.expectation === 'require');
    const hosts = sortedTexts(onPort.map((o) => o.endpoint.host.toLowerCase())).filter((host) =>
      onPort.filter((o) => o.endpoint.host.toLowerCase() === host).every((o) => answeredElsewhere.has(o)),
    );
    if (hosts.length < FILTERED_PORT_MIN_HOSTS) continue;
    const explained = onPort.filter((o) => answeredElsewhere.has(o));
    const limit: RunnerLimit = { kind: 'port-filtered', port, hosts, addresses: sortedAddresses(explained.map((o) => o.endpoint.address!)) };
    limits.push(limit);
    for (const o of explained) {
      limited.set(o, limit);
      answeredElsewhere.delete(o);
    }
  }
  return { limits, limited, answeredElsewhere };
}

function sortedNumbers(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Shard reports' limits as one list: the same limit seen by several shards is one entry. */
export function mergeRunnerLimits(lists: readonly (readonly RunnerLimit[])[]): RunnerLimit[] {
  const byKey = new Map<string, RunnerLimit>();
  for (const limit of lists.flat()) {
    const key = limit.kind === 'no-route' ? `no-route ${limit.family}` : `port-filtered ${limit.port}`;
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(
        key,
        limit.kind === 'no-route'
          ? { ...limit, codes: sortedTexts(limit.codes), addresses: sortedAddresses(limit.addresses) }
          : { ...limit, hosts: sortedTexts(limit.hosts), addresses: sortedAddresses(limit.addresses) },
      );
    } else if (seen.kind === 'no-route' && limit.kind === 'no-route') {
      seen.codes = sortedTexts([...seen.codes, ...limit.codes]);
      seen.addresses = sortedAddresses([...seen.addresses, ...limit.addresses]);
    } else if (seen.kind === 'port-filtered' && limit.kind === 'port-filtered') {
      seen.hosts = sortedTexts([...seen.hosts, ...limit.hosts]);
      seen.addresses = sortedAddresses([...seen.addresses, ...limit.addresses]);
    }
  }
  return [...byKey.values()].sort(compareLimits);
}

function compareLimits(a: RunnerLimit, b: RunnerLimit): number {
  if (a.kind !== b.kind) return a.kind === 'no-route' ? -1 : 1;
  if (a.kind === 'no-route' && b.kind === 'no-route') return compareText(a.family, b.family);
  return (a as { port: number }).port - (b as { port: number }).port;
}

/** One line per limit, in plain words: what the runner could not test, and why. */
export function describeLimit(limit: RunnerLimit): string {
  if (limit.kind === 'no-route') {
    return `${FAMILY_WORDS[limit.family]}: the runner has no route (${listOf(limit.codes)} at once on every ${FAMILY_WORDS[limit.family]} address), so ${listOf(limit.addresses)} could not be tested`;
  }
  return `port ${limit.port}: connections timed out on every address of ${listOf(limit.hosts)}, addresses that answered on other ports, so the runner's network (or a filter on its path) drops outbound port ${limit.port}; untested: ${listOf(limit.addresses)}`;
}

function reasonOf(limit: RunnerLimit): string {
  if (limit.kind === 'no-route') {
    return `the runner has no ${FAMILY_WORDS[limit.family]} route (every ${FAMILY_WORDS[limit.family]} connect failed at once: ${listOf(limit.codes)})`;
  }
  return `port ${limit.port} timed out on every address of ${limit.hosts.length} hosts that answered on other ports (${firstFew(limit.hosts)}), so the runner's network or a filter on its path drops it`;
}

/** A long list cut short for a one-sentence message: the report's runnerNetwork has them all. */
function firstFew(items: readonly string[], shown = 3): string {
  return items.length <= shown ? listOf(items) : `${listOf(items.slice(0, shown))} and ${items.length - shown} more`;
}

/** The same host and port answered (accepted or refused) over an address the runner could reach. */
function testedElsewhere(o: Observed, view: RunnerNetworkView, observations: readonly Observed[]): string[] {
  const host = o.endpoint.host.toLowerCase();
  return sortedAddresses(
    observations
      .filter(
        (x) =>
          x.endpoint.address !== null &&
          x.endpoint.address !== o.endpoint.address &&
          x.endpoint.host.toLowerCase() === host &&
          x.endpoint.port === o.endpoint.port &&
          !view.limited.has(x) &&
          (x.facts.reachable || x.facts.error?.kind === 'refused'),
      )
      .map((x) => x.endpoint.address!),
  );
}

/**
 * An endpoint's drafts once the whole run has been seen: the runner's limit replaces what its
 * failed connect would otherwise say of the server (notice when the same host and port were
 * tested over another address, warning and inconclusive when nothing of them was), and a timeout
 * on a port the address answered beside says so.
 */
export function withRunnerNetwork(drafts: Draft[], o: Observed, view: RunnerNetworkView, observations: readonly Observed[]): Draft[] {
  const limit = view.limited.get(o);
  if (limit !== undefined) {
    const elsewhere = testedElsewhere(o, view, observations);
    const what = o.endpoint.expectation === 'forbid' ? 'whether this forbidden service is reachable here is unknown' : 'its checks were not made here';
    const tail =
      elsewhere.length > 0
        ? `; ${what}, but ${o.endpoint.host} port ${o.endpoint.port} was tested over ${listOf(elsewhere)}`
        : `; nothing of ${o.endpoint.host} port ${o.endpoint.port} was tested, so ${o.endpoint.expectation === 'forbid' ? 'the forbid check is' : 'its checks are'} inconclusive`;
    return [
      {
        rule: 'runner-network-limited',
        message: `${describeEndpoint(o.endpoint)} was not tested: ${reasonOf(limit)}${tail}.`,
        evidence: o.facts.error ? errorEvidence(o.facts.error) : null,
        ...(elsewhere.length > 0 ? { severity: 'notice' as const } : { severity: 'warning' as const, inconclusive: true as const }),
      },
    ];
  }
  const others = view.answeredElsewhere.get(o);
  if (others === undefined) return drafts;
  const note = ` The address answered on other ports (${listOf(others.map(String))}), so a filter on the path (possibly the runner's) may drop port ${o.endpoint.port}.`;
  return drafts.map((d) => (d.rule === 'required-service-unreachable' ? { ...d, message: d.message + note } : d));
}
