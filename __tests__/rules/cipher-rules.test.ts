// The cipher rules and the profiles, facts in, findings out: what the cipher questions recorded
// (the classes accepted, refused or untested, the suites picked, the DH group) and what the
// endpoint's profile asks, judged through judge() so that severities, profiles and policy
// overrides meet as they do in a run.
import { judge } from '../../src/rules/judge.js';
import type { Policy, TlsProfile, TlsVersion } from '../../src/policy/types.js';
import type { CipherFacts, CipherVersionFacts, TlsVersionName } from '../../src/facts/endpoint.js';
import type { Finding } from '../../src/rules/types.js';
import { endpoint, goodFacts, NOW, policy, settings } from './fixtures.js';

const CLEAN: CipherVersionFacts = { picked: [], accepted: [], refused: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'], untested: [] };

interface RunOptions {
  profile?: TlsProfile;
  minVersion?: TlsVersion;
  /** The sweep's versions (default TLS 1.2 and 1.3). */
  versions?: TlsVersionName[];
  rules?: Policy['rules'];
}

function run(ciphers: CipherFacts, options: RunOptions = {}): Finding[] {
  const target = endpoint('submissions', { settings: settings({ tls: { minVersion: options.minVersion ?? '1.2', ...(options.profile ? { profile: options.profile } : {}) } }) });
  const facts = goodFacts(target);
  facts.tls = { ...facts.tls!, ciphers, ...(options.versions ? { versionsAccepted: options.versions } : {}) };
  return judge(policy(options.rules ? { rules: options.rules } : {}), [{ endpoint: target, facts }], NOW);
}

const summary = (findings: Finding[]) => findings.map((f) => [f.rule, f.severity, f.inconclusive ?? false]);

describe('without a profile', () => {
  test('a server that refuses every class gets no finding', () => {
    expect(run({ 'TLSv1.2': CLEAN })).toEqual([]);
  });

  test('3DES with RSA key transport: tls-cipher-weak (error), and forward secrecy stays off', () => {
    const findings = run({
      'TLSv1.2': {
        picked: [{ suite: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', classes: ['weak', 'no-forward-secrecy'] }],
        accepted: ['weak', 'no-forward-secrecy'],
        refused: ['anonymous', 'dhe'],
        untested: [],
      },
    });
    expect(summary(findings)).toEqual([['tls-cipher-weak', 'error', false]]);
    expect(findings[0]!.message).toBe('submissions on mail.example.com:465 (192.0.2.1) accepts weak cipher suites (NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5) at TLS 1.2.');
    expect(findings[0]!.evidence).toBe('picked: TLS 1.2: TLS_RSA_WITH_3DES_EDE_CBC_SHA');
  });

  test('anonymous suites: tls-cipher-anonymous, a notice', () => {
    const findings = run({
      'TLSv1.2': { picked: [{ suite: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256', classes: ['anonymous'] }], accepted: ['anonymous'], refused: ['weak', 'no-forward-secrecy', 'dhe'], untested: [], dhBits: 2048 },
    });
    expect(summary(findings)).toEqual([['tls-cipher-anonymous', 'notice', false]]);
    expect(findings[0]!.evidence).toBe('picked: TLS 1.2: TLS_DH_anon_WITH_AES_128_GCM_SHA256');
  });

  test('a 1024-bit DH group: tls-dh-weak, a warning; 2048 bits: nothing', () => {
    const weak = run({ 'TLSv1.2': { picked: [{ suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', classes: ['dhe'] }], accepted: ['dhe'], refused: ['weak', 'anonymous', 'no-forward-secrecy'], untested: [], dhBits: 1024 } });
    expect(summary(weak)).toEqual([['tls-dh-weak', 'warning', false]]);
    expect(weak[0]!.message).toMatch(/uses a 1024-bit DH group for DHE, under the 2048 bits required\.$/);
    expect(weak[0]!.evidence).toBe('DH prime: 1024 bits; picked: TLS 1.2: TLS_DHE_RSA_WITH_AES_128_GCM_SHA256');
    expect(run({ 'TLSv1.2': { ...CLEAN, accepted: ['dhe'], refused: ['weak', 'anonymous', 'no-forward-secrecy'], dhBits: 2048 } })).toEqual([]);
  });

  test('RSA key transport alone: no finding (tls-forward-secrecy-missing is off), unless the policy turns the rule on', () => {
    const rsa: CipherFacts = { 'TLSv1.2': { picked: [{ suite: 'TLS_RSA_WITH_AES_128_GCM_SHA256', classes: ['no-forward-secrecy'] }], accepted: ['no-forward-secrecy'], refused: ['weak', 'anonymous', 'dhe'], untested: [] } };
    expect(run(rsa)).toEqual([]);
    const on = run(rsa, { rules: { 'tls-forward-secrecy-missing': { severity: 'warning', location: { file: 'policy.yml', line: 3, column: 3 } } } });
    expect(summary(on)).toEqual([['tls-forward-secrecy-missing', 'warning', false]]);
  });

  test('weak suites at older versions are named per version', () => {
    const weak: CipherVersionFacts = { picked: [{ suite: 'TLS_RSA_WITH_RC4_128_SHA', classes: ['weak'] }], accepted: ['weak'], refused: ['anonymous'], untested: [] };
    const findings = run({ 'TLSv1.2': CLEAN, 'TLSv1.1': weak, TLSv1: weak }, { minVersion: '1.0', versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] });
    expect(summary(findings)).toEqual([['tls-cipher-weak', 'error', false]]);
    expect(findings[0]!.message).toMatch(/at TLS 1\.1, TLS 1\.0\.$/);
    expect(findings[0]!.evidence).toBe('picked: TLS 1.1: TLS_RSA_WITH_RC4_128_SHA; TLS 1.0: TLS_RSA_WITH_RC4_128_SHA');
  });
});

describe('questions without an answer', () => {
  test('an untested class is check-inconclusive, never a pass', () => {
    const findings = run({ 'TLSv1.2': { picked: [], accepted: [], refused: [], untested: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'], untestedReason: 'timeout at handshake (no answer to the ClientHello within 600 ms)' } });
    expect(summary(findings)).toEqual([['check-inconclusive', 'warning', true]]);
    expect(findings[0]!.message).toContain('whether TLS 1.2 accepts weak, anonymous, DHE (and its group size) suites (tls-cipher-weak, tls-cipher-anonymous, tls-dh-weak)');
  });

  test('classes turned away as busy are service-busy', () => {
    const findings = run({ 'TLSv1.2': { picked: [], accepted: [], refused: [], untested: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'], untestedReason: 'turned away as busy (421 4.7.0 try later)' } });
    expect(summary(findings)).toEqual([['service-busy', 'warning', true]]);
  });

  test('classes the connection budget left unasked change nothing, and neither does forward secrecy without a profile', () => {
    expect(run({ 'TLSv1.2': CLEAN, TLSv1: { picked: [], accepted: [], refused: [], untested: ['weak', 'anonymous'], untestedReason: 'connection budget reached (14 connections to this endpoint)' } }, { minVersion: '1.0', versions: ['TLSv1', 'TLSv1.2', 'TLSv1.3'] })).toEqual([]);
    expect(run({ 'TLSv1.2': { picked: [], accepted: [], refused: ['weak', 'anonymous', 'dhe'], untested: ['no-forward-secrecy'], untestedReason: 'timeout at handshake' } })).toEqual([]);
  });
});

describe('profiles (Mozilla Server Side TLS 5.7)', () => {
  const cbc: CipherFacts = { 'TLSv1.2': { picked: [{ suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', classes: ['non-aead'] }], accepted: ['non-aead'], refused: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'], untested: [] } };
  const rsa: CipherFacts = { 'TLSv1.2': { picked: [{ suite: 'TLS_RSA_WITH_AES_128_GCM_SHA256', classes: ['no-forward-secrecy'] }], accepted: ['no-forward-secrecy'], refused: ['weak', 'anonymous', 'dhe'], untested: [] } };

  test('intermediate: RSA key transport is tls-forward-secrecy-missing at error, naming the profile', () => {
    const findings = run(rsa, { profile: 'intermediate' });
    expect(summary(findings)).toEqual([['tls-forward-secrecy-missing', 'error', false]]);
    expect(findings[0]!.message).toMatch(/which the profile intermediate \(Mozilla Server Side TLS 5\.7\) does not allow\.$/);
  });

  test('intermediate: a severity the policy sets for tls-forward-secrecy-missing wins over the profile', () => {
    const findings = run(rsa, { profile: 'intermediate', rules: { 'tls-forward-secrecy-missing': { severity: 'notice', location: { file: 'policy.yml', line: 3, column: 3 } } } });
    expect(summary(findings)).toEqual([['tls-forward-secrecy-missing', 'notice', false]]);
  });

  test('intermediate: a non-AEAD suite is tls-cipher-weak; without a profile it is nothing', () => {
    const findings = run(cbc, { profile: 'intermediate' });
    expect(summary(findings)).toEqual([['tls-cipher-weak', 'error', false]]);
    expect(findings[0]!.message).toMatch(/accepts cipher suites without AEAD encryption at TLS 1\.2, which the profile intermediate \(Mozilla Server Side TLS 5\.7\) leaves out\.$/);
    expect(findings[0]!.evidence).toBe('picked: TLS 1.2: TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA');
    expect(run(cbc)).toEqual([]);
    expect(run(cbc, { profile: 'old' })).toEqual([]);
  });

  test('intermediate: an unanswered forward-secrecy question is inconclusive', () => {
    const findings = run({ 'TLSv1.2': { picked: [], accepted: [], refused: ['weak', 'anonymous', 'dhe'], untested: ['no-forward-secrecy'], untestedReason: 'timeout at handshake' } }, { profile: 'intermediate' });
    expect(summary(findings)).toEqual([['check-inconclusive', 'warning', true]]);
  });

  test('modern: TLS 1.3 only, so TLS 1.2 accepted is tls-version-legacy naming the profile', () => {
    const findings = run({ 'TLSv1.2': CLEAN }, { profile: 'modern' });
    expect(summary(findings)).toEqual([['tls-version-legacy', 'error', false]]);
    expect(findings[0]!.message).toBe('submissions on mail.example.com:465 (192.0.2.1) accepts TLSv1.2, below the minimum of the profile modern (Mozilla Server Side TLS 5.7) of TLS 1.3.');
    // A TLS 1.3-only server passes modern.
    expect(run({}, { profile: 'modern', versions: ['TLSv1.3'] })).toEqual([]);
  });

  test('a min-version stricter than the profile stays the minimum', () => {
    const findings = run({ 'TLSv1.2': CLEAN }, { profile: 'intermediate', minVersion: '1.3' });
    expect(findings[0]!.message).toMatch(/below the policy's minimum of TLS 1\.3\.$/);
  });

  test('intermediate raises a lower min-version to TLS 1.2', () => {
    const findings = run({ 'TLSv1.2': CLEAN }, { profile: 'intermediate', minVersion: '1.0', versions: ['TLSv1', 'TLSv1.2', 'TLSv1.3'] });
    expect(summary(findings)).toEqual([['tls-version-legacy', 'error', false]]);
    expect(findings[0]!.message).toMatch(/below the minimum of the profile intermediate/);
  });

  test('old: a 1024-bit DH group is accepted, 768 bits is not', () => {
    const dh = (bits: number): CipherFacts => ({ 'TLSv1.2': { picked: [{ suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', classes: ['dhe'] }], accepted: ['dhe'], refused: ['weak', 'anonymous', 'no-forward-secrecy'], untested: [], dhBits: bits } });
    expect(run(dh(1024), { profile: 'old' })).toEqual([]);
    expect(summary(run(dh(768), { profile: 'old' }))).toEqual([['tls-dh-weak', 'warning', false]]);
    expect(run(dh(768), { profile: 'old' })[0]!.message).toMatch(/under the 1024 bits required\.$/);
  });
});

describe('a profile set on the service item', () => {
  // The line that set the value that failed: a finding the profile judged points at the item's
  // `profile:` key when the item wrote it, and at the item itself otherwise.
  const profileAt = { file: 'policy.yml', line: 12, column: 24 };
  const rsaAndCbc: CipherFacts = {
    'TLSv1.2': {
      picked: [{ suite: 'TLS_RSA_WITH_AES_128_CBC_SHA', classes: ['no-forward-secrecy', 'non-aead'] }],
      accepted: ['no-forward-secrecy', 'non-aead'],
      refused: ['weak', 'anonymous', 'dhe'],
      untested: [],
    },
  };

  function judgedWith(settingLocations: Record<string, typeof profileAt> | undefined): Finding[] {
    const target = endpoint('submissions', { settings: settings({ tls: { minVersion: '1.2', profile: 'intermediate' } }) });
    if (settingLocations) target.settingLocations = settingLocations;
    const facts = goodFacts(target);
    facts.tls = { ...facts.tls!, ciphers: rsaAndCbc };
    return judge(policy(), [{ endpoint: target, facts }], NOW);
  }

  test('points at the profile key', () => {
    const findings = judgedWith({ 'tls.profile': profileAt });
    expect(findings.map((f) => [f.rule, f.location])).toEqual([
      ['tls-cipher-weak', profileAt],
      ['tls-forward-secrecy-missing', profileAt],
    ]);
  });

  test('without a profile key of its own, at the item', () => {
    const findings = judgedWith(undefined);
    expect(findings.map((f) => f.rule)).toEqual(['tls-cipher-weak', 'tls-forward-secrecy-missing']);
    for (const finding of findings) expect(finding.location).not.toEqual(profileAt);
  });
});
