// TLS versions in their one order, as node names them and as the policy writes them.
import { TLS_VERSION_ORDER, asTlsVersionName, tlsVersionOfPolicy, tlsVersionRank } from '../../src/common/tls-versions.js';

test('oldest first, each rank above the one before', () => {
  expect(TLS_VERSION_ORDER).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
  expect(TLS_VERSION_ORDER.map(tlsVersionRank)).toEqual([0, 1, 2, 3]);
});

test.each([
  ['1.0', 'TLSv1'],
  ['1.1', 'TLSv1.1'],
  ['1.2', 'TLSv1.2'],
  ['1.3', 'TLSv1.3'],
] as const)("the policy's %s is node's %s", (policy, node) => {
  expect(tlsVersionOfPolicy(policy)).toBe(node);
});

test('only the four versions are version names; anything else node reports is none', () => {
  expect(TLS_VERSION_ORDER.map(asTlsVersionName)).toEqual(TLS_VERSION_ORDER);
  for (const other of ['unknown', 'SSLv3', 'TLSv1.4', '', null]) expect(asTlsVersionName(other)).toBeNull();
});
