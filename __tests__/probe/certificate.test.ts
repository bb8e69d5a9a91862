import { X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { formatIpOctets, ipOctets } from '../../src/common/ip-literals.js';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import {
  describeCertificate,
  dnsIdMatches,
  hostMatchesNames,
  signatureAlgorithmName,
  type CertificateNames,
} from '../../src/probe/certificate.js';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Certificate, Extension, id_ce_subjectAltName } from '@peculiar/asn1-x509';
import { CertificateParseError, certificateFields, certificateSignatureOid, subjectAltNames, subjectPublicKeyInfoDer } from '../../src/probe/x509-fields.js';
import { isWeakSignature } from '../../src/common/strength.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';

seedPropertiesForRepeatableRuns();

describe('dnsIdMatches (RFC 6125 §6.4 as profiled by RFC 7817)', () => {
  const cases: [host: string, pattern: string, expected: boolean, why: string][] = [
    ['mail.example.com', 'mail.example.com', true, 'exact'],
    ['MAIL.Example.COM', 'mail.example.com', true, 'case-insensitive host'],
    ['mail.example.com', 'MAIL.EXAMPLE.COM', true, 'case-insensitive pattern'],
    ['mail.example.com.', 'mail.example.com', true, 'trailing dot on host ignored'],
    ['mail.example.com', 'mail.example.com.', true, 'trailing dot on pattern ignored'],
    ['mail.example.com', 'mx.example.com', false, 'different left label'],
    ['mail.example.com', 'mail.example.org', false, 'different suffix'],
    ['mail.example.com', 'example.com', false, 'parent name'],
    ['example.com', 'mail.example.com', false, 'child name'],
    ['mail.example.com', '*.example.com', true, 'wildcard covers one label'],
    ['a.b.example.com', '*.example.com', false, 'wildcard never covers two labels'],
    ['example.com', '*.example.com', false, 'wildcard never matches the empty label'],
    ['.example.com', '*.example.com', false, 'empty host label'],
    ['mail.example.com', '*.com', false, 'no wildcard on a two-label pattern'],
    ['mail.example.com', 'mail.*.com', false, 'wildcard only in the left-most label'],
    ['mail.example.com', '*.*.com', false, 'two wildcards'],
    ['mail.example.com', 'm*.example.com', false, 'partial-label wildcard not honoured'],
    ['mail.example.com', '*il.example.com', false, 'suffix wildcard not honoured'],
    ['mail.example.com', '*', false, 'bare wildcard'],
    ['*.example.com', '*.example.com', false, 'a host name is never a pattern'],
    ['mail.example.com', '', false, 'empty pattern'],
    ['', 'mail.example.com', false, 'empty host'],
    ['mail..example.com', 'mail..example.com', false, 'empty inner label'],
    ['xn--bcher-kva.example.com', '*.example.com', true, 'A-label matched like any label'],
    ['MX.EXAMPLE.CO.UK', '*.example.co.uk', true, 'three-label wildcard with mixed case'],
    ['mail.example.com', 'mail.example.com\u0000.evil.test', false, 'embedded NUL'],
  ];
  test.each(cases)('%s vs %s → %s (%s)', (host, pattern, expected) => {
    expect(dnsIdMatches(host, pattern)).toBe(expected);
  });
});

