// init's `dane:` choice and its MTA-STS comment, over facts shaped as the domains stage and the
// probe write them: the cases the real zones of init-dane.test.ts do not reach (no resolver
// trusted, a time-out instead of SERVFAIL, records nobody uses, a host that showed no TLS, one
// address of two that does not match, a policy host that does not exist or has no address). The
// port-25 sessions are real: a STARTTLS SMTP fixture on loopback, probed, whose key the TLSA
// records name (or do not).
import { parse } from 'yaml';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailServer } from '../../src/demo/mail-servers.js';
import type { DaneFacts, DaneHostFacts, DnssecAnswer, TlsaRecord } from '../../src/facts/dane.js';
import { DNSSEC_ERRORS } from '../../src/facts/dane-vocabulary.js';
import type { DomainFacts, MtaStsFacts } from '../../src/facts/domains.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import { chooseStarter } from '../../src/init/choose.js';
import { starterYaml } from '../../src/init/yaml.js';
import { unresolvedFetch } from '../../src/probe/mta-sts.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import type { ObservedEndpoint } from '../../src/rules/dane.js';
import { endpointFor, serversClosedAfterEach } from '../probe/helpers.js';
import { tlsaRecord, wrongHash } from '../support/tlsa.js';
import { commentAbove } from './starter-text.js';

const DOMAIN = 'example.test';
const MX1 = 'mx1.example.test';
const MX2 = 'mx2.example.test';

const SECURE: DnssecAnswer = { rcode: 'NOERROR', authenticated: true, error: null };
const SERVFAIL: DnssecAnswer = { rcode: 'SERVFAIL', authenticated: false, error: null };
const TIMED_OUT: DnssecAnswer = { rcode: null, authenticated: null, error: DNSSEC_ERRORS.timeout };

const hold = serversClosedAfterEach();
let leaf: Pem;
/** What the probe saw on a STARTTLS SMTP fixture presenting `leaf`. */
let session: EndpointFacts;
/** What it saw where nothing listened: no TLS session. */
let silent: EndpointFacts;

beforeAll(async () => {
  const certs = await createFixtureCertificates();
  leaf = await certs.good([MX1, MX2]);
  const server = await hold(startMailServer({ protocol: 'smtp', pem: leaf, injection: 'clean' }));
  const options = { concurrency: 1, extraCa: [certs.ca.cert], heloName: 'probe.test', retryAfterMs: 50 };
  session = await probeEndpoint(endpointFor('smtp', server.port, { host: MX1 }, 5000), options);
  expect(session.tls?.certificate?.presented.length).toBeGreaterThan(0);
  await server.close();
  // The same port, now closed: refused.
  silent = await probeEndpoint(endpointFor('smtp', server.port, { host: MX1 }, 2000), options);
  expect(silent.reachable).toBe(false);
}, 60_000);

/** The facts as port 25 of `host` at `address`. */
function observed(host: string, facts: EndpointFacts, address = '192.0.2.1'): ObservedEndpoint {
  return { endpoint: endpointFor('smtp', 25, { host, address }), facts: { ...facts, host, address, port: 25 } };
}

function hostFacts(host: string, records: TlsaRecord[], tlsa: DnssecAnswer = SECURE): DaneHostFacts {
  return { host, tlsaName: `_25._tcp.${host}`, tlsa, records };
}

function domainFacts(dane: DaneFacts | null, mtaSts: MtaStsFacts | null = null): DomainFacts {
  const hosts = dane?.hosts.map((h) => h.host) ?? [MX1];
  return {
    domain: DOMAIN,
    mx: { records: hosts.map((host, i) => ({ host, preference: 10 * (i + 1) })), nullMx: false, implicit: false, error: null },
    mxHosts: hosts.map((host) => ({ host, addresses: ['192.0.2.1'], error: null })),
    skipped: [],
    mtaSts,
    tlsRpt: null,
    dane,
    durationMs: 1,
  };
}

