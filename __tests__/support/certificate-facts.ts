// The one hand-built certificate fact: a healthy leaf for mail.example.com, 30 days into its life
// and 60 days from its end at NOW. Each test bends it in the one field it is about.
import { DAY_MS } from '../../src/common/time.js';
import type { CertificateFacts } from '../../src/facts/endpoint.js';

/** The instant the rules judge hand-built facts at. */
export const NOW = new Date('2026-03-15T12:00:00Z');

export function certificateFacts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    subject: 'CN=mail.example.com',
    issuer: 'CN=Example Issuing CA',
    san: ['mail.example.com'],
    notBefore: new Date(NOW.getTime() - 30 * DAY_MS).toISOString(),
    notAfter: new Date(NOW.getTime() + 60 * DAY_MS).toISOString(),
    daysLeft: 60,
    trusted: true,
    nameMatch: true,
    keyType: 'rsa',
    keyBits: 2048,
    signature: 'sha256WithRSAEncryption',
    error: null,
    fingerprint256: Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase()).join(':'),
    chain: [{ subject: 'CN=Example Issuing CA', issuer: 'CN=Example Root' }],
    presented: [],
    ...overrides,
  };
}
