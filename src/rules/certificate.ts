// The server's leaf certificate: certificate-untrusted, certificate-name-mismatch,
// certificate-expired, certificate-expiring, certificate-weak. Dates are judged against the
// injected `now`, never the probe's own daysLeft, so a saved report judges the same way twice.
import { DAY_MS } from '../common/time.js';
import type { Endpoint } from '../plan/types.js';
import type { CertificateFacts, EndpointFacts } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint, listOf } from './describe.js';
import { isWeakSignature, weakKey } from './strength.js';


function certificateOf(facts: EndpointFacts): CertificateFacts | null {
  if (facts.tls?.version == null) return null;
  return facts.tls.certificate;
}

export function checkTrust(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
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
      message: selfSigned
        ? `${describeEndpoint(endpoint)} presents a self-signed certificate.`
        : `${describeEndpoint(endpoint)} presents a certificate that does not chain to a trusted root.`,
      evidence: evidence.join('; '),
    },
  ];
}

export function checkName(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null || !endpoint.settings.certificate.verify || certificate.nameMatch) return [];
  return [
    {
      rule: 'certificate-name-mismatch',
      message: `${describeEndpoint(endpoint)} presents a certificate that does not name ${endpoint.host}.`,
      evidence: `subject: ${certificate.subject}; SAN: ${certificate.san.length > 0 ? listOf(certificate.san) : '(none)'}`,
    },
  ];
}

interface Validity {
  notBefore: number;
  notAfter: number;
}

/** Null when the probe recorded dates that do not parse: nothing can be said about them. */
function validityOf(certificate: CertificateFacts): Validity | null {
  const notBefore = Date.parse(certificate.notBefore);
  const notAfter = Date.parse(certificate.notAfter);
  if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) return null;
  return { notBefore, notAfter };
}

function validityEvidence(certificate: CertificateFacts): string {
  return `valid from ${certificate.notBefore} to ${certificate.notAfter}`;
}

function isExpired(validity: Validity, now: Date): boolean {
  return now.getTime() < validity.notBefore || now.getTime() > validity.notAfter;
}

export function checkValidity(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
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

export function checkExpiring(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const validity = validityOf(certificate);
  if (validity === null || isExpired(validity, now)) return [];
  const minDaysLeft = endpoint.settings.certificate.minDaysLeft;
  const msLeft = validity.notAfter - now.getTime();
  if (msLeft >= minDaysLeft * DAY_MS) return [];
  const daysLeft = Math.floor(msLeft / DAY_MS);
  return [
    {
      rule: 'certificate-expiring',
      message: `${describeEndpoint(endpoint)} presents a certificate that expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, fewer than the policy's ${minDaysLeft}.`,
      evidence: validityEvidence(certificate),
    },
  ];
}

export function weaknesses(certificate: CertificateFacts): string[] {
  const found: string[] = [];
  const key = weakKey(certificate.keyType, certificate.keyBits);
  if (key !== null) found.push(key);
  if (isWeakSignature(certificate.signature)) found.push(`signature ${certificate.signature}`);
  return found;
}

export function checkStrength(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const found = weaknesses(certificate);
  if (found.length === 0) return [];
  return [
    {
      rule: 'certificate-weak',
      message: `${describeEndpoint(endpoint)} presents a weak certificate: ${listOf(found)}.`,
      evidence: `key: ${certificate.keyType} ${certificate.keyBits ?? '?'} bits; signature: ${certificate.signature}`,
    },
  ];
}
