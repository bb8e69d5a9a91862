import fc from 'fast-check';
import { neutralise, visibleText } from '../../src/report/neutralise.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';

seedPropertiesForRepeatableRuns();

describe('neutralise', () => {
  test('leaves ordinary text alone', () => {
    expect(neutralise('220 mx.example.com ESMTP Postfix (Debian)')).toBe('220 mx.example.com ESMTP Postfix (Debian)');
  });

  test('breaks workflow commands wherever they are', () => {
    expect(neutralise('::error::x')).toBe(': :error: :x');
    expect(neutralise('::add-mask::secret')).toBe(': :add-mask: :secret');
    expect(neutralise('   ::warning file=x::y')).toBe('   : :warning file=x: :y');
    expect(neutralise('ok then ::stop-commands::tok')).toBe('ok then : :stop-commands: :tok');
    expect(neutralise(':::')).toBe(': : :');
  });

  test('IPv6 addresses stay readable; a command dressed as one does not get through', () => {
    expect(neutralise('::1')).toBe('::1');
    expect(neutralise('imap on [fe80::1]:143')).toBe('imap on [fe80::1]:143');
    expect(neutralise('2001:db8::25 and ::ffff:192.0.2.1')).toBe('2001:db8::25 and ::ffff:192.0.2.1');
    expect(neutralise('::add::x')).toBe(': :add: :x');
    expect(neutralise('::error::1')).toBe(': :error: :1');
  });

  test('breaks log markers, old and new', () => {
    expect(neutralise('##[error]x')).toBe('# #[error]x');
    expect(neutralise('text ##[group]g')).toBe('text # #[group]g');
    expect(neutralise('##vso[task.setvariable]x')).toBe('# #vso[task.setvariable]x');
    expect(neutralise('##VSO[x]')).toBe('# #VSO[x]');
    expect(neutralise('issue ## 5 and #[x]')).toBe('issue ## 5 and #[x]');
  });

  test('escapes % before hex pairs so nothing can decode into a line break', () => {
    expect(neutralise('%0A::warning::x')).toBe('%250A: :warning: :x');
    expect(neutralise('%0d%25%3A%3A')).toBe('%250d%2525%253A%253A');
    expect(neutralise('100% sure, 50%')).toBe('100% sure, 50%');
  });

  test('shows CR, LF, tab and backslash as escapes', () => {
    expect(neutralise('a\r\nb\tc\\d')).toBe('a\\r\\nb\\tc\\\\d');
    expect(neutralise('220-first\n::error::second')).toBe('220-first\\n: :error: :second');
  });

  test('makes ANSI escapes and other controls visible', () => {
    expect(neutralise('\x1b[31mred\x1b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(neutralise('nul\x00 bel\x07 del\x7f csi\x9b')).toBe('nul\\x00 bel\\x07 del\\x7f csi\\x9b');
  });

  test('makes Unicode line breaks, bidi overrides and zero-width characters visible', () => {
    expect(neutralise('a\u2028b\u2029c\u0085d')).toBe('a\\u2028b\\u2029c\\x85d');
    expect(neutralise('evil\u202Etxt.exe')).toBe('evil\\u202etxt.exe');
    expect(neutralise(':\u200B:error::x')).toBe(':\\u200b:error: :x');
    expect(neutralise('\uFEFF::x')).toBe('\\ufeff: :x');
  });

  test('keeps printable non-ASCII text', () => {
    expect(neutralise('Grüße, 日本 🙂')).toBe('Grüße, 日本 🙂');
  });

  test('truncates with an ellipsis, never inside an escape', () => {
    expect(neutralise('abcdefghij', 5)).toBe('abcd…');
    expect(neutralise('abcde', 5)).toBe('abcde');
    // "ab" + "\x1b" would be 6 characters: the escape is dropped whole.
    expect(neutralise('ab\x1bcdef', 5)).toBe('ab…');
    expect(neutralise('🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
    expect(neutralise('x'.repeat(500))).toHaveLength(200);
    expect(neutralise('x'.repeat(500)).endsWith('…')).toBe(true);
  });

  test('no input can yield a line break, a control, a command or a decodable %XX', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(':', '#', '[', '%', '0', 'A', 'D', '\r', '\n', '\x1b', '\u2028', '\u0085', '\u200b', ' ', 'e', 'v', 's', 'o'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const out = neutralise(text, max);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
        // `::` survives only inside an IPv6 address (`::`, `::1`, `fe80::1`): never in front of a
        // word, and every workflow command name is a word with a letter past `f` or a `-`.
        expect(out).not.toMatch(/::[0-9A-Fa-f]*[G-Zg-z_-]/);
        expect(out).not.toMatch(/##(vso)?\[/i);
        expect(out).not.toMatch(/%(?!25)[0-9A-Fa-f]{2}/);
        expect(Array.from(out).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('visibleText', () => {
  test('shows controls but keeps `::` and `%XX` as sent', () => {
    expect(visibleText('::error::x %0A\r\n')).toBe('::error::x %0A\\r\\n');
    expect(visibleText('##[error]x')).toBe('# #[error]x');
  });
});

