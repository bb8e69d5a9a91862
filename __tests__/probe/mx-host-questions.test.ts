// The domains stage's questions about MX hosts, against a DNS responder on loopback that answers
// as a validating resolver would (AD set): the TLSA questions go out as soon as the MX answer is
// in, beside the address questions rather than after them, and the DANE facts name the same MX
// hosts as the questions made one after the other did: the hosts the plan probes, or every MX
// host DNS named when the policy asks no services of them. Every address in the zones is a
// loopback one, and the stage contacts nothing but the responder (MTA-STS is off).
import type { DomainFacts } from '../../src/facts/domains.js';
import type { DomainPolicy } from '../../src/policy/types.js';
import { observeDomains } from '../../src/probe/observe-domains.js';
import { createDomainResolver } from '../../src/resolve/dns.js';
import { createDaneResolver } from '../../src/resolve/dnssec-query.js';
import { startDnsResponder, type DnsResponder, type Zone } from '../support/dns-responder.js';

const location = { file: 'p.yml', line: 2, column: 5 };
const smtp = { mx: { require: [{ service: 'smtp' as const, port: 25, location: { file: 'p.yml', line: 3, column: 5 } }] } };

async function observe(dns: DnsResponder, policy: Partial<DomainPolicy> & { domain: string }, options: { allowLoopback: boolean; policyHosts?: string[] }): Promise<DomainFacts> {
  const server = { address: dns.address, port: dns.port };
  const [facts] = await observeDomains([{ ...smtp, mtaSts: 'off', tlsRpt: 'off', dane: 'required', location, ...policy }], {
    resolver: createDomainResolver({ server, timeoutMs: 5000 }),
    dane: createDaneResolver({ server, timeoutMs: 5000 }),
    extraCa: [],
    timeoutMs: 5000,
    allowLoopback: options.allowLoopback,
    policyHosts: new Set(options.policyHosts ?? []),
  });
  return facts!;
}

const tlsaRecord = { usage: 3, selector: 1, matchingType: 1, data: Buffer.alloc(32, 0xab) };
const authenticated = { rcode: 'NOERROR', authenticated: true, error: null };

describe('a slow resolver: the TLSA questions overlap the address questions', () => {
  /** How long the responder holds each A, AAAA and TLSA answer. */
  const DELAY_MS = 400;
  let dns: DnsResponder;

  beforeAll(async () => {
    const zone: Zone = {
      'slow.test': {
        mx: [
          { preference: 10, exchange: 'mx1.slow.test' },
          { preference: 20, exchange: 'mx2.slow.test' },
        ],
      },
      'mx1.slow.test': { a: ['127.0.0.1'] },
      'mx2.slow.test': { a: ['127.0.0.2'] },
      '_25._tcp.mx1.slow.test': { tlsa: [tlsaRecord] },
    };
    dns = await startDnsResponder(zone, { authenticated: true, delayMs: { A: DELAY_MS, AAAA: DELAY_MS, TLSA: DELAY_MS } });
  });

  afterAll(async () => {
    await dns?.close();
  });

  test('every TLSA question is asked before any address is answered', async () => {
    const facts = await observe(dns, { domain: 'slow.test' }, { allowLoopback: true });
    // The facts are whole: nothing was cut short by the overlap.
    expect(facts.mxHosts).toEqual([
      { host: 'mx1.slow.test', addresses: ['127.0.0.1'], error: null },
      { host: 'mx2.slow.test', addresses: ['127.0.0.2'], error: null },
    ]);
    expect(facts.dane).toEqual({
      mx: authenticated,
      hosts: [
        { host: 'mx1.slow.test', tlsaName: '_25._tcp.mx1.slow.test', tlsa: authenticated, records: [{ usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) }] },
        { host: 'mx2.slow.test', tlsaName: '_25._tcp.mx2.slow.test', tlsa: { rcode: 'NXDOMAIN', authenticated: true, error: null }, records: [] },
      ],
    });
    // The order the responder saw: both TLSA questions came while the address answers were held.
    const firstAddressAnswer = dns.log.findIndex((e) => /^answered (A|AAAA) /.test(e));
    const tlsaAsked = ['asked TLSA _25._tcp.mx1.slow.test', 'asked TLSA _25._tcp.mx2.slow.test'].map((e) => dns.log.indexOf(e));
    expect(firstAddressAnswer).toBeGreaterThan(-1);
    // Asked one after the other, a TLSA question would come only after the address answers: the
    // order the responder saw decides, not the stage's duration, which a busy machine stretches.
    expect(tlsaAsked.every((i) => i > -1 && i < firstAddressAnswer)).toBe(true);
  });
});

describe('the DANE facts name the same MX hosts as before', () => {
  let dns: DnsResponder;

  beforeAll(async () => {
    const zone: Zone = {
      'keep.test': {
        mx: [
          { preference: 10, exchange: 'listed.keep.test' },
          { preference: 20, exchange: 'loop.keep.test' },
          { preference: 30, exchange: 'alias.keep.test' },
          { preference: 40, exchange: 'gone.keep.test' },
        ],
      },
      // The policy's own host: its loopback address is the policy's choice, so it is probed.
      'listed.keep.test': { a: ['127.0.0.1'] },
      // Only a loopback address, without allow-loopback: left out of the plan.
      'loop.keep.test': { a: ['127.0.0.1'] },
      // A CNAME to a name that is no host name: left out of the plan.
      'alias.keep.test': { cname: '::error::alias.keep.test' },
      '::error::alias.keep.test': { a: ['127.0.0.1'] },
      // gone.keep.test does not exist: planned with its look-up's error, so its TLSA is asked.
      '_25._tcp.listed.keep.test': { tlsa: [tlsaRecord] },
      '_25._tcp.loop.keep.test': { tlsa: [tlsaRecord] },
      '_25._tcp.alias.keep.test': { tlsa: [tlsaRecord] },
    };
    dns = await startDnsResponder(zone, { authenticated: true });
  });

  afterAll(async () => {
    await dns?.close();
  });

  test('services asked of the MX hosts: the TLSA facts of the hosts the plan probes, in MX order; the hosts left out have none', async () => {
    const facts = await observe(dns, { domain: 'keep.test' }, { allowLoopback: false, policyHosts: ['listed.keep.test'] });
    expect(facts.mxHosts).toEqual([
      { host: 'listed.keep.test', addresses: ['127.0.0.1'], error: null },
      { host: 'gone.keep.test', addresses: [], error: 'ENOTFOUND' },
    ]);
    expect(facts.skipped.map((s) => [s.host, s.reason])).toEqual([
      ['loop.keep.test', 'restricted-address'],
      ['alias.keep.test', 'not-a-host-name'],
    ]);
    expect(facts.dane!.hosts.map((h) => [h.host, h.tlsa.rcode, h.records.length])).toEqual([
      ['listed.keep.test', 'NOERROR', 1],
      ['gone.keep.test', 'NXDOMAIN', 0],
    ]);
  });

  test('no services asked of the MX hosts: every MX host DNS named has its TLSA facts, in MX order', async () => {
    const facts = await observe(dns, { domain: 'keep.test', mx: null }, { allowLoopback: false, policyHosts: ['listed.keep.test'] });
    expect(facts.mxHosts).toBeNull();
    expect(facts.dane!.hosts.map((h) => [h.host, h.tlsa.rcode, h.records.length])).toEqual([
      ['listed.keep.test', 'NOERROR', 1],
      ['loop.keep.test', 'NOERROR', 1],
      ['alias.keep.test', 'NOERROR', 1],
      ['gone.keep.test', 'NXDOMAIN', 0],
    ]);
  });
});
