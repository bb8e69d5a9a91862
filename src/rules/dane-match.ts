// Matching TLSA records against the chain an MX host presented (RFC 6698 §2.1, RFC 7671 §5,
// RFC 7672 §3.1). Pure: the records are facts of the domains stage, the chain a fact of the
// probe (each certificate by its digests, and whether the next one issued and signed it).
import { createHash } from 'node:crypto';
import type { TlsaRecord } from '../facts/dane.js';
import type { PresentedCertificate } from '../facts/endpoint.js';

/** RFC 7218's names of the certificate usages. */
export const USAGE_NAMES: Readonly<Record<number, string>> = { 0: 'PKIX-TA', 1: 'PKIX-EE', 2: 'DANE-TA', 3: 'DANE-EE' };

/** DANE-TA(2) and DANE-EE(3): the only usages an SMTP client uses (RFC 7672 §3.1). */
const DANE_TA = 2;
const DANE_EE = 3;

/** The hex length of each matching type's data: SHA2-256(1) and SHA2-512(2); Full(0) has any. */
const DIGEST_HEX_LENGTH: Readonly<Record<number, number>> = { 1: 64, 2: 128 };

/** "3 1 1", as records are written. */
export function tlsaParameters(record: TlsaRecord): string {
  return `${record.usage} ${record.selector} ${record.matchingType}`;
}

/**
 * A record an SMTP client can use: usage DANE-TA(2) or DANE-EE(3), selector Cert(0) or SPKI(1),
 * matching type Full(0), SHA2-256(1) or SHA2-512(2). Any other is unusable and ignored (RFC 7671
 * §4, RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) included): it neither matches nor fails.
 */
export function isUsable(record: TlsaRecord): boolean {
  return (record.usage === DANE_TA || record.usage === DANE_EE) && (record.selector === 0 || record.selector === 1) && [0, 1, 2].includes(record.matchingType);
}

/** Does one usable record's data name this certificate (its DER or its key), whatever its usage? */
export function recordNames(record: TlsaRecord, certificate: PresentedCertificate): boolean {
  const data = record.data.toLowerCase();
  if (!/^(?:[0-9a-f]{2})+$/.test(data)) return false;
  const expected = DIGEST_HEX_LENGTH[record.matchingType];
  if (expected !== undefined && data.length !== expected) return false;
  const [sha256, sha512] = record.selector === 0 ? [certificate.sha256, certificate.sha512] : [certificate.spkiSha256, certificate.spkiSha512];
  switch (record.matchingType) {
    // Full(0): the record holds the DER itself. The chain is kept by digest, so the record's
    // bytes are hashed with SHA-256 and compared with the SHA-256 of the certificate's DER (or
    // SubjectPublicKeyInfo DER): equal digests stand for equal bytes.
    case 0:
      return sha256 !== null && createHash('sha256').update(Buffer.from(data, 'hex')).digest('hex') === sha256;
    case 1:
      return data === sha256;
    case 2:
      return data === sha512;
    default:
      return false;
  }
}

/** How one presented chain fares against one MX host's TLSA records. */
export type ChainMatch =
  /** A DANE-EE(3) record names the leaf: the key is pinned, WebPKI trust, name and dates do not apply. */
  | { kind: 'dane-ee'; record: TlsaRecord }
  /**
   * A DANE-TA(2) record names the certificate at `depth` (1 the leaf's issuer), and every
   * certificate below it was issued and signed by the next: the chain is trusted up to that TA,
   * the name and dates still apply.
   */
  | { kind: 'dane-ta'; record: TlsaRecord; depth: number }
  /**
   * Only a DANE-TA record matches, and it names the last certificate, one of the roots the probe
   * trusts: node may have added that root from the local store, and whether the server sent it,
   * as DANE senders need (RFC 7672 §3.1.2), cannot be told. Neither a match nor a mismatch.
   */
  | { kind: 'ta-unverified'; record: TlsaRecord; depth: number }
  /** No usable record matches; `brokenTa`: a DANE-TA record named a certificate the chain does not link up to. */
  | { kind: 'none'; brokenTa: { record: TlsaRecord; depth: number } | null };

/**
 * Matches the usable records against the chain, leaf first. DANE-EE(3) is matched against the
 * leaf only. DANE-TA(2) is matched against every certificate above the leaf (RFC 7671 §5.2: the
 * TA may be the leaf's issuer or any certificate higher up, which the server must send, RFC
 * 7672 §3.1.2), and holds only when the chain from the leaf up to it is issued and signed link by
 * link. A DANE-EE match wins over a DANE-TA one: it asks less of the server.
 */
export function matchChain(records: readonly TlsaRecord[], presented: readonly PresentedCertificate[]): ChainMatch {
  const usable = records.filter(isUsable);
  const leaf = presented[0];
  if (leaf === undefined) return { kind: 'none', brokenTa: null };
  const ee = usable.find((record) => record.usage === DANE_EE && recordNames(record, leaf));
  if (ee !== undefined) return { kind: 'dane-ee', record: ee };
  let brokenTa: { record: TlsaRecord; depth: number } | null = null;
  let unverified: { record: TlsaRecord; depth: number } | null = null;
  for (let depth = 1; depth < presented.length; depth++) {
    const certificate = presented[depth]!;
    const ta = usable.find((record) => record.usage === DANE_TA && recordNames(record, certificate));
    if (ta === undefined) continue;
    if (!presented.slice(0, depth).every((below) => below.issuedByNext === true)) {
      brokenTa ??= { record: ta, depth };
      continue;
    }
    // Node adds a locally trusted root after the server's last certificate when that one is not
    // self-signed; such a root, last in the list, may never have been sent.
    if (depth === presented.length - 1 && certificate.trustedRoot === true) {
      unverified = { record: ta, depth };
      continue;
    }
    return { kind: 'dane-ta', record: ta, depth };
  }
  return unverified !== null ? { kind: 'ta-unverified', ...unverified } : { kind: 'none', brokenTa };
}
