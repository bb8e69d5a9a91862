import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'check-inconclusive',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  inconclusive: true,
  title: 'Check inconclusive',
  summary: "A check could not be made: a question went unanswered before its deadline, or a forbidden service's host name did not resolve. Inconclusive, never a pass.",
  what: 'A check the policy asks for could not be made: a question to the server (such as the TLS 1.0/1.1 ClientHello of the version sweep) got no answer before its deadline, or the host name of a forbidden service did not resolve, so whether that service is reachable is unknown. Always inconclusive: the run is not a pass while it stands.',
  why: 'Silence is not a refusal: a slow, rate-limiting or filtering server that never answers a TLS 1.0 ClientHello has not shown that it refuses TLS 1.0 (RFC 8996), and a forbidden plaintext service (RFC 8314) on a name that did not resolve was never looked for. Reporting either as a pass would pass a check that was not made.',
  fix: 'Make the server answer every ClientHello, with a ServerHello or an alert (look for a firewall, IPS or rate limit that drops old TLS versions silently), or give it a longer timeout; for a forbidden service, fix the host name in the policy or its DNS records, then run the check again.',
  references: ['RFC 8996', 'RFC 8446 §6.2', 'RFC 8314 §4'],
  securitySeverity: '2.0',
  servers: {},
});
