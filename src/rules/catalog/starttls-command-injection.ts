import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { SERVICES } from '../../policy/services.js';
import { describeEndpoint } from '../describe.js';
import { upgradeCommand } from '../plaintext.js';
import { defineRule } from '../rule.js';
import { exim, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'starttls-command-injection',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Plaintext commands executed inside TLS',
  summary: 'Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class).',
  what: 'A command sent in cleartext in the same packet as STARTTLS was kept by the server and executed after the handshake, as if it had been sent inside TLS.',
  why: "An attacker on the path can inject commands into the client's protected session (CVE-2011-0411 and its IMAP and POP3 relatives); RFC 3207 §4.2 requires the server to forget everything from before the handshake.",
  fix: 'Upgrade the mail server: Postfix and most MTAs and IMAP/POP3 servers fixed this in 2011. Any proxy or load balancer that terminates STARTTLS itself must discard its input buffer when TLS starts.',
  references: ['CVE-2011-0411', 'RFC 3207 §4.2', 'RFC 2595'],
  cwe: '74',
  securitySeverity: '8.1',
  servers: {
    postfix: {
      file: 'shell',
      settings: 'postconf mail_version',
      note: 'Postfix fixed CVE-2011-0411 in March 2011, in every release line it supported then; any Postfix from a current distribution is fixed. If the finding persists, something in front of Postfix (a proxy or load balancer that handles STARTTLS itself) keeps the cleartext buffer.',
      docs: [{ label: 'postconf(1)', url: 'https://www.postfix.org/postconf.1.html' }, postconf('mail_version')],
    },
    dovecot: {
      file: 'shell',
      settings: 'dovecot --version',
      note: 'Run a supported Dovecot release from your distribution, and check any IMAP or POP3 proxy in front of it: it must discard whatever the client sent before the TLS handshake.',
      docs: [{ label: 'Dovecot security', url: 'https://doc.dovecot.org/2.3/admin_manual/security/' }],
    },
    exim: {
      file: 'shell',
      settings: 'exim -bV',
      note: 'Run a supported Exim release; Exim discards input received before the TLS handshake. A proxy in front of Exim must do the same.',
      docs: [exim('The Exim command line', 'ch-the_exim_command_line')],
    },
  },
});

function checkCommandInjection(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (SERVICES[endpoint.service].transport !== 'starttls' || facts.plaintext?.commandInjection !== true) return [];
  return [
    {
      rule: 'starttls-command-injection',
      message: `${describeEndpoint(endpoint)} executed a command pipelined after ${upgradeCommand(endpoint)} inside the TLS session.`,
      evidence: [
        'a command sent in the same packet as the upgrade was answered after the handshake',
        facts.plaintext.starttlsReply ? `reply to ${upgradeCommand(endpoint)}: ${facts.plaintext.starttlsReply}` : null,
      ]
        .filter((part): part is string => part !== null)
        .join('; '),
    },
  ];
}

export const checks: EndpointChecks = { require: checkCommandInjection };
