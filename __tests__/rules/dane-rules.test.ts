// The DANE rules and trust under DANE, end to end over facts: real STARTTLS SMTP fixtures on
// loopback present chains made in the run (from a root the probe does not trust, so WebPKI alone
// would call them untrusted), the probe records them, and each fixture zone of the DANE tests
// (3 1 1, 2 1 1, 3 0 1, a wrong hash, 0 0 1 only, unsigned, expired signatures answered with
// SERVFAIL, no TLSA at all) is given as the domains stage's DANE facts, shaped as that stage
// writes them, with TLSA records computed from the same certificates.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { buildReport, reportToJson } from '../../src/report/json.js';
import { formatText } from '../../src/report/text.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { daneReport } from '../../src/rules/dane.js';
import { startMailServer } from '../../src/demo/mail-servers.js';
import type { DaneFacts, DaneHostFacts, DnssecAnswer, TlsaRecord } from '../../src/facts/dane.js';
import type { DomainFacts } from '../../src/facts/domains.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import type { Endpoint } from '../../src/plan/types.js';
import type { DomainPolicy } from '../../src/policy/types.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import { type Observation, judge, judgeRun, verdict } from '../../src/rules/judge.js';
import type { Finding } from '../../src/rules/types.js';
import { endpointFor, serversClosedAfterEach } from '../probe/helpers.js';
import { type Authority, makeChainKit } from '../probe/chains.js';
import { tlsaRecord, wrongHash } from '../support/tlsa.js';
import { policy } from './fixtures.js';

const DOMAIN = 'example.test';
const MX = 'mx1.example.test';
const at = (line: number) => ({ file: 'policy.yml', line, column: 5 });
const MX_REQUIRE_LINE = 4;
const DANE_LINE = 6;

const hold = serversClosedAfterEach();

interface Served {
  /** The leaf's PEM, the intermediate's, and the root's. */
  leaf: Pem;
  intermediate: Authority;
  root: Authority;
  /** What the probe saw of the MX host's port 25 (relabelled from the fixture's ephemeral port). */
  observation: Observation;
}

let chain: Served;
let selfSigned: { leaf: Pem; observation: Observation };
let misnamed: Served;
/** Leaves from the fixture CA (not trusted here) that expired a month ago, and that expire in five days. */
let dated: { expired: Pem; expiring: Pem; observations: [Observation, Observation] };
/** The leaf-and-intermediate chain again, probed by a probe that trusts its root (node then adds the root). */
let rootTrusted: Observation;

/** Probes a STARTTLS SMTP fixture serving `cert` (leaf first, then the chain) and returns it as the plan's port-25 MX endpoint. */
async function observePort25(pem: Pem, roots: string[] = []): Promise<Observation> {
  const server = await hold(startMailServer({ protocol: 'smtp', pem, injection: 'clean' }));
  const probed = endpointFor('smtp', server.port, { host: MX }, 5000);
  // By default the probe trusts no root here: only DANE can vouch for these chains.
  const facts = await probeEndpoint(probed, { concurrency: 1, extraCa: roots, trust: 'bundled', heloName: 'probe.test', retryAfterMs: 50 });
  const endpoint: Endpoint = { ...probed, port: 25, location: at(MX_REQUIRE_LINE) };
  return { endpoint, facts: { ...facts, port: 25 } as EndpointFacts };
}

beforeAll(async () => {
  const [kit, fixtures] = await Promise.all([makeChainKit(), createFixtureCertificates()]);
  const intermediate = await kit.ca('dane rules intermediate', kit.root);
  const leaf = await kit.leaf([MX], intermediate);
  const other = await kit.leaf(['other.example.test'], intermediate);
  const self = await fixtures.selfSigned([MX]);
  const withChain = (p: Pem): Pem => ({ cert: `${p.cert}${intermediate.cert}`, key: p.key });
  const [expired, expiring] = await Promise.all([fixtures.expired([MX]), fixtures.expiring([MX], 5)]);
  const [a, b, c, d, e, f] = await Promise.all([
    observePort25(withChain(leaf)),
    observePort25(self),
    observePort25(withChain(other)),
    observePort25(expired),
    observePort25(expiring),
    observePort25(withChain(leaf), [kit.root.cert]),
  ]);
  dated = { expired, expiring, observations: [d, e] };
  rootTrusted = f;
  chain = { leaf, intermediate, root: kit.root, observation: a };
  selfSigned = { leaf: self, observation: b };
  misnamed = { leaf: other, intermediate, root: kit.root, observation: c };
}, 60_000);

