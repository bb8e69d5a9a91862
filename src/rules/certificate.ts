// What the certificate rules share (certificate-untrusted, certificate-name-mismatch,
// certificate-expired, certificate-expiring, certificate-weak; their checks are in
// src/rules/catalog/): the leaf certificate of a session, its validity and weaknesses. Dates are judged against the
// injected `now`, never the probe's own daysLeft, so a saved report judges the same way twice.
import { DAY_MS } from '../common/time.js';
import type { CertificateFacts, EndpointFacts } from '../facts/endpoint.js';
import { isWeakSignature, weakKey } from '../common/strength.js';


export function certificateOf(facts: EndpointFacts): CertificateFacts | null {
  if (facts.tls?.version == null) return null;
  return facts.tls.certificate;
}

interface Validity {
  notBefore: number;
  notAfter: number;
}

/** Null when the probe recorded dates that do not parse: nothing can be said about them. */
export function validityOf(certificate: CertificateFacts): Validity | null {
  const notBefore = Date.parse(certificate.notBefore);
  const notAfter = Date.parse(certificate.notAfter);
  if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) return null;
  return { notBefore, notAfter };
}

export function validityEvidence(certificate: CertificateFacts): string {
  return `valid from ${certificate.notBefore} to ${certificate.notAfter}`;
}

export function isExpired(validity: Validity, now: Date): boolean {
  return now.getTime() < validity.notBefore || now.getTime() > validity.notAfter;
}

export function weaknesses(certificate: CertificateFacts): string[] {
  const found: string[] = [];
  const key = weakKey(certificate.keyType, certificate.keyBits);
  if (key !== null) found.push(key);
  if (isWeakSignature(certificate.signature)) found.push(`signature ${certificate.signature}`);
  return found;
}

