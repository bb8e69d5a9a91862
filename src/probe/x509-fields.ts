// The certificate fields node's X509Certificate does not expose: the signature algorithm, the
// exact subjectAltName entries and the extensions a chain is judged by, read with the @peculiar
// ASN.1 schemas. Only those parts are decoded: the certificate's DER is cut into its top-level
// fields first (certificateParts), which skips the names and the key, most of the decoder's work.
// The bytes come from a remote peer, so anything the parser rejects becomes a
// CertificateParseError, never a crash.

import { AsnConvert, AsnOctetStringConverter, BitString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AsnIpConverter,
  BasicConstraints,
  ExtendedKeyUsage,
  type Extension,
  Extensions,
  KeyUsage,
  SubjectAlternativeName,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
} from '@peculiar/asn1-x509';

export class CertificateParseError extends Error {
  override name = 'CertificateParseError';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs a read over untrusted bytes; whatever goes wrong comes out as a CertificateParseError. */
function guarded<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof CertificateParseError) throw err;
    throw new CertificateParseError(`cannot read ${what}: ${messageOf(err)}`, { cause: err });
  }
}

/** The OID of Certificate.signatureAlgorithm (RFC 5280 §4.1.1.2). */
export function certificateSignatureOid(der: Uint8Array): string {
  return orThrow(certificateFields(der).signatureOid);
}

export interface SubjectAltNames {
  /** The extension is present (RFC 6125: then CN is never consulted). */
  present: boolean;
  dns: string[];
  /** Raw iPAddress octets: 4 for IPv4, 16 for IPv6. */
  ip: Uint8Array[];
}

/**
 * The library hands iPAddress back as text: an address for 4 or 16 octets, address/prefix for 8
 * or 32 (the name-constraint form) and lower-case hex for any other length. Undo that to octets
 * with the library's own converter, so odd entries keep their exact bytes.
 */
function ipOctets(text: string): Uint8Array {
  if (/^[0-9a-f]*$/.test(text)) return Uint8Array.from(Buffer.from(text, 'hex'));
  const asn = AsnIpConverter.toASN(text) as Parameters<typeof AsnOctetStringConverter.fromASN>[0];
  return new Uint8Array(AsnOctetStringConverter.fromASN(asn));
}

export function subjectAltNames(der: Uint8Array): SubjectAltNames {
  return orThrow(certificateFields(der).san);
}

/** The extensions that decide whether a certificate may stand where it stands in a chain. */
export interface ChainExtensions {
  /** OIDs of the extensions marked critical. */
  critical: string[];
  /** Some extension appears more than once (RFC 5280 §4.2 forbids it). */
  duplicated: boolean;
  /** Issuer and subject are the same name (RFC 5280 §6.1: such a CA does not count towards pathLen). */
  selfIssued: boolean;
  basicConstraints: { ca: boolean; pathLen: number | null } | null;
  /** keyUsage bits, named bit n as 2^n (digitalSignature 1, keyEncipherment 4, keyAgreement 16, keyCertSign 32); null when absent. */
  keyUsage: number | null;
  extendedKeyUsage: string[] | null;
  /** Netscape certificate type bits, named bit n as 2^n (SSL server 2, SSL CA 32); null when absent. */
  netscapeCertType: number | null;
}

/** Each field read, or why it could not be: one bad field does not hide the other. */
export interface CertificateFields {
  signatureOid: string | CertificateParseError;
  san: SubjectAltNames | CertificateParseError;
  extensions: ChainExtensions | CertificateParseError;
}

const NETSCAPE_CERT_TYPE = '2.16.840.1.113730.1.1';