describe('hostMatchesNames', () => {
  const names = (dns: string[], ips: string[], commonName: string | null = null, present = true): CertificateNames => ({
    san: { present, dns, ip: ips.map((ip) => ipOctets(ip)!) },
    commonName,
  });

  test('an IPv4 host matches only an iPAddress SAN', () => {
    expect(hostMatchesNames('192.0.2.10', names([], ['192.0.2.10']))).toBe(true);
    expect(hostMatchesNames('192.0.2.10', names(['192.0.2.10'], []))).toBe(false);
    expect(hostMatchesNames('192.0.2.10', names([], ['192.0.2.11']))).toBe(false);
  });

  test('IPv6 hosts are compared as addresses, not as text', () => {
    const san = names([], ['2001:db8:0:0:0:0:0:1']);
    expect(hostMatchesNames('2001:db8::1', san)).toBe(true);
    expect(hostMatchesNames('[2001:DB8::1]', san)).toBe(true);
    expect(hostMatchesNames('2001:db8::2', san)).toBe(false);
    // An IPv4-mapped address is a different iPAddress from the IPv4 one.
    expect(hostMatchesNames('::ffff:192.0.2.10', names([], ['192.0.2.10']))).toBe(false);
    expect(hostMatchesNames('::ffff:192.0.2.10', names([], ['::ffff:c000:20a']))).toBe(true);
  });

  test('a DNS host never matches an iPAddress SAN', () => {
    expect(hostMatchesNames('localhost', names([], ['127.0.0.1']))).toBe(false);
  });

  test('the subject CN counts only when there is no subjectAltName at all', () => {
    expect(hostMatchesNames('mail.example.com', names([], [], 'mail.example.com', false))).toBe(true);
    expect(hostMatchesNames('mail.example.com', names(['other.example.com'], [], 'mail.example.com'))).toBe(false);
    expect(hostMatchesNames('mail.example.com', names([], ['192.0.2.1'], 'mail.example.com'))).toBe(false);
  });
});

describe('reading the certificate DER', () => {
  let certs: FixtureCertificates;
  const hosts = ['mail.example.test', '127.0.0.1', '2001:db8::25'];
  beforeAll(async () => {
    certs = await createFixtureCertificates();
  });

  const der = (pem: string) => new Uint8Array(new X509Certificate(pem).raw);

  test('signature algorithm names follow OpenSSL, and certificate-weak reads the weak ones among them', async () => {
    expect(signatureAlgorithmName(der((await certs.good(hosts)).cert))).toBe('sha256WithRSAEncryption');
    expect(signatureAlgorithmName(der((await certs.sha1(hosts)).cert))).toBe('sha1WithRSAEncryption');
    expect(signatureAlgorithmName(der(certs.ca.cert))).toBe('sha256WithRSAEncryption');
    expect(isWeakSignature('sha1WithRSAEncryption')).toBe(true);
    expect(isWeakSignature('ecdsa-with-SHA1')).toBe(true);
    expect(isWeakSignature('sha256WithRSAEncryption')).toBe(false);
    expect(isWeakSignature('ecdsa-with-SHA256')).toBe(false);
  });

  test('subjectAltName entries come out exactly as issued', async () => {
    const san = subjectAltNames(der((await certs.ec(hosts)).cert));
    expect(san.present).toBe(true);
    expect(san.dns).toEqual(['mail.example.test']);
    expect(san.ip.map(formatIpOctets)).toEqual(['127.0.0.1', '2001:db8::25']);
    expect(subjectAltNames(der((await certs.good([])).cert))).toEqual({ present: false, dns: [], ip: [] });
  });

  test('truncated or random bytes give a CertificateParseError, never a crash or a wrong answer', async () => {
    const whole = der((await certs.good(hosts)).cert);
    for (const cut of [0, 1, 2, 5, 40, whole.length >> 1, whole.length - 1]) {
      expect(() => certificateSignatureOid(whole.subarray(0, cut))).toThrow(CertificateParseError);
    }
    expect(signatureAlgorithmName(whole.subarray(0, 10))).toBe('unknown');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        for (const read of [certificateSignatureOid, subjectAltNames]) {
          try {
            read(bytes);
          } catch (err) {
            expect(err).toBeInstanceOf(CertificateParseError);
          }
        }
      }),
    );
  });
});

