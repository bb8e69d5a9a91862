import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import type { Draft, EndpointChecks } from '../draft.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { exim, nginx } from '../server-docs.js';

export const meta = defineRule({
  id: 'forbidden-service-reachable',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Forbidden service reachable',
  summary: 'A forbidden service accepts a connection.',
  what: 'A service the policy forbids, usually cleartext IMAP, POP3 or submission, accepted a TCP connection.',
  why: 'RFC 8314 deprecates cleartext mail access and submission: an open cleartext port invites clients to send passwords and mail unprotected.',
  fix: 'Stop listening on the port: in Dovecot set the listener to port = 0 (e.g. inet_listener imap in service imap-login), in Postfix remove the service from master.cf, or block the port at the firewall.',
  references: ['RFC 8314 §4.1'],
  cwe: '319',
  securitySeverity: '6.5',
  servers: {
    postfix: {
      file: 'master.cf',
      settings: '#submission inet  n       -       y       -       -       smtpd',
      note: 'Comment out (or delete) the service and the -o lines under it, then postfix reload. Never remove the smtp line of an MX host: port 25 is how other servers deliver mail.',
      docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }],
    },
    dovecot: {
      file: 'conf.d/10-master.conf',
      settings: [
        'service imap-login {',
        '  inet_listener imap {',
        '    port = 0',
        '  }',
        '}',
        'service pop3-login {',
        '  inet_listener pop3 {',
        '    port = 0',
        '  }',
        '}',
      ].join('\n'),
      note: 'port = 0 closes the cleartext listener and keeps imaps and pop3s (993, 995). Apply with doveadm reload.',
      docs: [{ label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: 'daemon_smtp_ports = 25 : 465',
      note: 'Lists only the ports Exim should listen on (here without 587).',
      docs: [exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'the http block',
      settings: [
        'server {',
        '    listen 443 ssl;',
        '    server_name mail.example.com;',
        '}',
      ].join('\n'),
      note: 'Remove the server block that has listen 80 (or the listen 80 line). For webmail, a redirect to https on port 80 is usually the better choice: require http instead of forbidding it.',
      docs: [nginx('core', 'listen')],
    },
  },
});

/**
 * Forbidden services: reaching them at all is the finding. A host name that did not resolve
 * shows nothing either way: check-inconclusive says so instead.
 */
function checkForbidden(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (endpoint.address === null || facts.error?.kind === 'unresolved') return [];
  if (!facts.reachable) return [];
  return [
    {
      rule: 'forbidden-service-reachable',
      message: `${describeEndpoint(endpoint)} accepted a connection, but the policy forbids this service.`,
      evidence: facts.plaintext?.greeting ? `greeting: ${facts.plaintext.greeting}` : 'TCP connection accepted',
    },
  ];
}

export const checks: EndpointChecks = { forbid: checkForbidden };
