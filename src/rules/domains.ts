// What the domain rules share (mx-lookup-failed, mta-sts-*, tls-rpt-missing, dns-targets-skipped;
// their checks are in src/rules/catalog/): what the policy's `domains:` entry says of the domains
// stage's facts (MX, MTA-STS per RFC 8461, TLS-RPT per RFC 8460). Pure: facts in, drafts out, at
// most one draft per rule per domain, each naming the policy key it answers to.
import type { DomainPolicy } from '../policy/types.js';
import type { DomainFacts, SkippedTarget, MtaStsFacts } from '../facts/domains.js';
import { lookupGotNoAnswer, lookupSaidNone, MAX_ADDRESSES_PER_NAME, MAX_MX_HOSTS, MAX_MTA_STS_POLICY_BYTES } from '../facts/vocabulary.js';
import { restrictedRange } from '../common/ip-literals.js';
import type { Draft } from './draft.js';
import type { RuleId } from './types.js';
import { policyHostUnanswered, txtUnanswered } from './catalog/check-inconclusive.js';
import type { ObservedEndpoint } from './dane.js';

export interface DomainDraft extends Draft {
  /** Which policy key asked: the domain entry, its `mta-sts:`, its `tls-rpt:` or its `dane:`. */
  at: 'domain' | 'mta-sts' | 'tls-rpt' | 'dane';
  /**
   * For a question left unanswered (check-inconclusive): the rules whose verdict its answer would
   * have decided. The draft stands only while one of them is on: a question that no rule the
   * policy leaves on would read leaves nothing open.
   */
  openFor?: readonly RuleId[];
}

/** The rules that judge a domain's MTA-STS (mtaStsStanding): what an unanswered look-up on the way leaves open. */
export const MTA_STS_RULES: readonly RuleId[] = ['mta-sts-missing', 'mta-sts-invalid', 'mta-sts-not-enforcing', 'mta-sts-mx-not-covered'];

export const MODE_RANK: Readonly<Record<string, number>> = { none: 0, testing: 1, enforce: 2 };

/**
 * A rule's check over one policy domain's DNS facts, and over what the run's endpoints showed
 * (the DANE rules match TLSA records against the chains the MX hosts' port-25 endpoints presented).
 */
export type DomainCheck = (policy: DomainPolicy, facts: DomainFacts, observed: readonly ObservedEndpoint[]) => DomainDraft[];

export function list(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/**
 * How far a domain's MTA-STS holds up, each step judged only when the one before it passed: not
 * asked or not looked up (null); missing (no record, or no policy file: mta-sts-missing);
 * unanswered (a look-up on the way got no answer: check-inconclusive); invalid (mta-sts-invalid,
 * with its problems); or a valid policy file, which the mode and mx rules judge. A policy file
 * left unfetched (its host's addresses were not probed) with a sound record gives no verdict at
 * all.
 */
export type MtaStsStanding =
  | { kind: 'missing'; draft: DomainDraft }
  /**
   * The record's look-up, or with a sound record the policy host's address look-up, got no answer
   * (a time-out, SERVFAIL): nothing was seen either way.
   */
  | { kind: 'unanswered'; draft: DomainDraft }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'valid'; sts: MtaStsFacts; policyFile: NonNullable<MtaStsFacts['policy']> }
  | null;

