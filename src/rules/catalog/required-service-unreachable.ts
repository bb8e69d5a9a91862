import type { Endpoint } from '../../plan/types.js';
import { SERVICES } from '../../policy/services.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import type { Draft, EndpointChecks } from '../draft.js';
import { describeEndpoint, errorEvidence } from '../describe.js';
import { failureRule, hungUpAtFirstContact } from '../probe-outcome.js';
import { lookupUnanswered, unreachableReason } from '../reachability.js';
import { defineRule } from '../rule.js';
import { dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'required-service-unreachable',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Required service unreachable',
  summary: 'A required service refuses, resets or times out.',
  what: 'A service the policy requires refused the connection, reset it, timed out, or its host name has no address.',
  why: 'Clients set up for the secure service cannot use it and may fall back to cleartext ports; RFC 8314 expects submission and mail access to be offered over TLS.',
  fix: 'Make sure the daemon listens on the port (a Postfix master.cf entry, a Dovecot inet_listener), that firewalls and security groups let it through, and that the host name has A/AAAA records.',
  references: ['RFC 8314 §3'],
  securitySeverity: '5.3',
  servers: {
    postfix: {
      file: 'master.cf',
      settings: [
        'submission inet  n       -       y       -       -       smtpd',
        '  -o syslog_name=postfix/submission',
        '  -o smtpd_sasl_auth_enable=yes',
        'submissions inet n       -       y       -       -       smtpd',
        '  -o syslog_name=postfix/submissions',
        '  -o smtpd_tls_wrappermode=yes',
        '  -o smtpd_sasl_auth_enable=yes',
      ].join('\n'),
      note: 'Port 25 is the smtp inet line, on by default. Submission takes smtpd_tls_security_level = may and smtpd_tls_auth_only = yes from main.cf, so it offers STARTTLS and announces AUTH only after it (-o smtpd_tls_security_level=encrypt also refuses every command but EHLO, STARTTLS and QUIT before TLS). Debian ships submission and submissions commented out in master.cf; uncomment them. main.cf inet_interfaces (default all) must include the address the policy probes. Apply with postfix reload, then check with ss -ltn.',
      docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }, postconf('syslog_name'), postconf('smtpd_sasl_auth_enable'), postconf('smtpd_tls_wrappermode'), postconf('inet_interfaces')],
    },
    dovecot: {
      file: 'dovecot.conf and conf.d/10-master.conf',
      settings: [
        'protocols = imap pop3 sieve',
        'service imap-login {',
        '  inet_listener imaps {',
        '    port = 993',
        '    ssl = yes',
        '  }',
        '}',
        'service pop3-login {',
        '  inet_listener pop3s {',
        '    port = 995',
        '    ssl = yes',
        '  }',
        '}',
      ].join('\n'),
      note: 'A protocol listens only when it is in protocols and its package is installed (Debian: dovecot-imapd, dovecot-pop3d, dovecot-managesieved for sieve on 4190). listen (default *, ::) must include the probed address.',
      docs: [dovecotSetting('protocols'), dovecotSetting('listen'), { label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: 'daemon_smtp_ports = 25 : 465 : 587\ntls_on_connect_ports = 465',
      note: 'On Debian, SMTPLISTENEROPTIONS in /etc/default/exim4 can override the ports; local_interfaces (dc_local_interfaces in update-exim4.conf.conf) must not restrict Exim to 127.0.0.1.',
      docs: [exim('Main configuration', 'ch-main_configuration'), exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl')],
    },
    nginx: {
      file: 'the http block',
      settings: [
        'server {',
        '    listen 443 ssl;',
        '    server_name mail.example.com;',
        '}',
      ].join('\n'),
      note: 'Also check firewalls and cloud security groups between the checker and the host, and that the name has A/AAAA records.',
      docs: [nginx('core', 'listen'), nginx('core', 'server_name')],
    },
  },
});

function checkRequiredReachable(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const rule = failureRule(endpoint, facts);
  if (rule !== 'required-service-unreachable') return [];
  // A look-up that got no answer tested nothing: check-inconclusive says so, this rule does not.
  if (lookupUnanswered(endpoint, facts.error)) return [];
  if (facts.error !== null && hungUpAtFirstContact(endpoint, facts.error)) {
    const retried = SERVICES[endpoint.service].transport === 'http' ? '' : ', also on the retry';
    const received = facts.plaintext?.greeting;
    return [
      {
        rule,
        message: `${describeEndpoint(endpoint)} is required but the server hung up (closed or reset the connection) before the service said anything${retried}.`,
        evidence: received ? `received before the hang-up: ${received}` : 'nothing received before the hang-up',
      },
    ];
  }
  return [
    {
      rule,
      message: `${describeEndpoint(endpoint)} is required but ${unreachableReason(endpoint, facts.error)}.`,
      evidence: facts.error ? errorEvidence(facts.error) : (endpoint.resolveError ?? null),
    },
  ];
}

export const checks: EndpointChecks = { require: checkRequiredReachable };
