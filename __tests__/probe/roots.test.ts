// The roots a probe trusts: each certificate once, whichever store it came from.
import * as tls from 'node:tls';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { baseRoots, distinct, pemCertificates, trustedRootPems } from '../../src/probe/roots.js';

describe('distinct', () => {
  test('keeps the first of each certificate, in order', async () => {
    const a = (await createFixtureCertificates()).ca.cert;
    const b = (await createFixtureCertificates()).ca.cert;
    expect(distinct([a, b, a, a, b])).toEqual([a, b]);
    expect(distinct([])).toEqual([]);
  });
});

describe('baseRoots', () => {
  test.each(['system', 'bundled'] as const)('the %s roots hold no certificate twice', (trust) => {
    const { pems, source } = baseRoots(trust);
    expect(pems.length).toBeGreaterThan(0);
    expect(new Set(pems).size).toBe(pems.length);
    if (source === 'bundled') expect(pems).toEqual(tls.rootCertificates);
    // Every entry is one PEM certificate.
    for (const pem of pems.slice(0, 20)) expect(pemCertificates(pem)).toHaveLength(1);
  });

  test('the extra roots follow the base roots', async () => {
    const extra = (await createFixtureCertificates()).ca.cert;
    const all = trustedRootPems([extra], 'bundled');
    expect(all.at(-1)).toBe(extra);
    expect(all).toHaveLength(tls.rootCertificates.length + 1);
  });
});
