import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { mtaStsStanding, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';
import { nginx } from '../server-docs.js';

export const meta = defineRule({
  id: 'mta-sts-missing',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'web-server',
  inconclusive: false,
  title: 'MTA-STS not published',
  summary: 'The domain publishes no MTA-STS policy (RFC 8461).',
  what: 'The domain publishes no MTA-STS policy: no _mta-sts TXT record with v=STSv1, or no policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt.',
  why: 'Without MTA-STS (RFC 8461) or DANE (RFC 7672), senders use STARTTLS only opportunistically, and an attacker on the path can strip it or divert mail.',
  fix: 'Publish _mta-sts.example.com TXT "v=STSv1; id=20250101" and serve the policy file over HTTPS with a valid certificate for mta-sts.example.com, listing version, mode, one mx line per MX host, and max_age.',
  references: ['RFC 8461 §3', 'RFC 7672'],
  securitySeverity: '5.9',
  servers: {
    nginx: {
      file: 'the http block',
      settings: [
        'server {',
        '    listen 443 ssl;',
        '    server_name mta-sts.example.com;',
        '    ssl_certificate /etc/letsencrypt/live/mta-sts.example.com/fullchain.pem;',
        '    ssl_certificate_key /etc/letsencrypt/live/mta-sts.example.com/privkey.pem;',
        '    location = /.well-known/mta-sts.txt {',
        '        root /var/www/mta-sts;',
        '        default_type text/plain;',
        '    }',
        '}',
      ].join('\n'),
      note: 'Put the policy in /var/www/mta-sts/.well-known/mta-sts.txt: version: STSv1, mode: enforce, one mx: line per MX host, max_age: 604800. Then publish the TXT record _mta-sts.example.com "v=STSv1; id=20250101T000000".',
      docs: [nginx('core', 'server_name'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key'), nginx('core', 'location'), nginx('core', 'root'), nginx('core', 'default_type')],
    },
  },
});

function checkMtaStsPublished(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const standing = mtaStsStanding(policy, facts);
  // An unanswered look-up gives check-inconclusive's draft instead: nothing was seen missing.
  return standing?.kind === 'missing' || standing?.kind === 'unanswered' ? [standing.draft] : [];
}

export const checkDomain: DomainCheck = checkMtaStsPublished;
