// Certificate chains made for the trust tests: a root, intermediates with the extensions that
// matter to a chain's validity (name constraints, key usage, unknown critical extensions), and
// leaves, each signed with SHA-256 or SHA-1 and valid, expired or not yet valid.
import { webcrypto } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { GeneralName, GeneralSubtree, GeneralSubtrees, NameConstraints } from '@peculiar/asn1-x509';
import type * as X509 from '@peculiar/x509';
import { DAY_MS } from '../../src/common/time.js';
import { type Pem, x509Library } from '../../src/demo/certificates.js';

type Keys = webcrypto.CryptoKeyPair;

export interface Authority {
  name: string;
  keys: Keys;
  cert: string;
}

export interface IssueOptions {
  /** Days from now; the default window is a day ago to 90 days ahead. */
  validDays?: [from: number, to: number];
  hash?: 'SHA-256' | 'SHA-1';
  /** Extensions added to the usual ones. */
  extra?: X509.Extension[];
}

export interface CaOptions extends IssueOptions {
  /** KeyUsage flags; default keyCertSign | cRLSign. */
  keyUsage?: number;
  /** DNS names the CA may issue for (nameConstraints permittedSubtrees). */
  permittedDns?: string[];
  /** basicConstraints pathLenConstraint. */
  pathLen?: number;
  /** extendedKeyUsage OIDs (none by default). */
  extendedKeyUsage?: string[];
}

export interface LeafOptions extends IssueOptions {
  /** 1024 for a small key. */
  keyBits?: 2048 | 1024;
  /** extendedKeyUsage OIDs; serverAuth by default. */
  extendedKeyUsage?: string[];
}

export interface ChainKit {
  root: Authority;
  /** An intermediate CA issued by `issuer`. */
  ca(name: string, issuer: Authority, options?: CaOptions): Promise<Authority>;
  /** A self-signed root with the given key usage (a root that is no CA signer). */
  selfSignedRoot(name: string, options?: CaOptions): Promise<Authority>;
  /** A server certificate for `hosts` issued by `issuer`; `keyBits` 1024 for a small key. */
  leaf(hosts: string[], issuer: Authority, options?: LeafOptions): Promise<Pem>;
}

const RSA = (bits: number): webcrypto.RsaHashedKeyGenParams => ({
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: bits,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
});

async function rsaKeys(bits: number): Promise<Keys> {
  return (await webcrypto.subtle.generateKey(RSA(bits), true, ['sign', 'verify'])) as Keys;
}

/** WebCrypto binds an RSA key to one hash; signing with SHA-1 needs the key imported again. */
async function signingKey(key: webcrypto.CryptoKey, hash: 'SHA-256' | 'SHA-1'): Promise<webcrypto.CryptoKey> {
  if (hash === 'SHA-256') return key;
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return webcrypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' }, false, ['sign']);
}

let serial = 0x1000;

export async function makeChainKit(): Promise<ChainKit> {
  const x509 = await x509Library();
  const [rootKeys, caKeys, leafKeys, smallKeys] = await Promise.all([rsaKeys(2048), rsaKeys(2048), rsaKeys(2048), rsaKeys(1024)]);
  const tag = Math.random().toString(36).slice(2, 10);

  const pemOf = (cert: X509.X509Certificate) => `${cert.toString('pem')}\n`;
  const window = ([from, to]: [number, number] = [-1, 90]) => ({
    notBefore: new Date(Date.now() + from * DAY_MS),
    notAfter: new Date(Date.now() + to * DAY_MS),
  });

  const caExtensions = async (keys: Keys, options: CaOptions): Promise<X509.Extension[]> => {
    const extensions: X509.Extension[] = [
      new x509.BasicConstraintsExtension(true, options.pathLen, true),
      new x509.KeyUsagesExtension(options.keyUsage ?? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false),
    ];
    if (options.extendedKeyUsage) extensions.push(new x509.ExtendedKeyUsageExtension(options.extendedKeyUsage, false));
    if (options.permittedDns) {
      const constraints = new NameConstraints({
        permittedSubtrees: new GeneralSubtrees(options.permittedDns.map((dNSName) => new GeneralSubtree({ base: new GeneralName({ dNSName }) }))),
      });
      extensions.push(new x509.Extension('2.5.29.30', true, AsnConvert.serialize(constraints)));
    }
    return [...extensions, ...(options.extra ?? [])];
  };

  const issue = async (subject: string, keys: Keys, issuer: Authority, extensions: X509.Extension[], options: IssueOptions): Promise<string> => {
    const hash = options.hash ?? 'SHA-256';
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: (serial++).toString(16).padStart(8, '0'),
      subject,
      issuer: issuer.name,
      ...window(options.validDays),
      publicKey: keys.publicKey,
      signingKey: await signingKey(issuer.keys.privateKey, hash),
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash },
      extensions: [...extensions, await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey, false)],
    });
    return pemOf(cert);
  };

  const selfSignedRoot = async (name: string, options: CaOptions = {}): Promise<Authority> => {
    const fullName = `CN=${name} ${tag}`;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: (serial++).toString(16).padStart(8, '0'),
      name: fullName,
      ...window(options.validDays ?? [-365, 3650]),
      keys: rootKeys,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      extensions: await caExtensions(rootKeys, options),
    });
    return { name: fullName, keys: rootKeys, cert: pemOf(cert) };
  };

  const root = await selfSignedRoot('trust test root');

  return {
    root,
    selfSignedRoot,
    async ca(name, issuer, options = {}) {
      const fullName = `CN=${name} ${tag}`;
      const cert = await issue(fullName, caKeys, issuer, await caExtensions(caKeys, options), { validDays: [-30, 365], ...options });
      return { name: fullName, keys: caKeys, cert };
    },
    async leaf(hosts, issuer, options = {}) {
      const keys = options.keyBits === 1024 ? smallKeys : leafKeys;
      const extensions: X509.Extension[] = [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension(options.extendedKeyUsage ?? [x509.ExtendedKeyUsage.serverAuth], false),
        new x509.SubjectAlternativeNameExtension(hosts.map((value) => ({ type: 'dns' as const, value })), false),
        ...(options.extra ?? []),
      ];
      const cert = await issue(`CN=${hosts[0]}`, keys, issuer, extensions, options);
      const key = x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY');
      return { cert, key: `${key}\n` };
    },
  };
}

/** A critical extension of a private OID (RFC 5612's example enterprise number): no library handles it. */
export async function unknownCriticalExtension(): Promise<X509.Extension> {
  const x509 = await x509Library();
  return new x509.Extension('1.3.6.1.4.1.32473.1', true, new Uint8Array([0x05, 0x00]).buffer);
}