const SECURE: DnssecAnswer = { rcode: 'NOERROR', authenticated: true, error: null };
const INSECURE: DnssecAnswer = { rcode: 'NOERROR', authenticated: false, error: null };
const SERVFAIL: DnssecAnswer = { rcode: 'SERVFAIL', authenticated: false, error: null };

function hostFacts(records: TlsaRecord[], tlsa: DnssecAnswer = SECURE): DaneHostFacts {
  return { host: MX, tlsaName: `_25._tcp.${MX}`, tlsa, records };
}

function daneFacts(records: TlsaRecord[], options: { tlsa?: DnssecAnswer; mx?: DnssecAnswer } = {}): DaneFacts {
  return { mx: options.mx ?? SECURE, hosts: [hostFacts(records, options.tlsa)] };
}

function domainFacts(dane: DaneFacts | null): DomainFacts {
  return {
    domain: DOMAIN,
    mx: { records: [{ host: MX, preference: 10 }], nullMx: false, implicit: false, error: null },
    mxHosts: [{ host: MX, addresses: ['127.0.0.1'], error: null }],
    skipped: [],
    mtaSts: null,
    tlsRpt: null,
    dane,
    durationMs: 1,
  };
}

function domainPolicy(dane: DomainPolicy['dane']): DomainPolicy {
  return {
    domain: DOMAIN,
    mx: { require: [{ service: 'smtp', port: 25, location: at(MX_REQUIRE_LINE) }] },
    mtaSts: 'off',
    tlsRpt: 'off',
    dane,
    location: at(2),
    keyLocations: dane === 'off' ? {} : { dane: at(DANE_LINE) },
  };
}

function findingsOf(observation: Observation, dane: DaneFacts | null, mode: DomainPolicy['dane'] = 'required', rules: Parameters<typeof policy>[0] = {}): Finding[] {
  return judge(policy({ domains: [domainPolicy(mode)], ...rules }), [observation], new Date(), [domainFacts(mode === 'off' ? null : dane)]);
}