export function mtaStsStanding(policy: DomainPolicy, facts: DomainFacts): MtaStsStanding {
  if (policy.mtaSts === 'off' || facts.mtaSts === null) return null;
  const sts = facts.mtaSts;
  const { record, fetch } = sts;
  const domain = facts.domain;
  if (record.id === null && record.problem === null) {
    const file = fetch.status === 200 ? ` (a policy file is served at ${fetch.url}, but senders never look for it without the record)` : '';
    // A look-up that failed (a time-out, SERVFAIL) saw no record, but did not see that there is
    // none: the check was not made (check-inconclusive), never "missing".
    if (txtLookupUnanswered(record.records, record.lookupError)) {
      return {
        kind: 'unanswered',
        draft: txtUnanswered('mta-sts', `${domain} publishes MTA-STS`, `_mta-sts.${domain}`, record.lookupError!, MTA_STS_RULES),
      };
    }
    return {
      kind: 'missing',
      draft: {
        rule: 'mta-sts-missing',
        at: 'mta-sts',
        message: `${domain} publishes no MTA-STS record: no TXT record at _mta-sts.${domain} begins with v=STSv1${file}.`,
        evidence: record.records.length > 0 ? `TXT: ${record.records.join(' | ')}` : `TXT: ${record.lookupError ?? 'none'}`,
      },
    };
  }
  // The policy host's address look-up got no answer (a time-out, SERVFAIL): whether a policy
  // file is served was not seen, so the check was not made. NXDOMAIN or a name without addresses
  // is an answer: no policy host, so no policy file (below). A bad record stands on its own.
  const silentHostCode = unansweredPolicyHostCode(fetch);
  const hostUnanswered = silentHostCode !== null;
  if (hostUnanswered && record.problem === null) {
    return { kind: 'unanswered', draft: policyHostUnanswered(domain, `mta-sts.${domain}`, fetch.url, silentHostCode, MTA_STS_RULES) };
  }
  if ((fetch.errorKind === 'unresolved' && !hostUnanswered) || fetch.status === 404) {
    return {
      kind: 'missing',
      draft: {
        rule: 'mta-sts-missing',
        at: 'mta-sts',
        message: `${domain} has an MTA-STS record but no policy file at ${fetch.url}.`,
        evidence: fetch.status === 404 ? `HTTP 404` : fetch.error,
      },
    };
  }

  const problems: string[] = [];
  if (record.problem !== null) problems.push(`the _mta-sts TXT record: ${record.problem}`);
  if (fetch.errorKind === 'skipped' || hostUnanswered) {
    if (problems.length === 0) return null;
  } else if (fetch.error !== null) problems.push(`the policy file could not be fetched: ${fetch.error}`);
  else if (fetch.redirect !== null || (fetch.status !== null && fetch.status >= 300 && fetch.status < 400)) {
    problems.push(`the policy server answered HTTP ${fetch.status} redirecting to ${fetch.redirect ?? '(no Location)'}; senders must not follow redirects (RFC 8461 §3.3)`);
  } else if (fetch.status !== 200) problems.push(`the policy server answered HTTP ${fetch.status}, not 200`);
  else if (fetch.tooLarge) problems.push(`the policy file is larger than ${MAX_MTA_STS_POLICY_BYTES / 1024} KiB`);
  else {
    const mediaType = (fetch.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'text/plain') problems.push(`the policy file is served as ${fetch.contentType ?? 'no Content-Type'}, not text/plain`);
    for (const p of sts.policy?.problems ?? []) problems.push(`the policy file: ${p}`);
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  return { kind: 'valid', sts, policyFile: sts.policy! };
}

/**
 * The code of the policy host's address look-up when it got no answer (a time-out, SERVFAIL, a
 * refusal): whether a policy file is served was not seen. Null when DNS answered (NXDOMAIN, no
 * addresses) or the fetch failed otherwise. The rules and the domain line both ask it.
 */
export function unansweredPolicyHostCode(fetch: MtaStsFacts['fetch']): string | null {
  return fetch.errorKind === 'unresolved' && fetch.lookupCode !== null && lookupGotNoAnswer(fetch.lookupCode) ? fetch.lookupCode : null;
}

/** A TXT look-up that returned nothing and failed other than "no such records": silence, not "none". */
export function txtLookupUnanswered(records: readonly string[], lookupError: string | null): boolean {
  return records.length === 0 && lookupError !== null && !lookupSaidNone(lookupError);
}

/** Evidence lists every item up to this many; the report's domains section has them all. */
export const EVIDENCE_ITEMS = 20;

export function skippedWords(s: SkippedTarget): string {
  const whose = s.role === 'mx' ? `MX host ${s.host}` : `MTA-STS policy host ${s.host}`;
  switch (s.reason) {
    case 'not-a-host-name':
      return s.host === null
        ? `${s.role === 'mx' ? 'MX names' : 'names'} that are not host names: ${list(s.left.map((n) => `'${n}'`))}`
        : `${whose}, whose CNAME target '${s.left[0]}' is not a host name`;
    case 'too-many-mx-hosts':
      return `${s.left.length} MX host(s) past the first ${MAX_MX_HOSTS}: ${list(s.left)}`;
    case 'restricted-address':
      return `addresses of ${whose} that allow-loopback would have to allow: ${list(s.left.map((a) => `${a} (${restrictedRange(a) ?? 'restricted'})`))}`;
    case 'too-many-addresses':
      return `${s.left.length} address(es) of ${whose} past the first ${MAX_ADDRESSES_PER_NAME}: ${list(s.left)}`;
  }
}