/** The `dane:` line init writes for these facts, and the comment above it. */
function daneChoice(facts: DomainFacts, sessions: ObservedEndpoint[]): { value: string; why: string } {
  const text = starterYaml(chooseStarter([facts], [], sessions), { schemaUrl: 'u', names: [DOMAIN] });
  const value = (parse(text) as { domains: { dane: string }[] }).domains[0]!.dane;
  return { value, why: commentAbove(text, new RegExp(`^    dane: ${value}$`)) };
}

describe('dane:', () => {
  const matching = () => tlsaRecord(3, 1, 1, leaf.cert);

  test('the answer came from a resolver nobody named: off, and why', () => {
    const untrusted = { rcode: 'NOERROR', authenticated: true, error: DNSSEC_ERRORS.untrustedResolver };
    const facts = domainFacts({ mx: untrusted, hosts: [hostFacts(MX1, [matching()], untrusted)] });
    expect(daneChoice(facts, [observed(MX1, session)])).toEqual({
      value: 'off',
      why: 'no resolver trusted for DNSSEC: run init again with --resolver naming a validating resolver to see whether the MX hosts publish TLSA records (RFC 7672)',
    });
  });

  test('no name server at all: the same', () => {
    const none = { rcode: null, authenticated: null, error: DNSSEC_ERRORS.noResolver };
    expect(daneChoice(domainFacts({ mx: none, hosts: [] }), []).why).toMatch(/^no resolver trusted for DNSSEC: /);
  });

  test.each([
    ['SERVFAIL', SERVFAIL, 'the resolver answered SERVFAIL'],
    ['a time-out', TIMED_OUT, 'no answer in time'],
  ])('the MX question with DNSSEC got no answer (%s): off, said as no answer', (_, mx, words) => {
    expect(daneChoice(domainFacts({ mx, hosts: [hostFacts(MX1, [matching()])] }), [observed(MX1, session)])).toEqual({
      value: 'off',
      why: `the DNSSEC look-up of the MX records got no answer (${words}): run init again once it answers to see whether DANE applies`,
    });
  });

  test('one host matches, the other\'s TLSA look-up timed out: optional, and the other is said to be unanswered', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [matching()]), hostFacts(MX2, [], TIMED_OUT)] });
    expect(daneChoice(facts, [observed(MX1, session), observed(MX2, session)])).toEqual({
      value: 'optional',
      why: `DNSSEC-authenticated TLSA records match on ${MX1} (DANE-EE 3 1 1); not on ${MX2}: the TLSA look-up got no answer (no answer in time): set required once every MX host has them`,
    });
  });

  test('only PKIX records, which mail servers do not use: off', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [tlsaRecord(1, 1, 1, leaf.cert), tlsaRecord(0, 0, 1, leaf.cert)])] });
    expect(daneChoice(facts, [observed(MX1, session)]).why).toBe(
      `the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: ${MX1}: only TLSA records a mail server does not use (PKIX-EE 1 1 1, PKIX-TA 0 0 1)`,
    );
  });

  /** The comment when no MX host was seen to match, and at least one because nothing answered. */
  const unknownWhy = (reasons: string) =>
    `the MX records are DNSSEC-authenticated, but whether the MX hosts' TLSA records match is not known: ${reasons}: run init again once every MX host answers to see whether DANE can be required`;

  test('records, but no TLS session on 25 to match them against: off, never required, and never said not to match', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [matching()])] });
    expect(daneChoice(facts, [observed(MX1, silent)])).toEqual({
      value: 'off',
      why: unknownWhy(`${MX1}: no TLS session on 25 to match its TLSA records against`),
    });
    expect(daneChoice(facts, []).why).toBe(unknownWhy(`${MX1}: TLSA records published, but no port-25 session to match them against`));
  });

  test('the only MX host\'s TLSA look-up timed out: off, and its records are not said to be missing or not to match', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [], TIMED_OUT)] });
    expect(daneChoice(facts, [observed(MX1, session)])).toEqual({
      value: 'off',
      why: unknownWhy(`${MX1}: the TLSA look-up got no answer (no answer in time)`),
    });
  });

  test('one host answered without records, the other\'s TLSA look-up timed out: still not known', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, []), hostFacts(MX2, [], TIMED_OUT)] });
    expect(daneChoice(facts, [observed(MX1, session), observed(MX2, session)]).why).toBe(
      unknownWhy(`${MX1}: no TLSA records published; ${MX2}: the TLSA look-up got no answer (no answer in time)`),
    );
  });

  test('a match on one address of two is no match for the host: check would fail on the other', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [matching()])] });
    const other = { ...session, tls: { ...session.tls!, certificate: { ...session.tls!.certificate!, presented: session.tls!.certificate!.presented.map((c) => ({ ...c, spkiSha256: wrongHash({ usage: 3, selector: 1, matchingType: 1, data: c.spkiSha256! }).data })) } } };
    expect(daneChoice(facts, [observed(MX1, session, '192.0.2.1'), observed(MX1, other, '192.0.2.2')])).toEqual({
      value: 'off',
      why: `the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: ${MX1}: no TLSA record matches the certificate it presents on 25 on 1 of 2 addresses`,
    });
  });

  test('no TLS session at one address and a certificate no record matches at the other: a known mismatch, not unknown', () => {
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [matching()])] });
    const other = { ...session, tls: { ...session.tls!, certificate: { ...session.tls!.certificate!, presented: session.tls!.certificate!.presented.map((c) => ({ ...c, spkiSha256: wrongHash({ usage: 3, selector: 1, matchingType: 1, data: c.spkiSha256! }).data })) } } };
    expect(daneChoice(facts, [observed(MX1, silent, '192.0.2.1'), observed(MX1, other, '192.0.2.2')])).toEqual({
      value: 'off',
      why: `the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: ${MX1}: no TLSA record matches the certificate it presents on 25 on 1 of 2 addresses`,
    });
  });

  test('an MX host name that is not a host name is never written into the comment', () => {
    const odd = '::error::x';
    const facts = domainFacts({ mx: SECURE, hosts: [hostFacts(MX1, [matching()]), hostFacts(odd, [])] });
    const { value, why } = daneChoice(facts, [observed(MX1, session)]);
    expect(value).toBe('optional');
    expect(why).toContain('not on an MX host: no TLSA records published');
    expect(why).not.toContain('::error::');
  });
});

