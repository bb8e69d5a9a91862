// Just enough DER to read what node's X509Certificate does not expose: the signature algorithm
// and the exact subjectAltName entries. The bytes come from a remote peer, so every length is
// checked against the buffer and any inconsistency is an error, never an out-of-bounds read.

export interface Tlv {
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset one past the last content byte. */
  end: number;
}

export class DerError extends Error {}

export function readTlv(buf: Uint8Array, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError('truncated header');
  const tag = buf[offset]!;
  // High-tag-number form does not occur in certificates; refusing it keeps the reader simple.
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tag');
  let length = buf[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length form');
    if (start + count > limit) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[start + i]!;
    start += count;
  }
  const end = start + length;
  if (end > limit) throw new DerError('content runs past its container');
  return { tag, start, end };
}

/** The TLVs directly inside a constructed value. */
export function children(buf: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readTlv(buf, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

export function decodeOid(buf: Uint8Array, tlv: Tlv): string {
  if (tlv.tag !== 0x06 || tlv.end === tlv.start) throw new DerError('not an OBJECT IDENTIFIER');
  const arcs: number[] = [];
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) {
    const byte = buf[i]!;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError('OID arc too large');
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (buf[tlv.end - 1]! & 0x80) throw new DerError('truncated OID arc');
  const first = arcs.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

const SEQUENCE = 0x30;

function expectSequence(tlv: Tlv | undefined, what: string): Tlv {
  if (!tlv || tlv.tag !== SEQUENCE) throw new DerError(`${what} is not a SEQUENCE`);
  return tlv;
}

/** The OID of Certificate.signatureAlgorithm (RFC 5280 §4.1.1.2). */
export function certificateSignatureOid(der: Uint8Array): string {
  const cert = expectSequence(readTlv(der, 0), 'Certificate');
  const algorithm = expectSequence(children(der, cert)[1], 'signatureAlgorithm');
  const oid = children(der, algorithm)[0];
  if (!oid) throw new DerError('empty signatureAlgorithm');
  return decodeOid(der, oid);
}

export interface SubjectAltNames {
  /** The extension is present (RFC 6125: then CN is never consulted). */
  present: boolean;
  dns: string[];
  /** Raw iPAddress octets: 4 for IPv4, 16 for IPv6. */
  ip: Uint8Array[];
}

const SAN_OID = '2.5.29.17';
const EXTENSIONS_TAG = 0xa3; // [3] EXPLICIT in TBSCertificate
const DNS_NAME_TAG = 0x82; // [2] IMPLICIT IA5String
const IP_ADDRESS_TAG = 0x87; // [7] IMPLICIT OCTET STRING

export function subjectAltNames(der: Uint8Array): SubjectAltNames {
  const cert = expectSequence(readTlv(der, 0), 'Certificate');
  const tbs = expectSequence(children(der, cert)[0], 'TBSCertificate');
  const wrapper = children(der, tbs).find((t) => t.tag === EXTENSIONS_TAG);
  const result: SubjectAltNames = { present: false, dns: [], ip: [] };
  if (!wrapper) return result;
  const list = expectSequence(children(der, wrapper)[0], 'Extensions');
  for (const extension of children(der, list)) {
    const parts = children(der, expectSequence(extension, 'Extension'));
    if (parts.length < 2 || decodeOid(der, parts[0]!) !== SAN_OID) continue;
    const value = parts[parts.length - 1]!; // extnValue, after the optional critical flag
    if (value.tag !== 0x04) throw new DerError('extnValue is not an OCTET STRING');
    const names = expectSequence(readTlv(der, value.start, value.end), 'GeneralNames');
    result.present = true;
    for (const name of children(der, names)) {
      const bytes = der.subarray(name.start, name.end);
      if (name.tag === DNS_NAME_TAG) result.dns.push(Buffer.from(bytes).toString('latin1'));
      else if (name.tag === IP_ADDRESS_TAG) result.ip.push(Uint8Array.from(bytes));
    }
  }
  return result;
}
