import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { certificateOf, isExpired, validityEvidence, validityOf } from '../certificate.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { CERTIFICATE_CHAIN } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-expired',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Certificate expired or not yet valid',
  summary: 'The certificate is not yet valid, or has expired.',
  what: "The check's time is after the certificate's notAfter or before its notBefore.",
  why: 'Outside the validity period of RFC 5280 §4.1.2.5 validating clients refuse the connection, and users taught to click past the warning lose what TLS protects.',
  fix: 'Renew and deploy the certificate, then reload every service that uses it (postfix reload, doveadm reload, nginx -s reload); automate renewal with an ACME client and a hook that reloads them. For a not-yet-valid certificate, check its start date and the clocks involved.',
  references: ['RFC 5280 §4.1.2.5'],
  cwe: '298',
  securitySeverity: '6.5',
  servers: CERTIFICATE_CHAIN,
});

function checkValidity(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const validity = validityOf(certificate);
  if (validity === null || !isExpired(validity, now)) return [];
  const notYet = now.getTime() < validity.notBefore;
  return [
    {
      rule: 'certificate-expired',
      message: notYet
        ? `${describeEndpoint(endpoint)} presents a certificate that is not valid yet.`
        : `${describeEndpoint(endpoint)} presents an expired certificate.`,
      evidence: validityEvidence(certificate),
    },
  ];
}

export const checks: EndpointChecks = { require: checkValidity };
