// The one order of every stage: addresses in numeric order, IPv4 first.
import { compareAddress } from '../../src/order.js';

describe('compareAddress', () => {
  test.each([
    ['192.0.2.9', '192.0.2.10', -1],
    ['10.0.0.1', '9.0.0.1', 1],
    ['192.0.2.1', '::1', -1],
    ['2001:db8::2', '2001:db8::10', -1],
    ['2001:db8::ff', '2001:db8:0:0:0:0:1:0', -1],
    ['::ffff:192.0.2.1', '2001:db8::1', -1], // an embedded IPv4 tail is numbers too
    ['fe80::2%eth0', 'fe80::10%eth0', -1], // the zone does not change the order
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareAddress(a, b))).toBe(sign);
  });
});
