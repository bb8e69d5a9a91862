// TLSA records as an operator computes them from a certificate (RFC 6698 §2.1): the usage, the
// selector (0 the whole certificate, 1 its SubjectPublicKeyInfo), the matching type (0 the bytes
// themselves, 1 SHA-256, 2 SHA-512), and the data in lower-case hex. Computed with node's own key
// export, never with the code under test.
import { X509Certificate, createHash } from 'node:crypto';
import type { TlsaRecord } from '../../src/facts/dane.js';

export function tlsaRecord(usage: number, selector: number, matchingType: number, pem: string): TlsaRecord {
  const cert = new X509Certificate(pem);
  const bytes = selector === 1 ? cert.publicKey.export({ type: 'spki', format: 'der' }) : cert.raw;
  const data = matchingType === 1 ? createHash('sha256').update(bytes).digest('hex') : matchingType === 2 ? createHash('sha512').update(bytes).digest('hex') : bytes.toString('hex');
  return { usage, selector, matchingType, data };
}

/** The same record with its data changed in one hex digit: a record for some other key. */
export function wrongHash(record: TlsaRecord): TlsaRecord {
  const last = record.data.at(-1)!;
  return { ...record, data: record.data.slice(0, -1) + (last === '0' ? '1' : '0') };
}
