// init without --resolver: no resolver is believed for DNSSEC, so the DANE questions (the MX
// question with DO, the MX hosts' TLSA questions) are asked of no one, and `dane: off` says that
// a resolver is needed. Asked of the system's name server, their answers would count for nothing
// and their silence would be blamed instead. The domains stage's own questions go to a DNS
// responder on loopback; the domain is under .invalid (RFC 6761), a name no resolver answers.
import { parse } from 'yaml';
import { DNSSEC_ERRORS } from '../../src/facts/dane-vocabulary.js';
import { discover } from '../../src/init/discover.js';
import { init } from '../../src/init/init.js';
import { createDomainResolver } from '../../src/resolve/dns.js';
import { startDnsResponder, type DnsResponder } from '../support/dns-responder.js';
import { commentAbove } from './starter-text.js';

const DOMAIN = 'quiet.invalid';
let zone: DnsResponder;

beforeAll(async () => {
  zone = await startDnsResponder({
    [DOMAIN]: { mx: [{ preference: 10, exchange: `mx.${DOMAIN}` }] },
    [`mx.${DOMAIN}`]: { a: ['127.0.0.1'] },
  });
});

afterAll(async () => {
  await zone?.close();
});

const settings = () => ({
  concurrency: 4,
  perHost: 2,
  trust: 'bundled' as const,
  timeoutMs: 1000,
  // The MX host's loopback address is left out: nothing is probed, only DNS is asked.
  allowLoopback: false,
  domainResolver: createDomainResolver({ server: { address: zone.address, port: zone.port }, timeoutMs: 1000 }),
});

test('without --resolver, no DNSSEC question is asked: the DANE facts say there was no resolver', async () => {
  const { domainResolver, ...rest } = settings();
  const seen = await discover({ names: [DOMAIN], ...rest, extraCa: [], domainResolver });
  expect(seen.domains.map((d) => d.dane)).toEqual([{ mx: { rcode: null, authenticated: null, error: DNSSEC_ERRORS.noResolver }, hosts: [] }]);
  // The domains stage did ask its own questions, of the responder, and no TLSA question.
  expect(zone.queries).toContain(`MX ${DOMAIN}`);
  expect(zone.queries.filter((q) => q.startsWith('TLSA '))).toEqual([]);
});

test('without --resolver, dane: off says a resolver is needed', async () => {
  const { domainResolver, ...rest } = settings();
  const outcome = await init({ names: [DOMAIN], dryRun: true, ...rest, inject: { domainResolver } });
  if (outcome.kind !== 'printed') throw new Error(JSON.stringify(outcome));
  expect(parse(outcome.text).domains).toEqual([{ domain: DOMAIN, mx: { require: ['smtp'] }, 'mta-sts': 'off', 'tls-rpt': 'off', dane: 'off' }]);
  expect(commentAbove(outcome.text, /^    dane: off$/)).toBe(
    'no resolver trusted for DNSSEC: run init again with --resolver naming a validating resolver to see whether the MX hosts publish TLSA records (RFC 7672)',
  );
});
