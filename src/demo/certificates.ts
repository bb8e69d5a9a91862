// Certificates for fixture servers: a throw-away root CA and leaves in every state the
// certificate rules care about (good, expired, not yet valid, expiring, self-signed, weak key,
// SHA-1 signature, EC key). Used by the tests and by the `demo` command, so it ships.

import { webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import type * as X509 from '@peculiar/x509';
import { DAY_MS, HOUR_MS } from '../common/time.js';

type CryptoKeyPair = webcrypto.CryptoKeyPair;

export interface Pem {
  cert: string;
  key: string;
}

export interface FixtureCertificates {
  /** The test root CA every signed leaf chains to. */
  ca: Pem;
  /** Signed by `ca`, 90 days left, RSA 2048, SHA-256. */
  good(hosts: string[]): Promise<Pem>;
  /** notAfter 30 days in the past. */
  expired(hosts: string[]): Promise<Pem>;
  /** notBefore 30 days in the future. */
  notYetValid(hosts: string[]): Promise<Pem>;
  /** notAfter `days` whole days (plus an hour of slack) from now. */
  expiring(hosts: string[], days: number): Promise<Pem>;
  /** Issued by itself, not by `ca`. */
  selfSigned(hosts: string[]): Promise<Pem>;
  /**
   * RSA 1024, signed by `ca`. Node's OpenSSL (security level 1) serves it as is; an OpenSSL built
   * with level 2 as its default (as some distributions ship it) refuses it unless the server
   * lowers its level (ciphers 'DEFAULT@SECLEVEL=0').
   */
  weakRsa(hosts: string[]): Promise<Pem>;
  /**
   * Signed by `ca` with SHA-1. OpenSSL 3 refuses to load it for serving at level 1 or above
   * ("ca md too weak"), so its server needs ciphers 'DEFAULT@SECLEVEL=0'.
   */
  sha1(hosts: string[]): Promise<Pem>;
  /** EC P-256 key, signed by `ca` (RSA, SHA-256). */
  ec(hosts: string[]): Promise<Pem>;
}

let libraryLoad: Promise<typeof X509> | undefined;

/**
 * @peculiar/x509, loaded on first use. It needs Reflect metadata present before it is evaluated,
 * and a static import cannot guarantee that order everywhere (a CommonJS dependency may be
 * evaluated while modules are still being linked), so the reflect-metadata polyfill goes first,
 * then the library.
 */
export function x509Library(): Promise<typeof X509> {
  libraryLoad ??= (async () => {
    await import('reflect-metadata');
    const lib = await import('@peculiar/x509');
    // It signs through whichever WebCrypto it is given; node's is the one to use. (Its typings
    // name the DOM `Crypto`, which node's webcrypto matches only structurally.)
    lib.cryptoProvider.set(webcrypto as never);
    return lib;
  })();
  return libraryLoad;
}


const rsaParams = (bits: number, hash: 'SHA-256' | 'SHA-1'): webcrypto.RsaHashedKeyGenParams => ({
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: bits,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash,
});

// Key generation is the slow part (an RSA 2048 key can take a good fraction of a second), so
// every key is made once per process and shared by all fixture sets and all leaves of a kind.
const keyCache = new Map<string, Promise<CryptoKeyPair>>();

function cachedKey(kind: 'ca' | 'leaf' | 'self' | 'rsa1024' | 'ec'): Promise<CryptoKeyPair> {
  let pending = keyCache.get(kind);
  if (!pending) {
    pending = generate(kind);
    // A failed generation must not poison the cache for later callers.
    pending.catch(() => keyCache.delete(kind));
    keyCache.set(kind, pending);
  }
  return pending;
}

async function generate(kind: string): Promise<CryptoKeyPair> {
  const subtle = webcrypto.subtle;
  if (kind === 'ec') {
    return (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  }
  const bits = kind === 'rsa1024' ? 1024 : 2048;
  return (await subtle.generateKey(rsaParams(bits, 'SHA-256'), true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** PEM files end with a newline, so that bundles made by concatenation stay readable. */
function withFinalNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}

async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  const x509 = await x509Library();
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return withFinalNewline(x509.PemConverter.encode(der, 'PRIVATE KEY'));
}

/** WebCrypto binds an RSA key to one hash; signing with SHA-1 needs the same key re-imported. */
async function withSha1(key: webcrypto.CryptoKey): Promise<webcrypto.CryptoKey> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return webcrypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' }, false, ['sign']);
}

function subjectAltNames(hosts: string[]): X509.JsonGeneralName[] {
  return hosts.map((host) => (isIP(host) ? { type: 'ip', value: host } : { type: 'dns', value: host }));
}

/** A DN attribute value must not smuggle in separators of the string form. */
function commonName(hosts: string[]): string {
  const first = hosts[0] ?? 'fixture';
  return first.replace(/[,+=<>#;"\\]/g, '_');
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01; // positive and without a leading zero byte
  return Buffer.from(bytes).toString('hex');
}

interface LeafSpec {
  hosts: string[];
  keys: CryptoKeyPair;
  notBefore: Date;
  notAfter: Date;
  signer: { name: string; key: webcrypto.CryptoKey; publicKey: webcrypto.CryptoKey } | 'self';
  signingHash?: 'SHA-256' | 'SHA-1';
}

async function issueLeaf(spec: LeafSpec): Promise<Pem> {
  const x509 = await x509Library();
  const subject = `CN=${commonName(spec.hosts)}`;
  const extensions: X509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(
      spec.keys.publicKey.algorithm.name === 'ECDSA'
        ? x509.KeyUsageFlags.digitalSignature
        : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true,
    ),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
    await x509.SubjectKeyIdentifierExtension.create(spec.keys.publicKey, false),
  ];
  if (spec.hosts.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(subjectAltNames(spec.hosts), false));

  let signingKey = spec.keys.privateKey;
  let issuer = subject;
  if (spec.signer !== 'self') {
    signingKey = spec.signer.key;
    issuer = spec.signer.name;
    extensions.push(await x509.AuthorityKeyIdentifierExtension.create(spec.signer.publicKey, false));
  }
  if (spec.signingHash === 'SHA-1') signingKey = await withSha1(signingKey);

  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: randomSerial(),
      subject,
      issuer,
      notBefore: spec.notBefore,
      notAfter: spec.notAfter,
      publicKey: spec.keys.publicKey,
      signingKey,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: spec.signingHash ?? 'SHA-256' },
      extensions,
    },
  );
  return { cert: withFinalNewline(cert.toString('pem')), key: await privateKeyPem(spec.keys.privateKey) };
}

