// The loader's small parts, on their own.
import { calendarDateProblem } from '../../src/policy/dates.js';
import { parseDuration } from '../../src/policy/duration.js';
import { hostLiteralProblem } from '../../src/policy/host-mistakes.js';
import { roughNestingOverflow } from '../../src/policy/nesting-scan.js';
import { closestMatch, editDistance } from '../../src/policy/suggest.js';
import { firstInvalidUtf8 } from '../../src/policy/decode-text.js';

describe('parseDuration', () => {
  test.each([
    ['100ms', 100],
    ['500ms', 500],
    ['10s', 10_000],
    ['2m', 120_000],
    ['10m', 600_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each([
    ['10', 'whole number followed by ms, s or m'],
    ['1.5s', 'whole number'],
    ['10 s', 'whole number'],
    ['-1s', 'whole number'],
    ['10h', 'whole number'],
    ['99ms', 'shortest allowed is 100ms'],
    ['0s', 'shortest allowed is 100ms'],
    ['601s', 'longest allowed is 10m'],
    ['99999999999999999999999m', 'longest allowed is 10m'],
  ])('%s is refused', (text, reason) => {
    const result = parseDuration(text);
    expect(typeof result).toBe('object');
    expect((result as { error: string }).error).toContain(reason);
  });
});

describe('host names and addresses as a policy writes them', () => {
  test.each([
    ['256.1.1.1', 'host', 'not a valid IPv4 address'],
    ['01.2.3.4', 'host', 'not a valid IPv4 address'],
    ['1.2.3', 'host', 'not a valid IPv4 address'],
    ['mail.example.123', 'host', 'last label is all digits'],
    ['192.0.2.1', 'domain', 'not an IP address'],
    ['2001:db8::1', 'domain', 'not an IP address'],
  ] as const)('%s as a %s: %s', (value, kind, problem) => expect(hostLiteralProblem(value, kind)).toContain(problem));

  test.each(['mail.example.com', '10.0.0.1', '2001:db8::25', 'localhost', 'xn--caf-dma.example'])('%s is fine', (value) =>
    expect(hostLiteralProblem(value, 'host')).toBeUndefined(),
  );
});

describe('calendar dates', () => {
  test.each(['2027-01-31', '2028-02-29', '2000-02-29', '2027-12-31'])('%s is a day', (date) =>
    expect(calendarDateProblem(date)).toBeUndefined(),
  );
  test.each([
    ['2027-02-29', 'February 2027 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2027-04-31', 'April 2027 has 30 days'],
    ['2027-01-00', 'January 2027 has 31 days'],
    ['2027-00-10', 'no month 00'],
    ['2027-13-01', 'no month 13'],
  ])('%s is not: %s', (date, why) => expect(calendarDateProblem(date)).toContain(why));
});

describe('suggestions', () => {
  test('count a swap of neighbours as one edit', () => {
    expect(editDistance('forbid', 'frobid')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  test.each([
    ['forbd', ['host', 'require', 'forbid'], 'forbid'],
    ['imapz', ['imap', 'imaps'], 'imaps'],
    ['Host', ['host', 'hosts'], 'host'],
    ['min_days_left', ['verify', 'min-days-left'], 'min-days-left'],
    ['warn', ['error', 'warning'], 'warning'],
  ])('%s → %s', (word, candidates, expected) => expect(closestMatch(word, candidates)).toBe(expected));
  test('nothing far off is suggested', () => {
    expect(closestMatch('banana', ['host', 'require', 'forbid'])).toBeUndefined();
  });
});

describe('UTF-8 scanning', () => {
  test.each([
    [[0x61, 0x80], 1], // lone continuation byte
    [[0xc1, 0xbf], 0], // overlong two-byte form
    [[0xe0, 0x80, 0x80], 0], // overlong three-byte form
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0xf5, 0x80, 0x80, 0x80], 0],
    [[0x61, 0xe2, 0x82], 1], // cut short
    [[0xe2, 0x28, 0xa1], 0], // second byte not a continuation
  ])('%j fails at %d', (bytes, offset) => expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset));

  test('valid text of every length passes', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀\u{10ffff}'))).toBeUndefined();
  });
});

describe('the rough nesting scan', () => {
  test('does not count brackets inside quotes, comments or block scalars', () => {
    const brackets = '['.repeat(200);
    const text = [
      `a: "${brackets}"`,
      `b: '${brackets}'`,
      `c: x # ${brackets}`,
      'd: |',
      `  ${brackets}`,
      `e: don't ${'{'.repeat(3)}`,
    ].join('\n');
    expect(roughNestingOverflow(text, 128)).toBeUndefined();
  });

  test('finds plain deep nesting at the bracket that crosses the limit', () => {
    expect(roughNestingOverflow(`a: ${'['.repeat(200)}`, 128)).toBe(3 + 127);
  });
});

describe('boundaries', () => {
  test('the policy code imports no other stage (only the shared helpers of common/), no network and no GitHub', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const imports = readdirSync('src/policy')
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        [...readFileSync(`src/policy/${name}`, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${name}: ${m[1]}`),
      );
    expect(imports.length).toBeGreaterThan(10);
    const allowed = /: (\.\/[a-z-]+\.js|\.\.\/common\/(host-names|ip-literals|time)\.js|\.\.\/\.\.\/policies\/schema\.json|yaml|ajv\/dist\/2020\.js|node:fs\/promises)$/;
    expect(imports.filter((line) => !allowed.test(line))).toEqual([]);
  });
});
