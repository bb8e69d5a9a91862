// TLSA matching (RFC 6698 §2.1, RFC 7671 §5, RFC 7672 §3.1) over chains made in the run and
// records computed from them: DANE-EE against the leaf only, DANE-TA against what is above it
// with every link below issued and signed, unusable records ignored.
import { X509Certificate } from 'node:crypto';
import type { PresentedCertificate } from '../../src/facts/endpoint.js';
import { describeCertificate } from '../../src/probe/certificate.js';
import { isUsable, matchChain, recordNames } from '../../src/rules/dane-match.js';
import { type Authority, type ChainKit, makeChainKit } from '../probe/chains.js';
import type { Pem } from '../../src/demo/certificates.js';
import { tlsaRecord, wrongHash } from '../support/tlsa.js';

const MX = 'mx1.example.test';
let kit: ChainKit;
let intermediate: Authority;
let leaf: Pem;
let otherLeaf: Pem;
/** leaf → intermediate → root, as the probe records a chain the server sent with its root. */
let presented: PresentedCertificate[];

beforeAll(async () => {
  kit = await makeChainKit();
  intermediate = await kit.ca('dane intermediate', kit.root);
  leaf = await kit.leaf([MX], intermediate);
  // A leaf with another key (the kit's small one): what a record for the wrong key names.
  otherLeaf = await kit.leaf([MX], intermediate, { keyBits: 1024 });
  presented = chainFacts([leaf.cert, intermediate.cert, kit.root.cert]);
}, 60_000);

/** The chain's facts as the probe records them; `roots`: what the probe trusts (ca-file). */
function chainFacts(pems: string[], roots: string[] = []): PresentedCertificate[] {
  const [first, ...rest] = pems.map((pem) => new X509Certificate(pem));
  return describeCertificate(first!, rest, { host: MX, now: new Date(), extraCa: roots, trust: 'bundled' }, { authorized: true, authorizationError: null }).presented;
}

describe('one record against one certificate', () => {
  test.each([
    [3, 1, 1],
    [3, 1, 2],
    [3, 1, 0],
    [3, 0, 1],
    [3, 0, 2],
    [3, 0, 0],
  ])('%i %i %i names the leaf it was computed from, and no other', (usage, selector, matchingType) => {
    const record = tlsaRecord(usage, selector, matchingType, leaf.cert);
    expect(recordNames(record, presented[0]!)).toBe(true);
    expect(recordNames(record, presented[1]!)).toBe(false);
    expect(recordNames(wrongHash(record), presented[0]!)).toBe(false);
  });

  test('a selector other than the one the data was computed for does not match', () => {
    const spki = tlsaRecord(3, 1, 1, leaf.cert);
    expect(recordNames({ ...spki, selector: 0 }, presented[0]!)).toBe(false);
    const cert = tlsaRecord(3, 0, 1, leaf.cert);
    expect(recordNames({ ...cert, selector: 1 }, presented[0]!)).toBe(false);
  });

  test('data of the wrong length for its matching type, or not hex, matches nothing', () => {
    const record = tlsaRecord(3, 1, 1, leaf.cert);
    expect(recordNames({ ...record, matchingType: 2 }, presented[0]!)).toBe(false);
    expect(recordNames({ ...record, data: `${record.data}00` }, presented[0]!)).toBe(false);
    expect(recordNames({ ...record, data: record.data.slice(1) }, presented[0]!)).toBe(false);
    expect(recordNames({ ...record, data: `${record.data.slice(0, -2)}zz` }, presented[0]!)).toBe(false);
    expect(recordNames({ ...record, data: '' }, presented[0]!)).toBe(false);
  });

  test('hex in capitals still names the certificate', () => {
    const record = tlsaRecord(3, 1, 1, leaf.cert);
    expect(recordNames({ ...record, data: record.data.toUpperCase() }, presented[0]!)).toBe(true);
  });

  test('only DANE-TA and DANE-EE with known selectors and matching types are usable', () => {
    const base = tlsaRecord(3, 1, 1, leaf.cert);
    expect(isUsable(base)).toBe(true);
    expect(isUsable({ ...base, usage: 2 })).toBe(true);
    for (const unusable of [{ usage: 0 }, { usage: 1 }, { usage: 4 }, { usage: 255 }, { selector: 2 }, { matchingType: 3 }, { matchingType: 255 }]) {
      expect(isUsable({ ...base, ...unusable })).toBe(false);
    }
  });
});