function chainExtensionsOf(extensions: readonly Extension[], parts: CertificateParts): ChainExtensions {
  const result: ChainExtensions = {
    critical: [],
    duplicated: false,
    selfIssued: Buffer.from(parts.subject).equals(Buffer.from(parts.issuer)),
    basicConstraints: null,
    keyUsage: null,
    extendedKeyUsage: null,
    netscapeCertType: null,
  };
  const seen = new Set<string>();
  for (const extension of extensions) {
    const oid = extension.extnID;
    if (seen.has(oid)) result.duplicated = true;
    seen.add(oid);
    if (extension.critical) result.critical.push(oid);
    const value = extension.extnValue;
    if (oid === id_ce_basicConstraints) {
      const bc = guarded('basicConstraints', () => AsnConvert.parse(value, BasicConstraints));
      result.basicConstraints = { ca: bc.cA, pathLen: bc.pathLenConstraint ?? null };
    } else if (oid === id_ce_keyUsage) {
      result.keyUsage = guarded('keyUsage', () => AsnConvert.parse(value, KeyUsage).toNumber());
    } else if (oid === id_ce_extKeyUsage) {
      result.extendedKeyUsage = guarded('extKeyUsage', () => [...AsnConvert.parse(value, ExtendedKeyUsage)]);
    } else if (oid === NETSCAPE_CERT_TYPE) {
      result.netscapeCertType = guarded('netscapeCertType', () => AsnConvert.parse(value, BitString).toNumber());
    }
  }
  return result;
}

function orThrow<T>(field: T | CertificateParseError): T {
  if (field instanceof CertificateParseError) throw field;
  return field;
}

function signatureOidOf(parts: CertificateParts): string {
  const oid = guarded('signatureAlgorithm', () => AsnConvert.parse(parts.signatureAlgorithm, AlgorithmIdentifier)).algorithm;
  if (!oid) throw new CertificateParseError('empty signatureAlgorithm');
  return oid;
}

function subjectAltNamesOf(extensions: readonly Extension[]): SubjectAltNames {
  const result: SubjectAltNames = { present: false, dns: [], ip: [] };
  for (const extension of extensions) {
    if (extension.extnID !== id_ce_subjectAltName) continue;
    const names = guarded('subjectAltName', () => AsnConvert.parse(extension.extnValue, SubjectAlternativeName));
    result.present = true;
    for (const name of names) {
      if (name.dNSName !== undefined) result.dns.push(name.dNSName);
      else if (name.iPAddress !== undefined) result.ip.push(guarded('iPAddress', () => ipOctets(name.iPAddress!)));
    }
  }
  return result;
}

function field<T>(read: () => T): T | CertificateParseError {
  try {
    return read();
  } catch (err) {
    return err instanceof CertificateParseError ? err : new CertificateParseError(messageOf(err), { cause: err });
  }
}

/**
 * Every field, each read once: the ASN.1 decoder is the costly part of describing a certificate,
 * so it decodes only the signature algorithm and the extensions (about a third of the work of the
 * whole certificate), and each of those once. Never throws.
 */
export function certificateFields(der: Uint8Array): CertificateFields {
  let parts: CertificateParts;
  try {
    parts = certificateParts(der);
  } catch (err) {
    const failure = err instanceof CertificateParseError ? err : new CertificateParseError(messageOf(err), { cause: err });
    return { signatureOid: failure, san: failure, extensions: failure };
  }
  const extensions = field(() => (parts.extensions === null ? [] : [...guarded('extensions', () => AsnConvert.parse(parts.extensions!, Extensions))]));
  return {
    signatureOid: field(() => signatureOidOf(parts)),
    san: extensions instanceof CertificateParseError ? extensions : field(() => subjectAltNamesOf(extensions)),
    extensions: extensions instanceof CertificateParseError ? extensions : field(() => chainExtensionsOf(extensions, parts)),
  };
}

// ---------------------------------------------------------------------------------------------
// The SubjectPublicKeyInfo's own bytes

/** One DER element: where its contents start and end within the buffer. */
interface DerElement {
  tag: number;
  start: number;
  end: number;
}

/** The DER element at `at`, bounded by `limit`; throws a CertificateParseError on anything else. */
function derElementAt(der: Uint8Array, at: number, limit: number): DerElement {
  if (at + 2 > limit) throw new CertificateParseError('truncated DER element');
  const tag = der[at]!;
  if ((tag & 0x1f) === 0x1f) throw new CertificateParseError('multi-byte DER tag');
  let length = der[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    // DER lengths are minimal and a certificate is far below 2^32 bytes.
    if (octets === 0 || octets > 4 || start + octets > limit) throw new CertificateParseError('bad DER length');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + der[start + i]!;
    start += octets;
  }
  if (start + length > limit) throw new CertificateParseError('DER element runs past its container');
  return { tag, start, end: start + length };
}