/** "rule severity" for each finding, sorted; inconclusive ones marked. */
function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity}${f.inconclusive ? ' inconclusive' : ''}`).sort();
}

describe('without DANE the fixtures are what WebPKI says of them', () => {
  test('the chain from a root nobody trusts is untrusted; the self-signed leaf too', () => {
    expect(summary(findingsOf(chain.observation, null, 'off'))).toEqual(['certificate-untrusted error']);
    expect(summary(findingsOf(selfSigned.observation, null, 'off'))).toEqual(['certificate-untrusted error']);
    expect(summary(findingsOf(misnamed.observation, null, 'off'))).toEqual(['certificate-name-mismatch error', 'certificate-untrusted error']);
  });

  test('the probe recorded the chain by digest', () => {
    expect(chain.observation.facts.tls?.certificate?.presented.map((c) => c.issuedByNext)).toEqual([true, null]);
  });
});

describe('every fixture zone gives exactly its findings', () => {
  test('3 1 1 of the leaf: no finding at all, WebPKI trust, name and expiry set aside', () => {
    expect(summary(findingsOf(chain.observation, daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)])))).toEqual([]);
  });

  test('3 1 1 of a self-signed leaf: it passes', () => {
    const findings = findingsOf(selfSigned.observation, daneFacts([tlsaRecord(3, 1, 1, selfSigned.leaf.cert)]));
    expect(findings).toEqual([]);
    expect(verdict(findings, 'error')).toBe('pass');
  });

  test('3 1 1 of a leaf that names another host: the name is not checked under DANE-EE', () => {
    expect(summary(findingsOf(misnamed.observation, daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)])))).toEqual([]);
  });

  test('3 1 1 of an expired leaf, and of one about to expire: the dates are not checked under DANE-EE', () => {
    const [expired, expiring] = dated.observations;
    expect(summary(findingsOf(expired, null, 'off'))).toEqual(['certificate-expired error', 'certificate-untrusted error']);
    expect(summary(findingsOf(expiring, null, 'off'))).toEqual(['certificate-expiring warning', 'certificate-untrusted error']);
    expect(summary(findingsOf(expired, daneFacts([tlsaRecord(3, 1, 1, dated.expired.cert)])))).toEqual([]);
    expect(summary(findingsOf(expiring, daneFacts([tlsaRecord(3, 1, 1, dated.expiring.cert)])))).toEqual([]);
  });

  test('3 0 1 of the leaf: no finding', () => {
    expect(summary(findingsOf(chain.observation, daneFacts([tlsaRecord(3, 0, 1, chain.leaf.cert)])))).toEqual([]);
  });

  test('2 1 1 of the intermediate: the chain is trusted up to it, and the name still counts', () => {
    const ta = tlsaRecord(2, 1, 1, chain.intermediate.cert);
    expect(summary(findingsOf(chain.observation, daneFacts([ta])))).toEqual([]);
    const findings = findingsOf(misnamed.observation, daneFacts([ta]));
    expect(summary(findings)).toEqual(['certificate-name-mismatch error']);
    expect(findings[0]!.evidence).toContain('DANE-TA 2 1 1 matched');
    expect(findings[0]!.evidence).toContain(`the name is checked against ${MX}, RFC 7672 §3.1.2`);
  });

  test('2 0 1 of a root the server does not send, but the probe trusts: inconclusive, neither a match nor a mismatch', () => {
    expect(rootTrusted.facts.tls?.certificate?.presented.map((c) => c.trustedRoot)).toEqual([false, false, true]);
    const findings = findingsOf(rootTrusted, daneFacts([tlsaRecord(2, 0, 1, chain.root.cert)]));
    expect(summary(findings)).toEqual(['check-inconclusive warning inconclusive']);
    expect(findings[0]!.message).toContain('names a root the probe itself trusts');
    // Its intermediate's record was sent for certain: a plain match.
    expect(summary(findingsOf(rootTrusted, daneFacts([tlsaRecord(2, 1, 1, chain.intermediate.cert)])))).toEqual([]);
  });

  test('a wrong hash: dane-mismatch, and WebPKI judges the certificate as before', () => {
    const findings = findingsOf(chain.observation, daneFacts([wrongHash(tlsaRecord(3, 1, 1, chain.leaf.cert))]));
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'dane-mismatch error']);
    const mismatch = findings.find((f) => f.rule === 'dane-mismatch')!;
    expect(mismatch).toMatchObject({ host: DOMAIN, address: null, port: null, location: at(DANE_LINE) });
    expect(mismatch.message).toContain(`smtp on ${MX}:25 (127.0.0.1)`);
    expect(mismatch.evidence).toContain(`_25._tcp.${MX}: 3 1 1 `);
    expect(mismatch.evidence).toContain(chain.observation.facts.tls!.certificate!.presented[0]!.spkiSha256!);
  });

  test('two MX hosts that match none of their records: one dane-mismatch each, and a shard that probed one host finds exactly that one', () => {
    const MX2 = 'mx2.example.test';
    const second: Observation = { endpoint: { ...chain.observation.endpoint, host: MX2 }, facts: { ...chain.observation.facts, host: MX2 } };
    const wrong = [wrongHash(tlsaRecord(3, 1, 1, chain.leaf.cert))];
    const dane: DaneFacts = { mx: SECURE, hosts: [hostFacts(wrong), { host: MX2, tlsaName: `_25._tcp.${MX2}`, tlsa: SECURE, records: wrong }] };
    const facts: DomainFacts = {
      ...domainFacts(dane),
      mx: { records: [{ host: MX, preference: 10 }, { host: MX2, preference: 20 }], nullMx: false, implicit: false, error: null },
      mxHosts: [MX, MX2].map((host) => ({ host, addresses: ['127.0.0.1'], error: null })),
    };
    const judged = (observations: Observation[]) => judge(policy({ domains: [domainPolicy('required')] }), observations, new Date(0), [facts]).filter((f) => f.rule === 'dane-mismatch');
    const whole = judged([chain.observation, second]);
    expect(whole.map((f) => [f.host, f.message.match(/^No TLSA record of (\S+) matches the chain presented by smtp on (\S+):25 /)?.slice(1)])).toEqual([
      [DOMAIN, [MX, MX]],
      [DOMAIN, [MX2, MX2]],
    ]);
    expect(whole.map((f) => f.evidence!.split(':')[0])).toEqual([`_25._tcp.${MX}`, `_25._tcp.${MX2}`]);
    // Each shard sees the domain's DNS facts whole but only its own host's endpoint.
    expect([...judged([chain.observation]), ...judged([second])]).toEqual(whole);
  });

  test('a record for the intermediate at the wrong usage (3 1 1 of the issuer): dane-mismatch', () => {
    expect(summary(findingsOf(chain.observation, daneFacts([tlsaRecord(3, 1, 1, chain.intermediate.cert)])))).toEqual(['certificate-untrusted error', 'dane-mismatch error']);
  });

  test('0 0 1 only: dane-unusable, a warning, and no trust from it', () => {
    const findings = findingsOf(chain.observation, daneFacts([tlsaRecord(0, 0, 1, chain.root.cert)]));
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'dane-unusable warning']);
    expect(findings.find((f) => f.rule === 'dane-unusable')!.evidence).toBe(`_25._tcp.${MX}: 0 0 1 ${tlsaRecord(0, 0, 1, chain.root.cert).data.slice(0, 16)}…`);
  });

  test('records whose parameters no standard defines are unusable too, whatever their data names', () => {
    const good = tlsaRecord(3, 1, 1, chain.leaf.cert);
    const findings = findingsOf(chain.observation, daneFacts([{ ...good, selector: 2 }, { ...good, usage: 4 }, { ...good, matchingType: 3 }]));
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'dane-unusable warning']);
  });

  test('a null MX (the domain takes no mail): nothing to say about DANE, even unsigned', () => {
    const facts = { ...domainFacts({ mx: INSECURE, hosts: [] }), mx: { records: [], nullMx: true, implicit: false, error: null } };
    // The null MX is mx-lookup-failed's, since the policy requires services of MX hosts; DANE adds nothing.
    expect(summary(judge(policy({ domains: [domainPolicy('required')] }), [], new Date(), [facts]))).toEqual(['mx-lookup-failed error']);
  });

  test('mixed: an unusable record, a wrong one and a matching one: no finding', () => {
    const good = tlsaRecord(3, 1, 1, chain.leaf.cert);
    expect(summary(findingsOf(chain.observation, daneFacts([tlsaRecord(0, 0, 1, chain.root.cert), wrongHash(good), good])))).toEqual([]);
  });

  test('unsigned: dnssec-insecure (error when required, warning when optional), and records that matched change nothing', () => {
    const unsigned = daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { mx: INSECURE, tlsa: INSECURE });
    expect(summary(findingsOf(chain.observation, unsigned))).toEqual(['certificate-untrusted error', 'dnssec-insecure error']);
    const optional = findingsOf(chain.observation, unsigned, 'optional');
    expect(summary(optional)).toEqual(['certificate-untrusted error', 'dnssec-insecure warning']);
    const insecure = optional.find((f) => f.rule === 'dnssec-insecure')!;
    expect(insecure.location).toEqual(at(DANE_LINE));
    expect(insecure.evidence).toBe(`MX ${DOMAIN}: NOERROR, not authenticated; TLSA _25._tcp.${MX}: NOERROR, not authenticated`);
  });

  test('answers from a resolver the policy does not name (untrusted-resolver): dnssec-insecure, never trust', () => {
    const untrusted: DnssecAnswer = { rcode: 'NOERROR', authenticated: false, error: 'untrusted-resolver' };
    const findings = findingsOf(chain.observation, daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { mx: untrusted, tlsa: untrusted }));
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'dnssec-insecure error']);
    expect(findings.find((f) => f.rule === 'dnssec-insecure')!.evidence).toContain("NOERROR, the answer came from the system's name server");
  });

  test('a signed MX host zone under an unsigned domain: dnssec-insecure for the MX answer, and no DANE trust', () => {
    const facts = daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { mx: INSECURE });
    expect(summary(findingsOf(chain.observation, facts))).toEqual(['certificate-untrusted error', 'dnssec-insecure error']);
  });

  test('expired signatures (the resolver answers SERVFAIL): inconclusive, never insecure or missing', () => {
    const findings = findingsOf(chain.observation, daneFacts([], { tlsa: SERVFAIL }));
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'check-inconclusive warning inconclusive']);
    const open = findings.find((f) => f.rule === 'check-inconclusive')!;
    expect(open).toMatchObject({ host: MX, port: 25, address: '127.0.0.1' });
    expect(open.message).toContain(`the look-up of _25._tcp.${MX} got no answer`);
    expect(open.evidence).toBe(`_25._tcp.${MX}: the resolver answered SERVFAIL`);
    expect(verdict(findings.filter((f) => f.rule !== 'certificate-untrusted'), 'error')).toBe('inconclusive');
  });

  test('a TLSA look-up unanswered under an MX answer that is not authenticated: dnssec-insecure only, as DANE cannot apply whatever it says', () => {
    for (const mode of ['required', 'optional'] as const) {
      const findings = findingsOf(chain.observation, daneFacts([], { mx: INSECURE, tlsa: SERVFAIL }), mode);
      expect([mode, summary(findings)]).toEqual([mode, ['certificate-untrusted error', `dnssec-insecure ${mode === 'required' ? 'error' : 'warning'}`]]);
    }
    const optional = findingsOf(chain.observation, daneFacts([], { mx: INSECURE, tlsa: SERVFAIL }), 'optional');
    expect(verdict(optional.filter((f) => f.rule !== 'certificate-untrusted'), 'error')).toBe('pass');
  });

  test('the MX look-up unanswered (a time-out): inconclusive for every MX endpoint', () => {
    const facts = daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { mx: { rcode: null, authenticated: null, error: 'timeout' } });
    const findings = findingsOf(chain.observation, facts);
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'check-inconclusive warning inconclusive']);
    expect(findings.find((f) => f.rule === 'check-inconclusive')!.evidence).toBe(`the MX records of ${DOMAIN}: no answer in time`);
  });

  test('no TLSA record (authenticated NXDOMAIN): dane-missing when required, nothing more when optional', () => {
    const none = daneFacts([], { tlsa: { rcode: 'NXDOMAIN', authenticated: true, error: null } });
    const required = findingsOf(chain.observation, none);
    expect(summary(required)).toEqual(['certificate-untrusted error', 'dane-missing error']);
    expect(required.find((f) => f.rule === 'dane-missing')!.evidence).toBe(`_25._tcp.${MX}: NXDOMAIN, authenticated (AD), no TLSA records`);
    expect(summary(findingsOf(chain.observation, none, 'optional'))).toEqual(['certificate-untrusted error']);
  });

  test('dane: off asks nothing, whatever DNS holds', () => {
    expect(summary(findingsOf(chain.observation, daneFacts([wrongHash(tlsaRecord(3, 1, 1, chain.leaf.cert))]), 'off'))).toEqual(['certificate-untrusted error']);
  });
});

describe('domains that share an MX host: one verdict on its endpoint, the strictest, whatever their order', () => {
  const OTHER = 'other.test';
  /** Findings of a policy naming both domains, in this order, each with its own DANE facts of the one MX host. */
  function sharedFindings(observation: Observation, domains: Array<{ domain: string; dane: DaneFacts; mode?: DomainPolicy['dane'] }>): Finding[] {
    const policies = domains.map(({ domain, mode }) => ({ ...domainPolicy(mode ?? 'required'), domain }));
    const facts = domains.map(({ domain, dane, mode }) => ({ ...domainFacts(mode === 'off' ? null : dane), domain }));
    return judge(policy({ domains: policies }), [observation], new Date(), facts);
  }
  /** The same findings in both orders (place and all: both domains share the endpoint's location here), returned once. */
  function inBothOrders(observation: Observation, domains: Array<{ domain: string; dane: DaneFacts; mode?: DomainPolicy['dane'] }>): Finding[] {
    const forward = sharedFindings(observation, domains);
    expect(sharedFindings(observation, [...domains].reverse())).toEqual(forward);
    return forward;
  }

  test('DANE-EE for one domain, DANE-TA for the other: only what both set aside is, the trust of the chain; the name still counts', () => {
    const findings = inBothOrders(misnamed.observation, [
      { domain: DOMAIN, dane: daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)]) },
      { domain: OTHER, dane: daneFacts([tlsaRecord(2, 1, 1, misnamed.intermediate.cert)]) },
    ]);
    expect(summary(findings)).toEqual(['certificate-name-mismatch error']);
    expect(findings[0]!.evidence).toContain('DANE-TA 2 1 1 matched');
  });

  test('a match for one domain, an MX answer not authenticated for the other: WebPKI judges, and the evidence says why the match does not count', () => {
    const findings = inBothOrders(misnamed.observation, [
      { domain: DOMAIN, dane: daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)]) },
      { domain: OTHER, dane: daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)], { mx: INSECURE }), mode: 'optional' },
    ]);
    expect(summary(findings)).toEqual(['certificate-name-mismatch error', 'certificate-untrusted error', 'dnssec-insecure warning']);
    for (const f of findings.filter((f) => f.rule.startsWith('certificate-'))) {
      expect(f.evidence).toContain(`DANE-EE 3 1 1 matched, but DANE vouches for this host's certificate for mail to ${DOMAIN} only, not for mail to ${OTHER}`);
    }
  });

  test('a domain with dane: off whose MX records name the host holds its mail to WebPKI: the judgements stand, and the evidence says why the match does not count', () => {
    const findings = inBothOrders(misnamed.observation, [
      { domain: DOMAIN, dane: daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)]) },
      { domain: OTHER, dane: daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)]), mode: 'off' },
    ]);
    expect(summary(findings)).toEqual(['certificate-name-mismatch error', 'certificate-untrusted error']);
    for (const f of findings) {
      expect(f.evidence).toContain(`DANE-EE 3 1 1 matched, but DANE vouches for this host's certificate for mail to ${DOMAIN} only, not for mail to ${OTHER}`);
    }
  });

  test('a domain with dane: off whose MX records name another host takes no part', () => {
    const observation = misnamed.observation;
    const policies = [{ ...domainPolicy('required'), domain: DOMAIN }, { ...domainPolicy('off'), domain: OTHER }];
    const elsewhere = { ...domainFacts(null), domain: OTHER, mx: { records: [{ host: 'mx.elsewhere.test', preference: 10 }], nullMx: false, implicit: false, error: null } };
    const facts = [{ ...domainFacts(daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)])), domain: DOMAIN }, elsewhere];
    expect(judge(policy({ domains: policies }), [observation], new Date(), facts)).toEqual([]);
  });

  test('a domain with dane: off and no MX records, whose mail goes to its own name, the MX host: its mail is held to WebPKI there too', () => {
    // RFC 5321 §5.1: the name itself stands in for the MX host, here the host DOMAIN's MX names.
    const policies = [{ ...domainPolicy('required'), domain: DOMAIN }, { ...domainPolicy('off'), domain: MX }];
    const implicit = { ...domainFacts(null), domain: MX, mx: { records: [], nullMx: false, implicit: true, error: null } };
    const facts = [{ ...domainFacts(daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)])), domain: DOMAIN }, implicit];
    const findings = judge(policy({ domains: policies }), [misnamed.observation], new Date(), facts);
    expect(summary(findings)).toEqual(['certificate-name-mismatch error', 'certificate-untrusted error']);
    for (const f of findings) expect(f.evidence).toContain(`for mail to ${DOMAIN} only, not for mail to ${MX}`);
  });

  test('many dane: off domains on the host (a hosting provider): the evidence names a few and counts the rest', () => {
    const hosted = Array.from({ length: 8 }, (_, i) => `hosted${i}.test`);
    const policies = [{ ...domainPolicy('required'), domain: DOMAIN }, ...hosted.map((domain) => ({ ...domainPolicy('off'), domain }))];
    const facts = [{ ...domainFacts(daneFacts([tlsaRecord(3, 1, 1, misnamed.leaf.cert)])), domain: DOMAIN }, ...hosted.map((domain) => ({ ...domainFacts(null), domain }))];
    const findings = judge(policy({ domains: policies }), [misnamed.observation], new Date(), facts);
    expect(summary(findings)).toEqual(['certificate-name-mismatch error', 'certificate-untrusted error']);
    for (const f of findings) {
      expect(f.evidence).toContain(`for mail to ${DOMAIN} only, not for mail to hosted0.test, hosted1.test, hosted2.test, hosted3.test, hosted4.test and 3 more, whose senders`);
    }
  });

  test('an open question of either domain keeps the endpoint inconclusive, each question said once, in a fixed order', () => {
    const timeout: DnssecAnswer = { rcode: null, authenticated: null, error: 'timeout' };
    const matched = daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)]);
    const findings = inBothOrders(chain.observation, [
      { domain: DOMAIN, dane: matched },
      { domain: OTHER, dane: daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { mx: timeout }) },
      { domain: 'third.test', dane: daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { mx: timeout }) },
    ]);
    expect(summary(findings)).toEqual(['certificate-untrusted error', 'check-inconclusive warning inconclusive']);
    expect(findings.find((f) => f.rule === 'check-inconclusive')!.evidence).toBe(`the MX records of ${OTHER}: no answer in time; the MX records of third.test: no answer in time`);
    // A root only the probe trusts, for one domain, beside a plain match for the other: inconclusive too.
    const rooted = inBothOrders(rootTrusted, [
      { domain: DOMAIN, dane: daneFacts([tlsaRecord(2, 1, 1, chain.intermediate.cert)]) },
      { domain: OTHER, dane: daneFacts([tlsaRecord(2, 0, 1, chain.root.cert)]) },
    ]);
    expect(summary(rooted)).toEqual(['check-inconclusive warning inconclusive']);
    expect(rooted[0]!.message).toContain('names a root the probe itself trusts');
  });
});

