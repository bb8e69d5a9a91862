// What neutralising costs on the worst remote text: a reply of colons (every '::' asks whether it
// sits inside an IPv6 address) must cost a bounded multiple of what ordinary text of the same
// length does. Each colon looks at most one address length either way (a constant factor of some
// tens); rescanning the whole run from every colon, as before, cost thousands of times more.
import { neutralise } from '../../src/report/neutralise.js';
import { cpuTimeRatio } from '../support/cpu-time.js';

test('a 16 KiB run of colons costs a bounded multiple of 16 KiB of letters, and is still broken up', () => {
  const colons = ':'.repeat(16 * 1024);
  const letters = 'a'.repeat(16 * 1024);
  expect(neutralise(colons, 20)).toBe(': : : : : : : : : …');
  expect(neutralise('[2001:db8::1]:25 ::error::x', 100)).toBe('[2001:db8::1]:25 : :error: :x');
  expect(neutralise('0000:0000:0000:0000:0000:ffff:255.255.255.255', 100)).toBe('0000:0000:0000:0000:0000:ffff:255.255.255.255');
  expect(cpuTimeRatio(() => neutralise(colons, 200), () => neutralise(letters, 200))).toBeLessThan(50);
});
