import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { mtaStsStanding, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';
import { nginx } from '../server-docs.js';

export const meta = defineRule({
  id: 'mta-sts-invalid',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'web-server',
  inconclusive: false,
  title: 'MTA-STS policy invalid',
  summary: "The domain's MTA-STS record or policy file is malformed (RFC 8461).",
  what: 'The MTA-STS TXT record or policy file does not parse, or the file is served with an invalid certificate, a redirect, or a status other than 200.',
  why: 'RFC 8461 makes senders ignore a policy they cannot fetch and parse, so an invalid policy gives no protection at all.',
  fix: 'Serve /.well-known/mta-sts.txt from mta-sts.<domain> with status 200, Content-Type text/plain, no redirect and a valid certificate, containing version: STSv1, mode, mx and max_age; keep exactly one v=STSv1 TXT record with an id.',
  references: ['RFC 8461 §3.1', 'RFC 8461 §3.2', 'RFC 8461 §3.3'],
  securitySeverity: '5.9',
  servers: {
    nginx: {
      file: 'the mta-sts.example.com server block',
      settings: [
        'location = /.well-known/mta-sts.txt {',
        '    root /var/www/mta-sts;',
        '    default_type text/plain;',
        '}',
      ].join('\n'),
      note: 'The policy must come straight from https://mta-sts.<domain>/.well-known/mta-sts.txt: status 200, no redirect (remove any return 301 or rewrite for this name), and a valid certificate for mta-sts.<domain>. Lines end in CRLF or LF, as key: value.',
      docs: [nginx('core', 'location'), nginx('core', 'root'), nginx('core', 'default_type')],
    },
  },
});

function checkMtaStsValid(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const standing = mtaStsStanding(policy, facts);
  if (standing?.kind !== 'invalid') return [];
  const { problems } = standing;
  return [
    {
      rule: 'mta-sts-invalid',
      at: 'mta-sts',
      message: `The MTA-STS policy of ${facts.domain} is not valid, so senders ignore it: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
      evidence: problems.join('; '),
    },
  ];
}

export const checkDomain: DomainCheck = checkMtaStsValid;