/** A certificate's top-level fields as their DER bytes, exactly as sent (RFC 5280 §4.1). */
interface CertificateParts {
  /** Certificate.signatureAlgorithm, the whole AlgorithmIdentifier. */
  signatureAlgorithm: Uint8Array;
  issuer: Uint8Array;
  subject: Uint8Array;
  subjectPublicKeyInfo: Uint8Array;
  /** The SEQUENCE OF Extension inside tbsCertificate's [3]; null without one (a v1 certificate). */
  extensions: Uint8Array | null;
}

const TAG = { integer: 0x02, bitString: 0x03, sequence: 0x30, version: 0xa0, extensions: 0xa3 } as const;
/** What may follow subjectPublicKeyInfo in tbsCertificate, in this order: [1] and [2] unique IDs, [3] extensions. */
const AFTER_KEY = [0x81, 0xa1, 0x82, 0xa2, TAG.extensions];

/**
 * Cuts a certificate into the fields above, checking the shape as it goes: a SEQUENCE of exactly
 * tbsCertificate, signatureAlgorithm and signatureValue; tbsCertificate with its optional [0]
 * version, serialNumber, signature, issuer, validity, subject and subjectPublicKeyInfo, then only
 * the optional unique IDs and [3] extensions. Anything else is a CertificateParseError.
 */
function certificateParts(der: Uint8Array): CertificateParts {
  const certificate = derElementAt(der, 0, der.length);
  if (certificate.tag !== TAG.sequence || certificate.end !== der.length) throw new CertificateParseError('a Certificate is one SEQUENCE');
  const tbs = derElementAt(der, certificate.start, certificate.end);
  const signatureAlgorithm = derElementAt(der, tbs.end, certificate.end);
  const signatureValue = derElementAt(der, signatureAlgorithm.end, certificate.end);
  if (tbs.tag !== TAG.sequence || signatureAlgorithm.tag !== TAG.sequence || signatureValue.tag !== TAG.bitString || signatureValue.end !== certificate.end) {
    throw new CertificateParseError('a Certificate is tbsCertificate, signatureAlgorithm and signatureValue');
  }
  const fields: { at: number; element: DerElement }[] = [];
  for (let at = tbs.start; at < tbs.end; ) {
    const element = derElementAt(der, at, tbs.end);
    fields.push({ at, element });
    at = element.end;
  }
  const first = fields[0]?.element.tag === TAG.version ? 1 : 0;
  // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
  const required = [TAG.integer, TAG.sequence, TAG.sequence, TAG.sequence, TAG.sequence, TAG.sequence];
  if (required.some((tag, i) => fields[first + i]?.element.tag !== tag)) throw new CertificateParseError('tbsCertificate does not have the fields of RFC 5280 section 4.1');
  const bytesOf = (i: number) => der.subarray(fields[first + i]!.at, fields[first + i]!.element.end);
  let extensions: Uint8Array | null = null;
  let order = 0;
  for (const { element } of fields.slice(first + required.length)) {
    const position = AFTER_KEY.indexOf(element.tag);
    if (position < order) throw new CertificateParseError('tbsCertificate has a field out of place after subjectPublicKeyInfo');
    order = position + 1;
    if (element.tag !== TAG.extensions) continue;
    const list = derElementAt(der, element.start, element.end);
    if (list.tag !== TAG.sequence || list.end !== element.end) throw new CertificateParseError('extensions are not one SEQUENCE');
    extensions = der.subarray(element.start, element.end);
  }
  return {
    signatureAlgorithm: der.subarray(tbs.end, signatureAlgorithm.end),
    issuer: bytesOf(2),
    subject: bytesOf(4),
    subjectPublicKeyInfo: bytesOf(5),
    extensions,
  };
}

/**
 * The DER of the certificate's subjectPublicKeyInfo exactly as sent (RFC 5280 §4.1: the seventh
 * field of tbsCertificate, counting the optional [0] version), which TLSA selector 1 names (RFC
 * 6698 §2.1.2). Sliced from the certificate rather than encoded again, so the digests are of the
 * bytes the server signed.
 */
export function subjectPublicKeyInfoDer(der: Uint8Array): Uint8Array {
  return certificateParts(der).subjectPublicKeyInfo;
}
