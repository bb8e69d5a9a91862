// Host names as every stage compares them.
import { canonicalName, mxPatternMatches, normaliseHost, urlHostName, withoutRootDot } from '../../src/common/host-names.js';
import { cpuTimeRatio } from '../support/cpu-time.js';

describe('names as the plan compares them', () => {
  test('lower case, no trailing dots', () => {
    expect(canonicalName(' MX1.Example.COM.. ')).toBe('mx1.example.com');
    expect(canonicalName('.')).toBe('');
  });
  test('a long run of dots ending in a letter costs about what an ordinary name of that length does', () => {
    const worst = '.'.repeat(64 * 1024) + 'x';
    const ordinary = 'a'.repeat(64 * 1024 + 1);
    expect(canonicalName(worst)).toBe(worst);
    expect(cpuTimeRatio(() => canonicalName(worst), () => canonicalName(ordinary))).toBeLessThan(10);
  });
});

describe('the one spelling of a policy host', () => {
  test.each([
    ['Mail.Example.COM.', 'mail.example.com'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'], // the longer run of zeros is the one compressed
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8:1:1:1:1:0:1', '2001:db8:1:1:1:1:0:1'], // a single zero group stays
    ['::', '::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['192.0.2.1', '192.0.2.1'],
  ])('%s is written %s', (written, normal) => expect(normaliseHost(written)).toBe(normal));
});

describe('the other spellings', () => {
  test('withoutRootDot drops one final dot only, so a name ending in two stays wrong', () => {
    expect(withoutRootDot('Mail.Example.COM.')).toBe('mail.example.com');
    expect(withoutRootDot('mail.example.com..')).toBe('mail.example.com.');
  });
  test('urlHostName takes the brackets off an IPv6 literal', () => {
    expect(urlHostName('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(urlHostName(' Mail.Example.COM. ')).toBe('mail.example.com');
  });
});

describe('mx patterns (RFC 8461 §4.1)', () => {
  test.each([
    ['mx1.example.com', 'mx1.example.com', true],
    ['MX1.Example.com', 'mx1.example.com.', true],
    ['*.example.com', 'mx1.example.com', true],
    ['*.example.com', 'a.b.example.com', false],
    ['*.example.com', 'example.com', false],
    ['mx1.example.com', 'mx2.example.com', false],
  ])('%s matches %s: %s', (pattern, host, matches) => {
    expect(mxPatternMatches(pattern, host)).toBe(matches);
  });
});