describe('mta-sts: off for a policy file not fetched because its host did not resolve', () => {
  const record = { records: ['v=STSv1; id=1'], id: '1', problem: null, lookupError: null };
  const why = (code: string) => {
    const facts = domainFacts(null, { record, fetch: unresolvedFetch(DOMAIN, 443, code), policy: null });
    return commentAbove(starterYaml(chooseStarter([facts], []), { schemaUrl: 'u', names: [DOMAIN] }), /^    mta-sts: off$/);
  };

  test.each(['ETIMEOUT', 'ESERVFAIL', 'EREFUSED'])('%s: the look-up got no answer, with its code', (code) => {
    expect(why(code)).toBe(`an MTA-STS record is published, but the address look-up of mta-sts.${DOMAIN} got no answer (${code}), so the policy file was not fetched: run init again once the look-up answers`);
  });

  test('NXDOMAIN: the policy host does not exist; NODATA: it has no address', () => {
    expect(why('ENOTFOUND')).toBe(`an MTA-STS record is published, but its policy host mta-sts.${DOMAIN} does not exist (ENOTFOUND): set testing or enforce once the policy file is served`);
    expect(why('ENODATA')).toBe(`an MTA-STS record is published, but its policy host mta-sts.${DOMAIN} has no address (ENODATA): set testing or enforce once the policy file is served`);
  });
});
