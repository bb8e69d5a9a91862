import type { SeverityOverrides } from '../../policy/types.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import type { Draft, EndpointChecks } from '../draft.js';
import { describeEndpoint } from '../describe.js';
import { failureRule } from '../probe-outcome.js';
import { busyEvidence, checksOf, openChecks } from '../reachability.js';
import { defineRule } from '../rule.js';
import { dovecotSetting, exim, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'service-busy',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: true,
  title: 'Service busy, checks inconclusive',
  summary: 'The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive.',
  what: 'The service turned the connection away as busy and still did so after one retry: it said so (an SMTP 4xx greeting such as 421, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO or BYE), or it closed or reset later connections before the greeting after serving earlier ones in the same run. A close or reset at first contact is not busy: that is required-service-unreachable.',
  why: 'Nothing about STARTTLS (RFC 3207) or TLS can be concluded from a server that will not talk, so the required checks are inconclusive; a lasting 421 (RFC 5321 §4.2.3) can also mean the checking address is rate-limited or blocked.',
  fix: 'Let the checking address past connection limits, greylisting and tarpits (e.g. Postfix postscreen_access_list, Dovecot login process_limit headroom), or run the check from an address the server trusts.',
  references: ['RFC 5321 §4.2.3', 'RFC 9051 §7.1.5', 'RFC 2449 §8.1.1', 'RFC 3206 §4', 'RFC 5804 §1.3'],
  securitySeverity: '2.0',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_access.cidr\nsmtpd_client_event_limit_exceptions = $mynetworks, 192.0.2.10',
      note: "Put the checker's address in /etc/postfix/postscreen_access.cidr (192.0.2.10/32 permit) so postscreen lets it straight through, and exempt it from smtpd_client_connection_count_limit and smtpd_client_connection_rate_limit. Replace 192.0.2.10 with the address the checks come from.",
      docs: [postconf('postscreen_access_list'), postconf('smtpd_client_event_limit_exceptions'), postconf('smtpd_client_connection_count_limit'), { label: 'Postfix postscreen', url: 'https://www.postfix.org/POSTSCREEN_README.html' }],
    },
    dovecot: {
      file: 'conf.d/10-master.conf',
      settings: [
        'service imap-login {',
        '  process_limit = 500',
        '}',
        'service pop3-login {',
        '  process_limit = 500',
        '}',
      ].join('\n'),
      note: 'In its default mode Dovecot runs one login process per connection, at most default_process_limit (100) per service; the log then says process_limit (100) reached and new connections are dropped.',
      docs: [{ label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }, dovecotSetting('default_process_limit')],
    },
    exim: {
      file: 'the main configuration',
      settings: [
        'smtp_accept_max = 100',
        'smtp_accept_reserve = 5',
        'smtp_reserve_hosts = 192.0.2.10',
      ].join('\n'),
      note: 'Past smtp_accept_max simultaneous connections (default 20) Exim answers 421; smtp_reserve_hosts may use the last smtp_accept_reserve of them. Check smtp_accept_max_per_host and any ratelimit ACLs too.',
      docs: [exim('Main configuration', 'ch-main_configuration')],
    },
  },
});

/**
 * Busy is the probe's fact (`error.busy`, or a connection for one check turned away), never read
 * from a greeting here: the whole endpoint when its own connection was turned away, otherwise the
 * checks whose extra connections were.
 */
function checkBusy(endpoint: Endpoint, facts: EndpointFacts, _now: Date, policyRules: SeverityOverrides = {}): Draft[] {
  if (failureRule(endpoint, facts) === 'service-busy') {
    return [
      {
        rule: 'service-busy',
        message: `${describeEndpoint(endpoint)} turned the connection away as busy, also after a retry, so none of its checks could be concluded (${checksOf(endpoint)}).`,
        evidence: busyEvidence(facts),
        inconclusive: true,
      },
    ];
  }
  return openChecks(endpoint, facts, policyRules).busy.draft('service-busy', endpoint, 'turned away the extra connections some checks need');
}

export const checks: EndpointChecks = { require: checkBusy };
