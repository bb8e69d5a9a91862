// Which cipher classes the probe asks (judgedCipherClasses) against what the rules judge: for
// every profile and every severity a policy can give a cipher rule (top-level or on the host), a
// class is asked exactly when its acceptance would be a finding. So a class a rule judges is never
// left unasked, and a class no rule judges costs no connection.
import { judge, isInconclusive } from '../../src/rules/judge.js';
import { judgedCipherClasses, rulesJudging } from '../../src/rules/cipher-classes.js';
import type { Policy, SeverityOverride, TlsProfile } from '../../src/policy/types.js';
import type { CipherClass, CipherVersionFacts } from '../../src/facts/endpoint.js';
import type { Endpoint } from '../../src/plan/types.js';
import type { RuleId } from '../../src/rules/types.js';
import { endpoint, goodFacts, NOW, policy, settings } from './fixtures.js';

const CLASSES: CipherClass[] = ['weak', 'anonymous', 'no-forward-secrecy', 'non-aead', 'dhe'];
const CIPHER_RULES: RuleId[] = ['tls-cipher-weak', 'tls-cipher-anonymous', 'tls-forward-secrecy-missing', 'tls-dh-weak'];
const PROFILES: (TlsProfile | undefined)[] = [undefined, 'old', 'intermediate', 'modern'];
/** A suite of each class, as the probe would record it picked. */
const SUITE: Readonly<Record<CipherClass, string>> = {
  weak: 'TLS_ECDHE_RSA_WITH_RC4_128_SHA',
  anonymous: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256',
  'no-forward-secrecy': 'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'non-aead': 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  dhe: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
};

function target(profile: TlsProfile | undefined, hostRules?: Endpoint['rules']): Endpoint {
  const base = endpoint('submissions', { settings: settings({ tls: { minVersion: '1.2', ...(profile ? { profile } : {}) } }) });
  return hostRules ? { ...base, rules: hostRules } : base;
}

/** The cipher findings where the server accepts `accepted` at TLS 1.2 (a 512-bit DH group for DH suites) and refuses the rest. */
function cipherFindings(subject: Endpoint, rules: Policy['rules'], accepted: CipherClass): RuleId[] {
  const facts = goodFacts(subject);
  const dh = accepted === 'dhe' || accepted === 'anonymous';
  const answers: CipherVersionFacts = {
    picked: [{ suite: SUITE[accepted], classes: [accepted] }],
    accepted: [accepted],
    refused: CLASSES.filter((c) => c !== accepted),
    untested: [],
    ...(dh ? { dhBits: 512 } : {}),
  };
  facts.tls = { ...facts.tls!, ciphers: { 'TLSv1.2': answers } };
  return judge(policy({ rules }), [{ endpoint: subject, facts }], NOW)
    .map((f) => f.rule)
    .filter((rule) => CIPHER_RULES.includes(rule));
}

const at = (severity: SeverityOverride) => ({ severity, location: { file: 'policy.yml', line: 3, column: 3 } });

/** Every policy that sets one cipher rule's severity, top-level or on the host, or nothing. */
function policies(): { name: string; top: Policy['rules']; host?: Endpoint['rules'] }[] {
  const cases: { name: string; top: Policy['rules']; host?: Endpoint['rules'] }[] = [{ name: 'defaults', top: {} }];
  const allOff = Object.fromEntries(CIPHER_RULES.map((rule) => [rule, at('off')]));
  cases.push({ name: 'every cipher rule off', top: allOff });
  for (const rule of CIPHER_RULES) {
    for (const severity of ['off', 'notice', 'error'] as const) {
      cases.push({ name: `rules: ${rule}: ${severity}`, top: { [rule]: at(severity) } });
      cases.push({ name: `host rules: ${rule}: ${severity}`, top: {}, host: { [rule]: at(severity) } });
    }
    // The host's override wins over the top-level one, both ways.
    cases.push({ name: `${rule} off, on for the host`, top: { [rule]: at('off') }, host: { [rule]: at('warning') } });
    cases.push({ name: `${rule} on, off for the host`, top: { [rule]: at('warning') }, host: { [rule]: at('off') } });
  }
  return cases;
}

