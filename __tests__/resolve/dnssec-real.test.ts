// The DNSSEC-aware look-ups against real DNSSEC: Knot DNS serving a signed zone, an unsigned one
// and one whose signatures have expired, and unbound validating with the signed zones' keys as
// trust anchors (__tests__/support/dnssec-zone.ts). The TLSA records are computed from
// certificates made in this run. What the facts must say: the signed zone's answers are
// authenticated, the unsigned zone's are not (its records are still read), and the expired
// zone's answer is SERVFAIL: a fact, never a throw.
import { createFixtureCertificates, type FixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { createDaneResolver, queryWithDnssec } from '../../src/resolve/dnssec-query.js';
import { describeWithDnssec, startDnssecWorld, tlsaData, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';

describeWithDnssec()('DNSSEC facts from a validating resolver on loopback', () => {
  let world: DnssecWorld;
  let certs: FixtureCertificates;
  let leaf: Pem;
  let other: Pem;

  beforeAll(async () => {
    certs = await createFixtureCertificates();
    leaf = await certs.good(['mx1.signed.test']);
    other = await certs.good(['elsewhere.test']);
    const mxRecords = (zone: string) => [`@ MX 10 mx1.${zone}.`, `@ MX 20 mx2.${zone}.`, 'mx1 A 127.0.0.1', 'mx2 A 127.0.0.1'];
    world = await startDnssecWorld([
      {
        name: 'signed.test',
        signing: 'signed',
        records: [
          ...mxRecords('signed.test'),
          tlsaLine('mx1', 3, 1, 1, leaf.cert),
          tlsaLine('mx1', 2, 1, 1, certs.ca.cert),
          tlsaLine('mx1', 3, 0, 1, leaf.cert),
          tlsaLine('mx2', 3, 1, 1, other.cert), // a hash of another key: the wrong hash
          tlsaLine('pkix', 0, 0, 1, certs.ca.cert), // usage 0 only
          'pkix A 127.0.0.1',
        ],
      },
      { name: 'unsigned.test', signing: 'unsigned', records: [...mxRecords('unsigned.test'), tlsaLine('mx1', 3, 1, 1, leaf.cert)] },
      { name: 'expired.test', signing: 'expired', records: [...mxRecords('expired.test'), tlsaLine('mx1', 3, 1, 1, leaf.cert)] },
    ]);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  const dane = () => createDaneResolver({ server: world.resolver, timeoutMs: 5000 });

  test('the signed zone: MX and TLSA answers authenticated, the records as published', async () => {
    expect(await dane().mx('signed.test')).toEqual({ rcode: 'NOERROR', authenticated: true, error: null });
    const found = await dane().tlsa('_25._tcp.mx1.signed.test');
    expect(found.tlsa).toEqual({ rcode: 'NOERROR', authenticated: true, error: null });
    expect(found.records).toEqual(
      expect.arrayContaining([
        { usage: 3, selector: 1, matchingType: 1, data: tlsaData(leaf.cert, 1, 1) },
        { usage: 2, selector: 1, matchingType: 1, data: tlsaData(certs.ca.cert, 1, 1) },
        { usage: 3, selector: 0, matchingType: 1, data: tlsaData(leaf.cert, 0, 1) },
      ]),
    );
    expect(found.records).toHaveLength(3);
  });

  test('the signed zone: a wrong hash and a usage-0-only set are served as they are', async () => {
    expect((await dane().tlsa('_25._tcp.mx2.signed.test')).records).toEqual([{ usage: 3, selector: 1, matchingType: 1, data: tlsaData(other.cert, 1, 1) }]);
    expect((await dane().tlsa('_25._tcp.pkix.signed.test')).records).toEqual([{ usage: 0, selector: 0, matchingType: 1, data: tlsaData(certs.ca.cert, 0, 1) }]);
  });

  test('the signed zone: no TLSA record is proven too (NSEC), as an authenticated NXDOMAIN or NODATA', async () => {
    expect(await dane().tlsa('_25._tcp.ns.signed.test')).toEqual({ tlsa: { rcode: 'NXDOMAIN', authenticated: true, error: null }, records: [] });
    // A name that exists with other records: NOERROR and no TLSA.
    expect(await dane().tlsa('mx1.signed.test')).toEqual({ tlsa: { rcode: 'NOERROR', authenticated: true, error: null }, records: [] });
  });

  test('the unsigned zone: answers not authenticated, records still read', async () => {
    expect(await dane().mx('unsigned.test')).toEqual({ rcode: 'NOERROR', authenticated: false, error: null });
    expect(await dane().tlsa('_25._tcp.mx1.unsigned.test')).toEqual({
      tlsa: { rcode: 'NOERROR', authenticated: false, error: null },
      records: [{ usage: 3, selector: 1, matchingType: 1, data: tlsaData(leaf.cert, 1, 1) }],
    });
  });

  test('the zone with expired signatures: SERVFAIL, no records, no error', async () => {
    expect(await dane().mx('expired.test')).toEqual({ rcode: 'SERVFAIL', authenticated: false, error: null });
    expect(await dane().tlsa('_25._tcp.mx1.expired.test')).toEqual({ tlsa: { rcode: 'SERVFAIL', authenticated: false, error: null }, records: [] });
  });

  test('the authoritative server signs what the resolver validates: RRSIGs come with a DO query', async () => {
    const direct = await queryWithDnssec('_25._tcp.mx1.signed.test', 'TLSA', { server: world.authoritative, timeoutMs: 5000, trusted: true });
    expect(direct.records.map((r) => r.type).sort()).toEqual(['RRSIG', 'TLSA', 'TLSA', 'TLSA']);
    // An authoritative server sets no AD bit: only the validating resolver does.
    expect(direct.answer.authenticated).toBe(false);
    expect(world.trustAnchors).toHaveLength(2);
  });

  test('the same resolver, not named by the policy: nothing is authenticated', async () => {
    const { answer } = await queryWithDnssec('signed.test', 'MX', { server: world.resolver, timeoutMs: 5000, trusted: false });
    expect(answer).toEqual({ rcode: 'NOERROR', authenticated: false, error: 'untrusted-resolver' });
  });

  test('a name outside the fixture zones is refused, never looked up elsewhere', async () => {
    expect((await dane().mx('example.com')).rcode).toBe('REFUSED');
  });
});
