// The MTA-STS words of a domain's line (text output) and row (job summary): a record DNS said is
// not there reads "no record", a policy host DNS said has no address "has no address"; a look-up
// that got no answer says so, never "no record" or "no address".
import type { DomainFacts, MtaStsFacts } from '../../src/facts/domains.js';
import { mtaStsWords } from '../../src/report/domain-lines.js';
import { domainFacts } from './fixtures.js';

function facts(lookupError: string | null): DomainFacts {
  const mtaSts: MtaStsFacts = {
    record: { records: [], id: null, problem: null, lookupError },
    fetch: { url: 'https://mta-sts.example.test/.well-known/mta-sts.txt', address: null, status: null, contentType: null, redirect: null, bytes: 0, tooLarge: false, error: 'skipped', errorKind: 'skipped', lookupCode: null },
    policy: null,
  };
  return domainFacts({ mtaSts });
}

test.each<[string | null, string]>([
  [null, 'no record'],
  ['ENODATA', 'no record'],
  ['ENOTFOUND', 'no record'],
  ['ETIMEOUT', 'record look-up failed (ETIMEOUT)'],
  ['ESERVFAIL', 'record look-up failed (ESERVFAIL)'],
])('TXT look-up %s: %s', (lookupError, words) => {
  expect(mtaStsWords(facts(lookupError))).toBe(`${words}; policy not fetched: skipped`);
});

test.each<[string, string]>([
  ['ESERVFAIL', 'policy host look-up failed (ESERVFAIL)'],
  ['ETIMEOUT', 'policy host look-up failed (ETIMEOUT)'],
  ['ENOTFOUND', 'policy not fetched: mta-sts.example.test has no address: ENOTFOUND'],
  ['ENODATA', 'policy not fetched: mta-sts.example.test has no address: ENODATA'],
])('policy host address look-up %s: %s', (lookupCode, words) => {
  const f = facts(null);
  // The words follow the look-up's code, never the error's prose.
  f.mtaSts!.record = { records: ['v=STSv1; id=1'], id: '1', problem: null, lookupError: null };
  f.mtaSts!.fetch = { ...f.mtaSts!.fetch, error: `mta-sts.example.test has no address: ${lookupCode}`, errorKind: 'unresolved', lookupCode };
  expect(mtaStsWords(f)).toBe(`id 1; ${words}`);
});