describe('the parts of a certificate that are decoded', () => {
  let certs: FixtureCertificates;
  const hosts = ['mail.example.test'];
  beforeAll(async () => {
    certs = await createFixtureCertificates();
  });
  const der = (pem: string) => new Uint8Array(new X509Certificate(pem).raw);
  /** The certificate decoded whole by the library, changed by `edit`, encoded again. */
  const edited = (pem: string, edit: (cert: Certificate) => void) => {
    const cert = AsnConvert.parse(der(pem), Certificate);
    edit(cert);
    return new Uint8Array(AsnConvert.serialize(cert));
  };
  /** DER TLV with a short or two-byte length. */
  const tlv = (tag: number, body: Uint8Array) =>
    Uint8Array.from([tag, ...(body.length < 128 ? [body.length] : [0x82, body.length >> 8, body.length & 0xff]), ...body]);

  test('the fields read as the whole certificate decoded by the library says', async () => {
    for (const pem of [(await certs.good(hosts)).cert, (await certs.ec(hosts)).cert, certs.ca.cert]) {
      const whole = AsnConvert.parse(der(pem), Certificate);
      const fields = certificateFields(der(pem));
      expect(fields.signatureOid).toBe(whole.signatureAlgorithm.algorithm);
      const critical = (whole.tbsCertificate.extensions ?? []).filter((e) => e.critical).map((e) => e.extnID);
      expect(fields.extensions).toMatchObject({ critical });
      expect(Buffer.from(subjectPublicKeyInfoDer(der(pem)))).toEqual(Buffer.from(AsnConvert.serialize(whole.tbsCertificate.subjectPublicKeyInfo)));
    }
    // Self-issued: the root's issuer and subject are the same name, the leaf's are not.
    expect(certificateFields(der(certs.ca.cert)).extensions).toMatchObject({ selfIssued: true });
    expect(certificateFields(der((await certs.good(hosts)).cert)).extensions).toMatchObject({ selfIssued: false });
  });

  test('a certificate without extensions (v1): the signature read, no names, nothing critical', async () => {
    const v1 = edited((await certs.good(hosts)).cert, (cert) => {
      cert.tbsCertificate.extensions = undefined;
      cert.tbsCertificate.version = 0;
    });
    const fields = certificateFields(v1);
    expect(fields.signatureOid).toBe('1.2.840.113549.1.1.11');
    expect(fields.san).toEqual({ present: false, dns: [], ip: [] });
    expect(fields.extensions).toMatchObject({ critical: [], duplicated: false, basicConstraints: null });
  });

  test('an extension the schema refuses spoils the names and extensions, not the signature algorithm', async () => {
    const broken = edited((await certs.good(hosts)).cert, (cert) => {
      const extensions = cert.tbsCertificate.extensions!;
      const at = extensions.findIndex((e) => e.extnID === id_ce_subjectAltName);
      extensions[at] = new Extension({ extnID: id_ce_subjectAltName, critical: false, extnValue: new OctetString(Uint8Array.from([0xff, 0x01]).buffer) });
    });
    const fields = certificateFields(broken);
    expect(fields.signatureOid).toBe('1.2.840.113549.1.1.11');
    expect(fields.san).toBeInstanceOf(CertificateParseError);
  });

  test('bytes after the certificate, or a field out of its place, are a CertificateParseError for every field', async () => {
    const whole = der((await certs.good(hosts)).cert);
    const trailing = Uint8Array.from([...whole, 0x00]);
    // The tbsCertificate again, with an INTEGER after the extensions where RFC 5280 allows nothing.
    const cert = AsnConvert.parse(whole, Certificate);
    const tbs = new Uint8Array(AsnConvert.serialize(cert.tbsCertificate));
    const tbsBody = tbs.subarray(tbs[1]! & 0x80 ? 2 + (tbs[1]! & 0x7f) : 2);
    const extraField = tlv(0x30, Uint8Array.from([...tlv(0x30, Uint8Array.from([...tbsBody, 0x02, 0x01, 0x05])), ...new Uint8Array(AsnConvert.serialize(cert.signatureAlgorithm)), ...tlv(0x03, Uint8Array.from([0x00, 0x01]))]));
    for (const bytes of [trailing, extraField]) {
      const fields = certificateFields(bytes);
      expect(fields.signatureOid).toBeInstanceOf(CertificateParseError);
      expect(fields.san).toBeInstanceOf(CertificateParseError);
      expect(fields.extensions).toBeInstanceOf(CertificateParseError);
    }
  });
});

