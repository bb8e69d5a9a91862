// Port 80 must send browsers to https:// on the same host: http-not-redirected.
import { urlHostName } from '../common/host-names.js';
import type { Endpoint } from '../plan/types.js';
import type { EndpointFacts } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint } from './describe.js';
import { failureRule } from './probe-outcome.js';

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Why a redirect does not lead to https on the policy host, or null when it does. */
export function redirectProblem(host: string, status: number | null, location: string | null): string | null {
  if (status === null) return 'no HTTP response';
  if (!REDIRECT_STATUSES.has(status)) return `status ${status} is not a redirect`;
  if (location === null || location.trim() === '') return `status ${status} without a Location header`;
  let target: URL;
  try {
    // No base URL: a relative Location cannot parse, and relative means "same scheme", i.e. http.
    target = new URL(location.trim());
  } catch {
    return `Location is not an absolute URL`;
  }
  if (target.protocol !== 'https:') return `Location uses ${target.protocol.replace(/:$/, '')}, not https`;
  if (urlHostName(target.hostname) !== urlHostName(host)) return `Location points at another host (${target.hostname})`;
  // URL drops the scheme's default port, so any port left here is not 443.
  if (target.port !== '') return `Location uses port ${target.port}, not 443`;
  return null;
}

export function checkHttpRedirect(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (endpoint.service !== 'http' || facts.http === null) return [];
  // A dialogue that broke down is service-misbehaving; judging its redirect would say it twice.
  if (failureRule(endpoint, facts) !== null) return [];
  const { status, location } = facts.http;
  const problem = redirectProblem(endpoint.host, status, location);
  if (problem === null) return [];
  return [
    {
      rule: 'http-not-redirected',
      message: `${describeEndpoint(endpoint)} does not redirect to https://${endpoint.host}/: ${problem}.`,
      evidence: `status: ${status ?? '(none)'}; Location: ${location ?? '(none)'}${facts.http.error ? `; error: ${facts.http.error}` : ''}`,
    },
  ];
}