export async function createFixtureCertificates(): Promise<FixtureCertificates> {
  const x509 = await x509Library();
  const caKeys = await cachedKey('ca');
  // A unique name per set, so two sets in one process never look like the same authority.
  const caName = `CN=mail-tls-gate fixture root ${randomSerial().slice(0, 12)},O=mail-tls-gate fixtures`;
  const now = Date.now();
  const caCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: caName,
      // Wide enough to contain every leaf window below, the expired and future ones included.
      notBefore: new Date(now - 365 * DAY_MS),
      notAfter: new Date(now + 3650 * DAY_MS),
      keys: caKeys,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey, false),
      ],
    },
  );
  const ca: Pem = { cert: withFinalNewline(caCert.toString('pem')), key: await privateKeyPem(caKeys.privateKey) };
  const signer = { name: caName, key: caKeys.privateKey, publicKey: caKeys.publicKey };

  // Validity windows are computed per call so a long-lived fixture set still issues fresh leaves.
  const window = (startDays: number, endMs: number) => ({
    notBefore: new Date(Date.now() + startDays * DAY_MS),
    notAfter: new Date(Date.now() + endMs),
  });
  const leaf = async (hosts: string[], kind: 'leaf' | 'rsa1024' | 'ec', w: { notBefore: Date; notAfter: Date }, hash?: 'SHA-1') =>
    issueLeaf({ hosts, keys: await cachedKey(kind), ...w, signer, signingHash: hash ?? 'SHA-256' });
  const ninetyDays = () => window(-1 / 24, 90 * DAY_MS + HOUR_MS);

  return {
    ca,
    good: (hosts) => leaf(hosts, 'leaf', ninetyDays()),
    expired: (hosts) => leaf(hosts, 'leaf', window(-120, -30 * DAY_MS)),
    notYetValid: (hosts) => leaf(hosts, 'leaf', window(30, 120 * DAY_MS)),
    // notBefore stays a day ahead of notAfter even when `days` is zero or negative.
    expiring: (hosts, days) => leaf(hosts, 'leaf', window(Math.min(-1, days - 1), days * DAY_MS + HOUR_MS)),
    selfSigned: async (hosts) =>
      issueLeaf({ hosts, keys: await cachedKey('self'), ...ninetyDays(), signer: 'self' }),
    weakRsa: (hosts) => leaf(hosts, 'rsa1024', ninetyDays()),
    sha1: (hosts) => leaf(hosts, 'leaf', ninetyDays(), 'SHA-1'),
    ec: (hosts) => leaf(hosts, 'ec', ninetyDays()),
  };
}
