import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import type { Draft, EndpointChecks } from '../draft.js';
import { describeEndpoint, errorEvidence } from '../describe.js';
import { failureRule } from '../probe-outcome.js';
import { misbehaviourReason } from '../reachability.js';
import { defineRule } from '../rule.js';
import { exim, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'service-misbehaving',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Service does not speak its protocol',
  summary: 'No greeting in time, a greeting too long, or garbage instead of the protocol.',
  what: 'The service accepted the connection but sent no greeting in time, sent a line longer than 8 KiB, or answered with something that is not its protocol.',
  why: 'A server that does not follow SMTP (RFC 5321), IMAP (RFC 9051), POP3 (RFC 1939) or ManageSieve (RFC 5804) cannot be checked for STARTTLS (RFC 3207, RFC 2595) or TLS at all, and often means the wrong daemon or a proxy sits on the port.',
  fix: 'Check which process answers on the port (not a TLS-only listener on a STARTTLS port, not an HTTP proxy) and that it greets promptly: slow reverse-DNS look-ups, exhausted worker pools or tarpits hold the greeting back.',
  references: ['RFC 5321 §3.1', 'RFC 9051', 'RFC 1939', 'RFC 5804'],
  securitySeverity: '4.3',
  servers: {
    postfix: {
      file: 'master.cf',
      settings: [
        'smtp      inet  n       -       y       -       -       smtpd',
        'submissions inet n       -       y       -       -       smtpd',
        '  -o smtpd_tls_wrappermode=yes',
      ].join('\n'),
      note: 'smtpd_tls_wrappermode=yes belongs on the submissions (465) service only: on 25 or 587 the server waits for a TLS handshake instead of greeting. With postscreen on port 25, its after-greeting tests and a long postscreen_greet_wait can hold the greeting back.',
      docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }, postconf('smtpd_tls_wrappermode'), postconf('postscreen_greet_wait'), { label: 'Postfix postscreen', url: 'https://www.postfix.org/POSTSCREEN_README.html' }],
    },
    dovecot: {
      file: 'conf.d/10-master.conf',
      settings: [
        'service imap-login {',
        '  inet_listener imap {',
        '    port = 143',
        '  }',
        '  inet_listener imaps {',
        '    port = 993',
        '    ssl = yes',
        '  }',
        '}',
      ].join('\n'),
      note: 'ssl = yes inside a listener means implicit TLS: set it on 993 and 995 only, never on 143, 110 or 4190, which greet in cleartext and upgrade with STARTTLS.',
      docs: [{ label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }, { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_on_connect_ports = 465\nrfc1413_query_timeout = 0s',
      note: "tls_on_connect_ports must not list 25 or 587. An ident (RFC 1413) query to the client delays the greeting; a timeout of 0s turns it off. 0s is Exim's built-in default, so look for an override.",
      docs: [exim('Main configuration', 'ch-main_configuration'), exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl')],
    },
  },
});

function checkSpeaksProtocol(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== 'service-misbehaving') return [];
  return [
    {
      rule: 'service-misbehaving',
      message: `${describeEndpoint(endpoint)} ${misbehaviourReason(facts.error)}.`,
      evidence: facts.error ? errorEvidence(facts.error) : null,
    },
  ];
}

export const checks: EndpointChecks = { require: checkSpeaksProtocol };