describe('severities and scope', () => {
  test('a severity set under rules: wins over the one dane: gives', () => {
    const unsigned = daneFacts([], { mx: INSECURE, tlsa: INSECURE });
    const rules = { rules: { 'dnssec-insecure': { severity: 'notice' as const, location: at(20) } } };
    expect(summary(findingsOf(chain.observation, unsigned, 'required', rules))).toEqual(['certificate-untrusted error', 'dnssec-insecure notice']);
    const off = { rules: { 'dane-mismatch': { severity: 'off' as const, location: at(20) } } };
    expect(summary(findingsOf(chain.observation, daneFacts([wrongHash(tlsaRecord(3, 1, 1, chain.leaf.cert))]), 'required', off))).toEqual(['certificate-untrusted error']);
  });

  test('DANE vouches for port 25 only: the same host and certificate on another service is judged by WebPKI', () => {
    const submissions: Observation = {
      endpoint: { ...chain.observation.endpoint, service: 'submissions', port: 465 },
      facts: { ...chain.observation.facts, service: 'submissions', port: 465 },
    };
    const findings = judge(policy({ domains: [domainPolicy('required')] }), [chain.observation, submissions], new Date(), [
      domainFacts(daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)])),
    ]);
    expect(findings.map((f) => `${f.rule} ${f.port}`)).toEqual(['certificate-untrusted 465']);
  });

  test('a remaining certificate judgement says which record matched and what it set aside', () => {
    // A weak-key leaf under a matching 3 1 1: certificate-weak still stands, with the DANE note.
    const weakLeaf = {
      ...chain.observation,
      facts: {
        ...chain.observation.facts,
        tls: { ...chain.observation.facts.tls!, certificate: { ...chain.observation.facts.tls!.certificate!, keyBits: 1024 } },
      },
    };
    const findings = findingsOf(weakLeaf, daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)]));
    expect(summary(findings)).toEqual(['certificate-weak warning']);
    expect(findings[0]!.evidence).toContain('DANE-EE 3 1 1 matched: WebPKI trust, name and expiry are not checked for this host, RFC 7672 §3.1.1');
  });
});

