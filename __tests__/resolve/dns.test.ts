// The resolver setting's address, over text alone (the look-ups themselves are tested against a
// DNS server on loopback, in probe/observe-domains.test.ts).
import { parseResolverAddress } from '../../src/resolve/dns.js';

describe('the resolver setting: an IP address and an optional port', () => {
  test.each([
    ['192.0.2.53', { address: '192.0.2.53', port: 53 }],
    ['127.0.0.1:5353', { address: '127.0.0.1', port: 5353 }],
    ['::1', { address: '::1', port: 53 }],
    ['[::1]:5353', { address: '::1', port: 5353 }],
    ['[2001:db8::53]', { address: '2001:db8::53', port: 53 }],
  ])('%s', (text, parsed) => {
    expect(parseResolverAddress(text)).toEqual(parsed);
  });
  test.each(['ns1.example.com', '127.0.0.1:0', '127.0.0.1:70000', '[127.0.0.1]:53', '1.2.3:53', ''])('%j is refused', (text) => {
    expect(parseResolverAddress(text)).toHaveProperty('error');
  });
});
