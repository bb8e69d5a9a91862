// Domain rules: what the policy's `domains:` entry says of the domains stage's facts (MX,
// MTA-STS per RFC 8461, TLS-RPT per RFC 8460). Pure: facts in, drafts out, at most one draft per
// rule per domain, each naming the policy key it answers to.
import type { DomainPolicy } from '../policy/types.js';
import { describeDnsCode } from '../resolve/dns.js';
import type { DomainFacts, SkippedTarget } from '../probe/observe-domains.js';
import { MAX_ADDRESSES_PER_NAME, MAX_MX_HOSTS, restrictedRange } from '../probe/dns-targets.js';
import { MAX_MTA_STS_POLICY_BYTES, mxPatternMatches, type MtaStsFacts } from '../probe/mta-sts.js';
import type { Draft } from './draft.js';

export interface DomainDraft extends Draft {
  /** Which policy key asked: the domain entry, its `mta-sts:` or its `tls-rpt:`. */
  at: 'domain' | 'mta-sts' | 'tls-rpt';
}

const MODE_RANK: Readonly<Record<string, number>> = { none: 0, testing: 1, enforce: 2 };

function list(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export function draftDomain(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const drafts: DomainDraft[] = [...mxDrafts(policy, facts), ...skippedDrafts(facts)];
  if (policy.mtaSts !== 'off' && facts.mtaSts !== null) drafts.push(...mtaStsDrafts(policy, facts, facts.mtaSts));
  if (policy.tlsRpt === 'required' && facts.tlsRpt !== null && facts.tlsRpt.problem !== null) {
    drafts.push({
      rule: 'tls-rpt-missing',
      at: 'tls-rpt',
      message: `${facts.domain} publishes no valid TLS-RPT record at _smtp._tls.${facts.domain}: ${facts.tlsRpt.problem}.`,
      evidence: facts.tlsRpt.records.length > 0 ? `TXT: ${facts.tlsRpt.records.join(' | ')}` : `TXT: ${facts.tlsRpt.lookupError ?? 'none'}`,
    });
  }
  return drafts;
}

function mxDrafts(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  if (facts.mx.error !== null) {
    return [
      {
        rule: 'mx-lookup-failed',
        at: 'domain',
        message: `The MX records of ${facts.domain} could not be resolved: ${describeDnsCode(facts.mx.error)}.`,
        evidence: `MX ${facts.domain}: ${facts.mx.error}`,
      },
    ];
  }
  if (facts.mx.nullMx && policy.mx !== null && policy.mx.require.length > 0) {
    return [
      {
        rule: 'mx-lookup-failed',
        at: 'domain',
        message: `${facts.domain} publishes a null MX (RFC 7505): it accepts no mail, so there are no MX hosts to hold to the services the policy requires.`,
        evidence: `MX ${facts.domain}: 0 .`,
      },
    ];
  }
  return [];
}

/** Evidence lists every item up to this many; the report's domains section has them all. */
const EVIDENCE_ITEMS = 20;

function skippedWords(s: SkippedTarget): string {
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

/**
 * dns-targets-skipped: what DNS supplied and the run did not probe. One draft per domain, naming
 * every part left out; inconclusive, since nothing is known of what was not probed.
 */
function skippedDrafts(facts: DomainFacts): DomainDraft[] {
  if (facts.skipped.length === 0) return [];
  const words = facts.skipped.map(skippedWords);
  return [
    {
      rule: 'dns-targets-skipped',
      at: facts.skipped.some((s) => s.role === 'mx') ? 'domain' : 'mta-sts',
      message: `DNS for ${facts.domain} supplied targets that were not probed, so the checks on them are not concluded: ${words.join('; ')}.`,
      evidence: facts.skipped.map((s) => `${s.role} ${s.reason}${s.host === null ? '' : ` ${s.host}`}: ${list(s.left, EVIDENCE_ITEMS)}`).join('; '),
      inconclusive: true,
    },
  ];
}

function mtaStsDrafts(policy: DomainPolicy, facts: DomainFacts, sts: MtaStsFacts): DomainDraft[] {
  const { record, fetch } = sts;
  const domain = facts.domain;
  if (record.id === null && record.problem === null) {
    const file = fetch.status === 200 ? ` (a policy file is served at ${fetch.url}, but senders never look for it without the record)` : '';
    return [
      {
        rule: 'mta-sts-missing',
        at: 'mta-sts',
        message: `${domain} publishes no MTA-STS record: no TXT record at _mta-sts.${domain} begins with v=STSv1${file}.`,
        evidence: record.records.length > 0 ? `TXT: ${record.records.join(' | ')}` : `TXT: ${record.lookupError ?? 'none'}`,
      },
    ];
  }
  if (fetch.errorKind === 'unresolved' || fetch.status === 404) {
    return [
      {
        rule: 'mta-sts-missing',
        at: 'mta-sts',
        message: `${domain} has an MTA-STS record but no policy file at ${fetch.url}.`,
        evidence: fetch.status === 404 ? `HTTP 404` : fetch.error,
      },
    ];
  }

  const problems: string[] = [];
  if (record.problem !== null) problems.push(`the _mta-sts TXT record: ${record.problem}`);
  // A fetch not made (DNS aimed the policy host where the run does not go) says nothing of the
  // file: dns-targets-skipped reports it, and only the record can still be judged.
  if (fetch.errorKind === 'skipped') {
    if (problems.length === 0) return [];
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
  if (problems.length > 0) {
    return [
      {
        rule: 'mta-sts-invalid',
        at: 'mta-sts',
        message: `The MTA-STS policy of ${domain} is not valid, so senders ignore it: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
        evidence: problems.join('; '),
      },
    ];
  }

  const policyFile = sts.policy!;
  const drafts: DomainDraft[] = [];
  const mode = policyFile.mode ?? 'none';
  if ((MODE_RANK[mode] ?? 0) < MODE_RANK[policy.mtaSts]!) {
    drafts.push({
      rule: 'mta-sts-not-enforcing',
      at: 'mta-sts',
      message: `The MTA-STS policy of ${domain} is in mode ${mode}; the policy file asks for ${policy.mtaSts}.`,
      evidence: `mode: ${mode}`,
    });
  }
  if (mode !== 'none') {
    const hosts = facts.mx.nullMx || facts.mx.error !== null ? [] : facts.mx.implicit ? [domain] : facts.mx.records.map((r) => r.host);
    const uncovered = [...new Set(hosts)].filter((host) => !policyFile.mx.some((pattern) => mxPatternMatches(pattern, host)));
    if (uncovered.length > 0) {
      drafts.push({
        rule: 'mta-sts-mx-not-covered',
        at: 'mta-sts',
        message: `${uncovered.length === 1 ? 'The MX host' : `${uncovered.length} MX hosts`} of ${domain} ${list(uncovered)} ${uncovered.length === 1 ? 'matches' : 'match'} no mx pattern of its MTA-STS policy.`,
        evidence: `mx: ${policyFile.mx.join(', ') || '(none)'}`,
      });
    }
  }
  return drafts;
}
