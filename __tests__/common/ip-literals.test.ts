// IP literals: the one parser and formatter, as groups and as octets.
import { isIP } from 'node:net';
import fc from 'fast-check';
import { formatIpOctets, formatIpv6, ipOctets, parseIpv6, restrictedRange } from '../../src/common/ip-literals.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';

seedPropertiesForRepeatableRuns();

describe('IP literals', () => {
  test.each(['1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::1', ':1::', '::ffff:300.1.1.1', 'g::1'])(
    '%s is not IPv6',
    (text) => expect(parseIpv6(text)).toBeUndefined(),
  );

  test('formatIpv6 writes all zeros as ::', () => expect(formatIpv6([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::'));

  const hex = (text: string) => Buffer.from(ipOctets(text)!).toString('hex');

  test('ipOctets reads v4, v6, embedded v4 and brackets', () => {
    expect(Array.from(ipOctets('127.0.0.1')!)).toEqual([127, 0, 0, 1]);
    expect(hex('::1')).toBe('0'.repeat(31) + '1');
    expect(hex('[fe80::a:b]')).toBe('fe80' + '0'.repeat(20) + '000a000b');
    expect(hex('::ffff:192.0.2.1')).toBe('0'.repeat(20) + 'ffff' + 'c0000201');
    expect(hex('1:2:3:4:5:6:7:8')).toBe('00010002000300040005000600070008');
  });

  test('ipOctets refuses names, zone indexes and malformed literals', () => {
    for (const text of ['mail.example.com', 'fe80::1%eth0', '256.1.1.1', '1.2.3', '1::2::3', '[127.0.0.1', '']) {
      expect(ipOctets(text)).toBeNull();
    }
  });

  test('formatIpOctets writes RFC 5952 text', () => {
    expect(formatIpOctets(ipOctets('2001:0DB8:0000:0000:0000:0000:0000:0001')!)).toBe('2001:db8::1');
    expect(formatIpOctets(ipOctets('2001:db8:0:1:0:0:0:1')!)).toBe('2001:db8:0:1::1');
    expect(formatIpOctets(ipOctets('2001:db8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(formatIpOctets(ipOctets('2001:db8:1:1:1:1:0:1')!)).toBe('2001:db8:1:1:1:1:0:1');
    expect(formatIpOctets(ipOctets('0:0:0:0:0:0:0:0')!)).toBe('::');
    expect(formatIpOctets(ipOctets('10.0.0.1')!)).toBe('10.0.0.1');
  });

  test('formatIpOctets and ipOctets round-trip every IPv6 address', () => {
    // Zero-heavy groups exercise the :: compression paths.
    const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), (groups) => {
        const bytes = new Uint8Array(16);
        groups.forEach((g, i) => {
          bytes[2 * i] = g >> 8;
          bytes[2 * i + 1] = g & 0xff;
        });
        const text = formatIpOctets(bytes);
        expect(isIP(text)).toBe(6);
        expect(Array.from(ipOctets(text)!)).toEqual(Array.from(bytes));
      }),
    );
  });
});

// The ranges a DNS-supplied address may not lie in without allow-loopback.
describe('restricted address ranges', () => {
  test.each<[string, string | null]>([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['::ffff:224.0.0.251', 'multicast'],
    ['not an address', 'unspecified'],
    // Private and public ranges stay allowed: internal mail on self-hosted runners is a real use.
    ['10.0.0.1', null],
    ['172.16.0.1', null],
    ['192.168.1.1', null],
    ['fd00::1', null],
    ['192.0.2.1', null],
    ['2001:db8::1', null],
    ['::ffff:192.0.2.1', null],
    ['fec0::1', null],
    ['128.0.0.1', null],
    ['240.0.0.1', null],
  ])('%s: %s', (address, range) => {
    expect(restrictedRange(address)).toBe(range);
  });
});
