import { draftEndpoint } from '../../src/rules/endpoint-drafts.js';
import { weaknesses } from '../../src/rules/certificate.js';
import type { CertificateFacts } from '../../src/facts/endpoint.js';
import { DAY_MS } from '../../src/common/time.js';
import { certificateFacts } from '../support/certificate-facts.js';
import { endpoint, goodFacts, NOW, settings } from './fixtures.js';

function rulesFor(certificate: Partial<CertificateFacts>, verify = true, minDaysLeft = 21, now = NOW): string[] {
  const target = endpoint('imaps', { settings: settings({ certificate: { verify, minDaysLeft } }) });
  const facts = goodFacts(target);
  facts.tls!.certificate = { ...certificateFacts(), ...certificate };
  return draftEndpoint(target, facts, now).map((draft) => draft.rule).sort();
}

const at = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();

describe('trust and name', () => {
  test.each<[string, Partial<CertificateFacts>, boolean, string[]]>([
    ['untrusted chain', { trusted: false, error: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }, true, ['certificate-untrusted']],
    ['untrusted, verify off', { trusted: false }, false, []],
    ['name mismatch', { nameMatch: false, san: ['other.example.net'] }, true, ['certificate-name-mismatch']],
    ['name mismatch, verify off', { nameMatch: false }, false, []],
    ['both', { trusted: false, nameMatch: false }, true, ['certificate-name-mismatch', 'certificate-untrusted']],
    ['trusted and matching', {}, true, []],
  ])('%s', (_name, certificate, verify, expected) => {
    expect(rulesFor(certificate, verify)).toEqual(expected);
  });

  test('a self-signed certificate is named as such, with the OpenSSL code as evidence', () => {
    const target = endpoint('pop3s');
    const facts = goodFacts(target);
    facts.tls!.certificate = { ...certificateFacts(), issuer: 'CN=mail.example.com', trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' };
    const [draft] = draftEndpoint(target, facts, NOW);
    expect(draft!.message).toContain('self-signed');
    expect(draft!.evidence).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  test('the mismatch evidence lists the SANs', () => {
    const target = endpoint('https');
    const facts = goodFacts(target);
    facts.tls!.certificate = { ...certificateFacts(), nameMatch: false, san: ['www.example.com', 'example.com'] };
    expect(draftEndpoint(target, facts, NOW)[0]!.evidence).toContain('www.example.com, example.com');
  });
});

describe('validity dates, judged from the dates and now alone', () => {
  test.each<[string, Partial<CertificateFacts>, string[]]>([
    ['expired a second ago', { notAfter: at(-1000) }, ['certificate-expired']],
    ['not valid for another hour', { notBefore: at(3600_000) }, ['certificate-expired']],
    ['expires exactly now (still valid, but expiring)', { notAfter: at(0) }, ['certificate-expiring']],
    ['20 days left of a 21-day minimum', { notAfter: at(20 * DAY_MS) }, ['certificate-expiring']],
    ['just under 21 days', { notAfter: at(21 * DAY_MS - 1000) }, ['certificate-expiring']],
    ['exactly 21 days', { notAfter: at(21 * DAY_MS) }, []],
    ['60 days left', { notAfter: at(60 * DAY_MS) }, []],
    ['a stale daysLeft does not matter', { daysLeft: -5 }, []],
    ['dates that do not parse say nothing', { notAfter: 'soon', notBefore: 'earlier' }, []],
  ])('%s', (_name, certificate, expected) => {
    expect(rulesFor(certificate)).toEqual(expected);
  });

  test('expiry is judged even when verify is off', () => {
    expect(rulesFor({ notAfter: at(-DAY_MS), trusted: false }, false)).toEqual(['certificate-expired']);
  });

  test('the expiring message gives whole days left and the policy minimum', () => {
    const target = endpoint('imaps', { settings: settings({ certificate: { verify: true, minDaysLeft: 30 } }) });
    const facts = goodFacts(target);
    facts.tls!.certificate = { ...certificateFacts(), notAfter: at(10 * DAY_MS + 3600_000) };
    const [draft] = draftEndpoint(target, facts, NOW);
    expect(draft!.rule).toBe('certificate-expiring');
    expect(draft!.message).toContain('10 days');
    expect(draft!.message).toContain('30');
  });

  test('a not-yet-valid certificate says so', () => {
    const target = endpoint('imaps');
    const facts = goodFacts(target);
    facts.tls!.certificate = { ...certificateFacts(), notBefore: at(DAY_MS) };
    expect(draftEndpoint(target, facts, NOW)[0]!.message).toContain('not valid yet');
  });
});

describe('key and signature strength', () => {
  test.each<[string, Partial<CertificateFacts>, boolean]>([
    ['RSA 1024', { keyType: 'rsa', keyBits: 1024 }, true],
    ['RSA 2047', { keyType: 'rsa', keyBits: 2047 }, true],
    ['RSA 2048', { keyType: 'rsa', keyBits: 2048 }, false],
    ['RSA 4096', { keyType: 'rsa', keyBits: 4096 }, false],
    ['EC 224', { keyType: 'ec', keyBits: 224 }, true],
    ['EC 256', { keyType: 'ec', keyBits: 256 }, false],
    ['EC 384', { keyType: 'EC', keyBits: 384 }, false],
    ['Ed25519', { keyType: 'ed25519', keyBits: 256 }, false],
    ['sha1WithRSAEncryption', { signature: 'sha1WithRSAEncryption' }, true],
    ['ecdsa-with-SHA1', { keyType: 'ec', keyBits: 256, signature: 'ecdsa-with-SHA1' }, true],
    ['md5WithRSAEncryption', { signature: 'md5WithRSAEncryption' }, true],
    ['sha256WithRSAEncryption', { signature: 'sha256WithRSAEncryption' }, false],
    ['ecdsa-with-SHA384', { keyType: 'ec', keyBits: 384, signature: 'ecdsa-with-SHA384' }, false],
    ['sha512WithRSAEncryption', { signature: 'sha512WithRSAEncryption' }, false],
  ])('%s', (_name, certificate, weak) => {
    expect(rulesFor(certificate)).toEqual(weak ? ['certificate-weak'] : []);
  });

  test('every weakness is listed', () => {
    const found = weaknesses({ ...certificateFacts(), keyBits: 1024, signature: 'sha1WithRSAEncryption' });
    expect(found).toHaveLength(2);
    expect(found.join(' ')).toContain('1024');
    expect(found.join(' ')).toContain('sha1WithRSAEncryption');
  });
});

describe('certificates only count on a session that was reached', () => {
  test('a failed handshake with a leftover certificate is judged as a failed handshake only', () => {
    const target = endpoint('imaps');
    const facts = goodFacts(target);
    facts.error = { kind: 'tls-handshake', step: 'handshake', message: 'bad record mac' };
    facts.tls = { ...facts.tls!, version: null, error: 'bad record mac', certificate: { ...certificateFacts(), notAfter: at(-DAY_MS), trusted: false } };
    expect(draftEndpoint(target, facts, NOW).map((draft) => draft.rule)).toEqual(['tls-handshake-failed']);
  });

  test('a session without a certificate draws no certificate finding', () => {
    const target = endpoint('imaps');
    const facts = goodFacts(target);
    facts.tls!.certificate = null;
    expect(draftEndpoint(target, facts, NOW)).toEqual([]);
  });
});
