// The DANE words of a domain's line (text output) and row (job summary): the MX answer's DNSSEC
// status, then each MX host's TLSA records by count with their own; absent when the policy does
// not ask about DANE, so a line without DANE reads as before.
import type { DaneFacts } from '../../src/facts/dane.js';
import { daneWords, domainLine } from '../../src/report/domain-lines.js';
import { domainFacts } from './fixtures.js';

const validated = { rcode: 'NOERROR', authenticated: true, error: null };
const record = { usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) };

const facts = (dane: DaneFacts | null) => domainFacts({ dane });

const host = (name: string, tlsa: DaneFacts['mx'], records = [record]) => ({ host: name, tlsaName: `_25._tcp.${name}`, tlsa, records });

test.each<[string, DaneFacts, string]>([
  ['validated, two hosts', { mx: validated, hosts: [host('mx1.example.test', validated, [record, record]), host('mx2.example.test', { rcode: 'NXDOMAIN', authenticated: true, error: null }, [])] }, 'MX DNSSEC-validated; mx1.example.test 2 TLSA (DNSSEC-validated), mx2.example.test no TLSA (DNSSEC-validated)'],
  ['unsigned', { mx: { rcode: 'NOERROR', authenticated: false, error: null }, hosts: [host('mx1.example.test', { rcode: 'NOERROR', authenticated: false, error: null })] }, 'MX not DNSSEC-validated; mx1.example.test 1 TLSA (not DNSSEC-validated)'],
  ['expired signatures', { mx: { rcode: 'SERVFAIL', authenticated: false, error: null }, hosts: [] }, 'MX SERVFAIL'],
  ['a TLSA look-up that failed', { mx: validated, hosts: [host('mx1.example.test', { rcode: 'SERVFAIL', authenticated: false, error: null }, [])] }, 'MX DNSSEC-validated; mx1.example.test TLSA (SERVFAIL)'],
  ['no answer', { mx: { rcode: null, authenticated: null, error: 'timeout' }, hosts: [host('mx1.example.test', { rcode: null, authenticated: null, error: 'too-large' }, [])] }, 'MX no answer in time; mx1.example.test TLSA (the answer was larger than 16 KiB)'],
  ['an untrusted resolver that answered NXDOMAIN: no TLSA, its DNSSEC status not trusted', { mx: validated, hosts: [host('mx1.example.test', { rcode: 'NXDOMAIN', authenticated: false, error: 'untrusted-resolver' }, [])] }, "MX DNSSEC-validated; mx1.example.test no TLSA (the answer came from the system's name server, not a resolver the policy or the input names, so its DNSSEC status (AD bit) is not trusted)"],
  ['an untrusted resolver', { mx: { rcode: 'NOERROR', authenticated: false, error: 'untrusted-resolver' }, hosts: [] }, "MX the answer came from the system's name server, not a resolver the policy or the input names, so its DNSSEC status (AD bit) is not trusted"],
])('%s', (_, dane, words) => {
  expect(daneWords(facts(dane))).toBe(words);
  expect(domainLine(facts(dane))).toMatch(new RegExp(` · DANE: ${words.replace(/[()]/g, '\\$&')}$`));
});

test('no DANE asked: the line says nothing of it', () => {
  expect(domainLine(facts(null))).toBe('MX: mx1.example.test (10) · MTA-STS: not checked · TLS-RPT: not checked');
  expect(daneWords(facts(null))).toBe('not checked');
});
