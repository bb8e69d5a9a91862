import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { answerWords, daneAsked, dnssecStanding } from '../dane.js';
import { list, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'dnssec-insecure',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'MX or TLSA answer not DNSSEC-authenticated',
  summary: 'The MX or TLSA answer was not DNSSEC-authenticated, so DANE cannot apply: error with dane: required, warning with dane: optional (RFC 7672 §2.2).',
  what: "The validating resolver answered the domain's MX look-up, or an MX host's TLSA look-up at _25._tcp.<host>, without authenticating it (no AD bit): the zone is not signed, its chain of trust is broken off at an insecure delegation, or the answer came from the system's name server rather than a resolver the policy or the input names, whose AD bit is not believed. An error with `dane: required`, a warning with `dane: optional` (a severity set under `rules:` wins). A look-up the resolver gave no verdict on (SERVFAIL, as for expired signatures, or a time-out) is not this rule's: it is reported on the host's port-25 endpoints as a check that could not be made, never as insecure. ",
  why: 'DANE rests on DNSSEC: RFC 7672 §2.2 has SMTP clients use TLSA records only when both the MX records and the TLSA records are authenticated, since an attacker can forge answers that are not. Without it, senders deliver with opportunistic TLS that an active attacker can strip.',
  fix: "Sign the zone of the domain and the zones of its MX hosts (most DNS hosts and Knot DNS or BIND sign automatically), and publish each zone's DS record at its parent through the registrar; then check that a validating resolver sets the AD bit: `dig +dnssec MX example.com` and `dig +dnssec TLSA _25._tcp.mx1.example.com` show `flags: … ad`. Run the check with a validating resolver you trust named in the `resolver` input (or `--resolver`), such as unbound on the runner itself.",
  references: ['RFC 7672 §2.2', 'RFC 4033 §3', 'RFC 6698 §4'],
  securitySeverity: '5.3',
  servers: {},
});

function checkDnssec(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const dane = daneAsked(policy, facts);
  if (dane === null || facts.mx.nullMx) return [];
  const insecure = [
    ...(dnssecStanding(dane.mx) === 'insecure' ? [{ name: `MX ${facts.domain}`, answer: dane.mx }] : []),
    ...dane.hosts.filter((host) => dnssecStanding(host.tlsa) === 'insecure').map((host) => ({ name: `TLSA ${host.tlsaName}`, answer: host.tlsa })),
  ];
  if (insecure.length === 0) return [];
  return [
    {
      rule: 'dnssec-insecure',
      at: 'dane',
      message: `The resolver did not authenticate ${list(insecure.map((i) => i.name))}, so DANE cannot apply to mail for ${facts.domain}${dnssecStanding(dane.mx) === 'insecure' ? '' : ` at ${insecure.length === 1 ? 'that host' : 'those hosts'}`}.`,
      evidence: insecure.map((i) => `${i.name}: ${answerWords(i.answer)}`).join('; '),
      // `dane: optional` asks for DANE where it can be had: a warning. A severity the policy sets wins.
      ...(policy.dane === 'optional' ? { severity: 'warning' as const } : {}),
    },
  ];
}

export const checkDomain: DomainCheck = checkDnssec;
