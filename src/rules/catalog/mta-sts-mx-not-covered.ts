import type { DomainPolicy } from '../../policy/types.js';
import { type DomainFacts, mxHostNames } from '../../facts/domains.js';
import { mxPatternMatches } from '../../common/host-names.js';
import { list, mtaStsStanding, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'mta-sts-mx-not-covered',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'MX host not covered by MTA-STS',
  summary: "An MX host is not matched by the MTA-STS policy's mx patterns (RFC 8461).",
  what: 'An MX host of the domain matches no mx pattern in its MTA-STS policy.',
  why: 'Senders that enforce the policy refuse to deliver to an MX host it does not list (RFC 8461 §4.1), so mail to that host queues or bounces.',
  fix: 'Add the host, or a *.example.com pattern (which covers exactly one label), as an mx line in the policy file and change the TXT record id; or remove the stray MX record.',
  references: ['RFC 8461 §4.1'],
  securitySeverity: '5.9',
  servers: {},
});

function checkMtaStsCoversMx(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const standing = mtaStsStanding(policy, facts);
  if (standing?.kind !== 'valid') return [];
  const { policyFile } = standing;
  const domain = facts.domain;
  if ((policyFile.mode ?? 'none') === 'none') return [];
  const uncovered = mxHostNames(domain, facts.mx).filter((host) => !policyFile.mx.some((pattern) => mxPatternMatches(pattern, host)));
  if (uncovered.length === 0) return [];
  return [
    {
      rule: 'mta-sts-mx-not-covered',
      at: 'mta-sts',
      message: `${uncovered.length === 1 ? 'The MX host' : `${uncovered.length} MX hosts`} of ${domain} ${list(uncovered)} ${uncovered.length === 1 ? 'matches' : 'match'} no mx pattern of its MTA-STS policy.`,
      evidence: `mx: ${policyFile.mx.join(', ') || '(none)'}`,
    },
  ];
}

export const checkDomain: DomainCheck = checkMtaStsCoversMx;