describe('describeCertificate', () => {
  let certs: FixtureCertificates;
  const host = 'mail.example.test';
  const now = new Date();
  beforeAll(async () => {
    certs = await createFixtureCertificates();
  });
  const leaf = (pem: { cert: string }) => new X509Certificate(pem.cert);
  const ok = { authorized: true, authorizationError: null };

  test('a good leaf: names, dates, key, signature, fingerprint', async () => {
    const pem = await certs.good([host, '127.0.0.1']);
    const facts = describeCertificate(leaf(pem), [], { host, now, extraCa: [certs.ca.cert] }, ok);
    expect(facts).toMatchObject({
      subject: `CN=${host}`,
      san: [`DNS:${host}`, 'IP:127.0.0.1'],
      daysLeft: 90,
      trusted: true,
      nameMatch: true,
      keyType: 'rsa',
      keyBits: 2048,
      signature: 'sha256WithRSAEncryption',
      error: null,
      fingerprint256: leaf(pem).fingerprint256,
      chain: [],
    });
    expect(facts.issuer).toMatch(/^CN=mail-tls-gate fixture root /);
    expect(new Date(facts.notAfter).getTime()).toBe(new Date(leaf(pem).validTo).getTime());
  });

  test('daysLeft counts whole days against the injected clock', async () => {
    const pem = await certs.expiring([host], 10);
    const notAfter = new Date(leaf(pem).validTo).getTime();
    const at = (ms: number) => describeCertificate(leaf(pem), [], { host, now: new Date(ms), extraCa: [] }, ok).daysLeft;
    expect(at(notAfter - 10 * 86_400_000)).toBe(10);
    expect(at(notAfter - 1)).toBe(0);
    expect(at(notAfter + 1)).toBe(-1);
    expect(at(notAfter + 3 * 86_400_000 + 1)).toBe(-4);
  });

  test('an expired leaf from a trusted CA still chains; the date error is kept', async () => {
    const pem = await certs.expired([host]);
    const expired = { authorized: false, authorizationError: 'CERT_HAS_EXPIRED' };
    const trustedCa = describeCertificate(leaf(pem), [], { host, now, extraCa: [certs.ca.cert] }, expired);
    expect(trustedCa.trusted).toBe(true);
    expect(trustedCa.error).toBe('CERT_HAS_EXPIRED');
    expect(trustedCa.daysLeft).toBeLessThan(0);
    const unknownCa = describeCertificate(leaf(pem), [], { host, now, extraCa: [] }, expired);
    expect(unknownCa.trusted).toBe(false);
  });

  test('a self-signed leaf is untrusted whatever the error says', async () => {
    const pem = await certs.selfSigned([host]);
    const facts = describeCertificate(leaf(pem), [], { host, now, extraCa: [certs.ca.cert] }, {
      authorized: false,
      authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    expect(facts).toMatchObject({ trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT', issuer: `CN=${host}` });
  });

  test('EC and weak RSA keys report their size', async () => {
    const ec = describeCertificate(leaf(await certs.ec([host])), [], { host, now, extraCa: [] }, ok);
    expect([ec.keyType, ec.keyBits]).toEqual(['ec', 256]);
    const weak = describeCertificate(leaf(await certs.weakRsa([host])), [], { host, now, extraCa: [] }, ok);
    expect([weak.keyType, weak.keyBits]).toEqual(['rsa', 1024]);
  });

  test("node's UNSPECIFIED is named from OpenSSL's own text, and trusts nothing without it", async () => {
    const pem = await certs.sha1([host]);
    const describeWith = (reason: string | null) =>
      describeCertificate(leaf(pem), [], { host, now, extraCa: [certs.ca.cert] }, { authorized: false, authorizationError: 'UNSPECIFIED', reason });
    expect(describeWith('CA signature digest algorithm too weak')).toMatchObject({ error: 'CA_MD_TOO_WEAK', trusted: true, signature: 'sha1WithRSAEncryption' });
    // The SHA-1 signature is there, but OpenSSL's last complaint was another one.
    expect(describeWith('permitted subtree violation')).toMatchObject({ error: 'PERMITTED_VIOLATION', trusted: false });
    expect(describeWith('some error this table does not know')).toMatchObject({ error: 'UNSPECIFIED (some error this table does not know)', trusted: false });
    expect(describeWith(null)).toMatchObject({ error: 'UNSPECIFIED', trusted: false });
  });

  test('a weak-digest error is excused only when the leaf itself has the weak digest', async () => {
    const pem = await certs.good([host]);
    const facts = describeCertificate(leaf(pem), [], { host, now, extraCa: [certs.ca.cert] }, {
      authorized: false,
      authorizationError: 'UNSPECIFIED',
      reason: 'CA signature digest algorithm too weak',
    });
    expect(facts).toMatchObject({ error: 'CA_MD_TOO_WEAK', trusted: false, signature: 'sha256WithRSAEncryption' });
  });

  test('a date error is excused only when the leaf itself is out of its dates', async () => {
    const pem = await certs.good([host]);
    const facts = describeCertificate(leaf(pem), [], { host, now, extraCa: [certs.ca.cert] }, { authorized: false, authorizationError: 'CERT_HAS_EXPIRED' });
    expect(facts).toMatchObject({ error: 'CERT_HAS_EXPIRED', trusted: false });
  });
});

describe('fixture certificates', () => {
  let certs: FixtureCertificates;
  beforeAll(async () => {
    certs = await createFixtureCertificates();
  });

  test('the CA is a CA; leaves are server certificates it issued', async () => {
    const ca = new X509Certificate(certs.ca.cert);
    expect(ca.ca).toBe(true);
    expect(ca.checkIssued(ca)).toBe(true);
    for (const make of [certs.good, certs.expired, certs.weakRsa, certs.sha1, certs.ec]) {
      const leaf = new X509Certificate((await make(['mx.example.test'])).cert);
      expect(leaf.ca).toBe(false);
      expect(leaf.checkIssued(ca) && leaf.verify(ca.publicKey)).toBe(true);
      expect(leaf.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']); // node lists the extended key usages here
    }
    const self = new X509Certificate((await certs.selfSigned(['mx.example.test'])).cert);
    expect(self.checkIssued(ca)).toBe(false);
    expect(self.issuer).toBe(self.subject);
    expect(self.verify(self.publicKey)).toBe(true);
  });

  test('keys are PKCS#8 PEM that match their certificates, and PEM text ends with a newline', async () => {
    const { createPrivateKey, createPublicKey } = await import('node:crypto');
    for (const pem of [certs.ca, await certs.good(['a.test']), await certs.ec(['a.test'])]) {
      expect(pem.key.startsWith('-----BEGIN PRIVATE KEY-----')).toBe(true);
      expect(pem.cert.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
      const fromKey = createPublicKey(createPrivateKey(pem.key)).export({ type: 'spki', format: 'der' });
      const fromCert = new X509Certificate(pem.cert).publicKey.export({ type: 'spki', format: 'der' });
      expect(fromKey.equals(fromCert)).toBe(true);
    }
  });

  test('expiring windows stay well-formed for zero and negative days', async () => {
    for (const days of [30, 0, -3]) {
      const leaf = new X509Certificate((await certs.expiring(['a.test'], days)).cert);
      const notAfter = new Date(leaf.validTo).getTime();
      expect(new Date(leaf.validFrom).getTime()).toBeLessThan(notAfter);
      expect(Math.floor((notAfter - Date.now()) / 86_400_000)).toBe(days);
    }
  });
});
