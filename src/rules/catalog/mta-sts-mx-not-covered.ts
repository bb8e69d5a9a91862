import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'mta-sts-mx-not-covered',
  defaultSeverity: 'error',
  scope: 'domain',
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