describe('the classes asked are the classes judged', () => {
  for (const profile of PROFILES) {
    for (const { name, top, host } of policies()) {
      test(`profile ${profile ?? 'none'}, ${name}`, () => {
        const subject = target(profile, host);
        const judged = judgedCipherClasses(subject, top);
        for (const cls of CLASSES) {
          const findings = cipherFindings(subject, top, cls);
          // Asked if and only if its acceptance is a finding: never unasked where judged, never
          // asked for nothing.
          expect({ cls, asked: judged.has(cls) }).toEqual({ cls, asked: findings.length > 0 });
          // And the rules said to judge it are the ones whose findings its acceptance gives.
          expect({ cls, rules: [...findings].sort() }).toEqual({ cls, rules: [...rulesJudging(subject, top, cls)].sort() });
        }
      });
    }
  }

  test('the defaults: forward secrecy is not asked without a profile, and is under intermediate and modern', () => {
    expect([...judgedCipherClasses(target(undefined), {})]).toEqual(['weak', 'anonymous', 'dhe']);
    expect([...judgedCipherClasses(target('old'), {})]).toEqual(['weak', 'anonymous', 'dhe']);
    expect([...judgedCipherClasses(target('intermediate'), {})]).toEqual(['weak', 'anonymous', 'no-forward-secrecy', 'non-aead', 'dhe']);
    expect([...judgedCipherClasses(target('modern'), {})]).toEqual(['weak', 'anonymous', 'no-forward-secrecy', 'non-aead', 'dhe']);
  });

  test('a forbidden service is asked nothing: the cipher rules judge required services only', () => {
    const forbidden = endpoint('imaps', { expectation: 'forbid' });
    expect(judgedCipherClasses(forbidden, {}).size).toBe(0);
  });
});

describe('what was not asked is read by no rule', () => {
  test('every class not asked: no finding and nothing inconclusive', () => {
    const subject = target(undefined);
    const facts = goodFacts(subject);
    facts.tls = { ...facts.tls!, ciphers: { 'TLSv1.2': { picked: [], accepted: [], refused: [], untested: [], notAsked: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'] } } };
    const observations = [{ endpoint: subject, facts }];
    const rules = Object.fromEntries(CIPHER_RULES.map((rule) => [rule, at('off')]));
    const findings = judge(policy({ rules }), observations, NOW);
    expect(findings).toEqual([]);
    expect(isInconclusive(findings, observations)).toBe(false);
  });

  test('forward secrecy not asked under the default policy: no finding, nothing inconclusive', () => {
    const subject = target(undefined);
    const facts = goodFacts(subject);
    facts.tls = { ...facts.tls!, ciphers: { 'TLSv1.2': { picked: [], accepted: [], refused: ['weak', 'anonymous', 'dhe'], untested: [], notAsked: ['no-forward-secrecy'] } } };
    const observations = [{ endpoint: subject, facts }];
    const findings = judge(policy(), observations, NOW);
    expect(findings).toEqual([]);
    expect(isInconclusive(findings, observations)).toBe(false);
  });
});

describe('an unanswered question counts where the class is judged, as the run asks it', () => {
  const unanswered = (untested: CipherClass[]) => {
    const subject = target(undefined);
    const facts = goodFacts(subject);
    const refused = (['weak', 'anonymous', 'no-forward-secrecy', 'dhe'] as CipherClass[]).filter((c) => !untested.includes(c));
    facts.tls = { ...facts.tls!, ciphers: { 'TLSv1.2': { picked: [], accepted: [], refused, untested, untestedReason: 'timeout at handshake' } } };
    return { subject, facts };
  };

  test('forward secrecy turned on by the top-level rules: its question unanswered is check-inconclusive', () => {
    const { subject, facts } = unanswered(['no-forward-secrecy']);
    const findings = judge(policy({ rules: { 'tls-forward-secrecy-missing': at('warning') } }), [{ endpoint: subject, facts }], NOW);
    expect(findings.map((f) => [f.rule, f.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(findings[0]!.message).toContain('tls-forward-secrecy-missing');
  });

  test('an unanswered anonymous question names the rule still judging it, not the one turned off', () => {
    const { subject, facts } = unanswered(['anonymous']);
    const findings = judge(policy({ rules: { 'tls-cipher-anonymous': at('off') } }), [{ endpoint: subject, facts }], NOW);
    expect(findings.map((f) => f.rule)).toEqual(['check-inconclusive']);
    expect(findings[0]!.message).toContain('whether TLS 1.2 accepts anonymous suites (tls-dh-weak)');
  });

  test('a class whose rule the policy turns off leaves nothing open', () => {
    const { subject, facts } = unanswered(['weak']);
    expect(judge(policy({ rules: { 'tls-cipher-weak': at('off') } }), [{ endpoint: subject, facts }], NOW)).toEqual([]);
    expect(judge(policy(), [{ endpoint: subject, facts }], NOW).map((f) => f.rule)).toEqual(['check-inconclusive']);
  });
});