describe('the JSON report', () => {
  const schema = JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  test('carries the TLSA facts and which record matched which certificate, apart from the findings', () => {
    const ta = tlsaRecord(2, 1, 1, chain.intermediate.cert);
    const facts = daneFacts([tlsaRecord(0, 0, 1, chain.root.cert), wrongHash(tlsaRecord(3, 1, 1, chain.leaf.cert)), ta]);
    const observations = [chain.observation];
    const p = policy({ domains: [domainPolicy('required')] });
    const { findings, dane } = judgeRun(p, observations, new Date(), [domainFacts(facts)]);
    const report = buildReport({
      policyFile: 'policy.yml',
      toolVersion: '0.0.0',
      startedAt: new Date(),
      durationMs: 1,
      endpoints: observations.map((o) => o.facts),
      findings,
      result: verdict(findings, 'error'),
      domains: [domainFacts(facts)],
      dane,
    });
    const json = JSON.parse(reportToJson(report));
    expect(validate(json)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(json.findings).toEqual([]);
    expect(json.domains[0].dane.hosts[0]).toEqual({ host: MX, tlsaName: `_25._tcp.${MX}`, tlsa: SECURE, records: facts.hosts[0]!.records });
    expect(json.dane).toEqual([
      { domain: DOMAIN, host: MX, address: '127.0.0.1', port: 25, applies: true, outcome: 'dane-ta', record: ta, certificate: { depth: 1, subject: chain.intermediate.name } },
    ]);
    expect(json.endpoints[0].tls.certificate.presented).toHaveLength(2);
  });

  test('the text output and the job summary say which record matched which certificate, so a self-signed MX passing surprises nobody', () => {
    const facts = daneFacts([tlsaRecord(3, 1, 1, selfSigned.leaf.cert)]);
    const observations = [selfSigned.observation];
    const p = policy({ domains: [domainPolicy('required')] });
    const { findings, dane } = judgeRun(p, observations, new Date(), [domainFacts(facts)]);
    const report = buildReport({
      policyFile: 'policy.yml',
      toolVersion: '0.0.0',
      startedAt: new Date(),
      durationMs: 1,
      endpoints: observations.map((o) => o.facts),
      findings,
      result: verdict(findings, 'error'),
      domains: [domainFacts(facts)],
      dane,
    });
    expect(formatText(report, { color: false })).toContain(`DANE: MX DNSSEC-validated; ${MX} 1 TLSA (DNSSEC-validated): DANE-EE 3 1 1 matched the leaf`);
    const summary = summaryMarkdown(report);
    expect(summary).toContain('| Domain | MX | MTA-STS | TLS-RPT | DANE |');
    expect(summary).toContain('DANE-EE 3 1 1 matched the leaf');
  });

  test('says so when nothing matched, or the question went unanswered', () => {
    const p = policy({ domains: [domainPolicy('required')] });
    const outcomes = (facts: DaneFacts) => daneReport(p.domains, [domainFacts(facts)], [chain.observation]).map((d) => [d.outcome, d.applies, d.record]);
    expect(outcomes(daneFacts([wrongHash(tlsaRecord(3, 1, 1, chain.leaf.cert))]))).toEqual([['no-match', true, null]]);
    expect(outcomes(daneFacts([], { tlsa: SERVFAIL }))).toEqual([['unanswered', false, null]]);
    expect(outcomes(daneFacts([tlsaRecord(3, 1, 1, chain.leaf.cert)], { tlsa: INSECURE }))).toEqual([['insecure', false, null]]);
    expect(outcomes(daneFacts([tlsaRecord(0, 0, 1, chain.root.cert)]))).toEqual([['unusable', true, null]]);
  });
});
