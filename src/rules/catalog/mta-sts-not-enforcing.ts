import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { MODE_RANK, mtaStsStanding, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'mta-sts-not-enforcing',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'MTA-STS not enforcing',
  summary: 'The MTA-STS policy is weaker than the mode this policy expects (RFC 8461).',
  what: 'The MTA-STS mode is weaker than the policy expects: testing or none where enforce is required, or none where testing is.',
  why: 'Only mode enforce makes senders refuse to deliver without valid TLS (RFC 8461 §5); testing only reports failures through TLS-RPT (RFC 8460).',
  fix: 'Once TLS-RPT reports in testing mode are clean, set mode: enforce in the policy file and change the id in the _mta-sts TXT record so senders fetch it again.',
  references: ['RFC 8461 §5', 'RFC 8460'],
  securitySeverity: '5.3',
  servers: {},
});

function checkMtaStsMode(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const standing = mtaStsStanding(policy, facts);
  if (standing?.kind !== 'valid') return [];
  const mode = standing.policyFile.mode ?? 'none';
  if ((MODE_RANK[mode] ?? 0) >= MODE_RANK[policy.mtaSts]!) return [];
  return [
    {
      rule: 'mta-sts-not-enforcing',
      at: 'mta-sts',
      message: `The MTA-STS policy of ${facts.domain} is in mode ${mode}; the policy file asks for ${policy.mtaSts}.`,
      evidence: `mode: ${mode}`,
    },
  ];
}

export const checkDomain: DomainCheck = checkMtaStsMode;
