import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { certificateOf } from '../certificate.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { CERTIFICATE_CHAIN } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-untrusted',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Certificate not trusted',
  summary: 'The chain does not reach a trusted root; self-signed included.',
  what: "OpenSSL does not verify the certificate chain up to a trusted root (the roots the trust setting selects, plus any ca-file): no path to one, a self-signed certificate, or a chain that breaks a rule of its own (name constraints, key usage, an unknown critical extension, an expired or weak intermediate). The leaf's own dates and weak key or signature are reported by certificate-expired and certificate-weak instead. Checked only when certificate verify is on.",
  why: 'Clients that validate the chain (RFC 5280 §6), as RFC 8314 asks mail clients to, refuse the connection; clients that do not validate are open to interception.',
  fix: 'Use a certificate from a public CA and serve the full chain, leaf first: Postfix smtpd_tls_chain_files, Dovecot ssl_cert with the full-chain file, nginx ssl_certificate with fullchain.pem. An MX host secured by DANE-EE TLSA records (RFC 7672) may set certificate verify to false instead.',
  references: ['RFC 5280 §6', 'RFC 8314', 'RFC 7672'],
  cwe: '295',
  securitySeverity: '7.4',
  servers: {
    ...CERTIFICATE_CHAIN,
    postfix: {
      ...CERTIFICATE_CHAIN.postfix,
      note: `${CERTIFICATE_CHAIN.postfix.note} A port-25 MX with DANE TLSA records (RFC 7672) may use a certificate from a private CA; set certificate verify: false for it in the policy.`,
    },
  },
});

function checkTrust(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null || !endpoint.settings.certificate.verify || certificate.trusted) return [];
  const selfSigned = certificate.subject === certificate.issuer || /SELF_SIGNED/i.test(certificate.error ?? '');
  const evidence = [
    certificate.error ? `error: ${certificate.error}` : null,
    `subject: ${certificate.subject}`,
    `issuer: ${certificate.issuer}`,
  ].filter((part): part is string => part !== null);
  return [
    {
      rule: 'certificate-untrusted',
      setting: 'certificate.verify',
      message: selfSigned
        ? `${describeEndpoint(endpoint)} presents a self-signed certificate.`
        : `${describeEndpoint(endpoint)} presents a certificate that does not chain to a trusted root.`,
      evidence: evidence.join('; '),
    },
  ];
}

export const checks: EndpointChecks = { require: checkTrust };