describe('records against the presented chain', () => {
  test('3 1 1 of the leaf: DANE-EE', () => {
    const record = tlsaRecord(3, 1, 1, leaf.cert);
    expect(matchChain([record], presented)).toEqual({ kind: 'dane-ee', record });
  });

  test('3 0 1 of the leaf: DANE-EE', () => {
    const record = tlsaRecord(3, 0, 1, leaf.cert);
    expect(matchChain([record], presented)).toEqual({ kind: 'dane-ee', record });
  });

  test('2 1 1 of the intermediate: DANE-TA at depth 1; of the root: depth 2', () => {
    const issuer = tlsaRecord(2, 1, 1, intermediate.cert);
    expect(matchChain([issuer], presented)).toEqual({ kind: 'dane-ta', record: issuer, depth: 1 });
    const root = tlsaRecord(2, 0, 2, kit.root.cert);
    expect(matchChain([root], presented)).toEqual({ kind: 'dane-ta', record: root, depth: 2 });
  });

  test('DANE-EE names the leaf only: 3 1 1 of the intermediate matches nothing', () => {
    expect(matchChain([tlsaRecord(3, 1, 1, intermediate.cert)], presented)).toEqual({ kind: 'none', brokenTa: null });
  });

  test('DANE-TA names what is above the leaf: 2 1 1 of the leaf itself matches nothing', () => {
    expect(matchChain([tlsaRecord(2, 1, 1, leaf.cert)], presented)).toEqual({ kind: 'none', brokenTa: null });
  });

  test('a record for another key, or a wrong hash, matches nothing', () => {
    expect(matchChain([tlsaRecord(3, 1, 1, otherLeaf.cert)], presented).kind).toBe('none');
    expect(matchChain([wrongHash(tlsaRecord(3, 1, 1, leaf.cert))], presented).kind).toBe('none');
    expect(matchChain([wrongHash(tlsaRecord(2, 1, 1, intermediate.cert))], presented).kind).toBe('none');
  });

  test('0 0 1 only: a PKIX-TA record of the very root is unusable and matches nothing', () => {
    expect(matchChain([tlsaRecord(0, 0, 1, kit.root.cert), tlsaRecord(1, 1, 1, leaf.cert)], presented)).toEqual({ kind: 'none', brokenTa: null });
  });

  test('unknown parameters are ignored, whatever their data names', () => {
    const record = tlsaRecord(3, 1, 1, leaf.cert);
    expect(matchChain([{ ...record, usage: 4 }, { ...record, matchingType: 3 }], presented).kind).toBe('none');
  });

  test('mixed: one record matching among stale, unusable and wrong ones is enough', () => {
    const good = tlsaRecord(3, 1, 1, leaf.cert);
    const records = [tlsaRecord(0, 0, 1, kit.root.cert), wrongHash(good), tlsaRecord(3, 1, 1, otherLeaf.cert), good];
    expect(matchChain(records, presented)).toEqual({ kind: 'dane-ee', record: good });
  });

  test('the next key published beside the current one (a key roll): either key matches', () => {
    const current = tlsaRecord(3, 1, 1, leaf.cert);
    const next = tlsaRecord(3, 1, 1, otherLeaf.cert);
    expect(matchChain([current, next], presented)).toEqual({ kind: 'dane-ee', record: current });
    expect(matchChain([current, next], chainFacts([otherLeaf.cert, intermediate.cert]))).toEqual({ kind: 'dane-ee', record: next });
  });

  test('DANE-EE wins over DANE-TA when both match', () => {
    const ee = tlsaRecord(3, 1, 1, leaf.cert);
    expect(matchChain([tlsaRecord(2, 1, 1, intermediate.cert), ee], presented)).toEqual({ kind: 'dane-ee', record: ee });
  });

  test('a DANE-TA record holds only when every link below the TA is issued and signed by the next', () => {
    const ta = tlsaRecord(2, 1, 1, kit.root.cert);
    const broken = presented.map((c, i) => (i === 1 ? { ...c, issuedByNext: false } : c));
    expect(matchChain([ta], broken)).toEqual({ kind: 'none', brokenTa: { record: ta, depth: 2 } });
    // The intermediate's own TA record still holds: the link above it is not needed.
    const issuer = tlsaRecord(2, 1, 1, intermediate.cert);
    expect(matchChain([ta, issuer], broken)).toEqual({ kind: 'dane-ta', record: issuer, depth: 1 });
  });

  test('a chain the server sent unlinked (an unrelated certificate after the leaf) is not trusted up to it', async () => {
    const stranger = await kit.selfSignedRoot('stranger root');
    const facts = chainFacts([leaf.cert, stranger.cert]);
    expect(facts[0]!.issuedByNext).toBe(false);
    expect(matchChain([tlsaRecord(2, 0, 1, stranger.cert)], facts).kind).toBe('none');
  });

  test('a DANE-TA record naming the last certificate, a root the probe trusts, is neither a match nor a mismatch', () => {
    // Node adds a trusted root after a chain that does not end self-signed: whether the server
    // sent it, as DANE senders need, cannot be told.
    const trusted = chainFacts([leaf.cert, intermediate.cert, kit.root.cert], [kit.root.cert]);
    expect(trusted.map((c) => c.trustedRoot)).toEqual([false, false, true]);
    const root = tlsaRecord(2, 0, 1, kit.root.cert);
    expect(matchChain([root], trusted)).toEqual({ kind: 'ta-unverified', record: root, depth: 2 });
    // A TA lower in the chain was sent for certain, and holds.
    const issuer = tlsaRecord(2, 1, 1, intermediate.cert);
    expect(matchChain([root, issuer], trusted)).toEqual({ kind: 'dane-ta', record: issuer, depth: 1 });
    // A root the probe does not trust can only have come from the server.
    expect(matchChain([root], presented)).toEqual({ kind: 'dane-ta', record: root, depth: 2 });
  });

  test('no chain, no match', () => {
    expect(matchChain([tlsaRecord(3, 1, 1, leaf.cert)], [])).toEqual({ kind: 'none', brokenTa: null });
  });
});
