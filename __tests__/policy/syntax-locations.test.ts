// Syntax problems noticed far from their cause are reported at the cause, once.
import { formatProblem, parsePolicy } from '../../src/policy/load.js';

function problems(text: string): string[] {
  const result = parsePolicy(text, 'policy.yml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('unclosed quotes and brackets, over-indented keys', () => {
  it.each<[string, string, string]>([
    ['double quote', 'version: 1\nhosts:\n  - host: "mail.example.com\n', 'policy.yml:3:11: this quoted string is never closed'],
    ['single quote', "version: 1\nhosts:\n  - host: 'mail.example.com\n  - host: b.example.com\n", 'policy.yml:3:11: this quoted string is never closed'],
    ['flow list', 'version: 1\nx: 1\nhosts: [\n', 'policy.yml:3:8: this [ is never closed'],
    ['flow mapping', 'version: 1\nhosts:\n  - {host: a.example.com\n', 'policy.yml:3:5: this { is never closed'],
    ['nested flow: the innermost', 'version: 1\nhosts:\n  - {host: a.example.com, require: [smtp\n', 'policy.yml:3:36: this [ is never closed'],
    ['quote inside a bracket', 'version: 1\nhosts: [{host: "a.example.com}]\n', 'policy.yml:2:16: this quoted string is never closed'],
    [
      'over-indented key',
      'version: 1\nhosts:\n  - host: a.example.com\n      require: [smtp]\n',
      'policy.yml:4:7: this key is indented further than the key above it; keys of one mapping must start at the same column',
    ],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });
});

describe('version', () => {
  it.each(['1.0', '0x1', '1e0', '+1'])('rejects version: %s', (written) => {
    expect(problems(`version: ${written}\nhosts:\n  - host: a.example.com\n    require: [smtp]\n`)).toEqual([
      'policy.yml:1:10: version must be 1 (an integer)',
    ]);
  });

  it('accepts version: 1', () => {
    expect(parsePolicy('version: 1\nhosts:\n  - host: a.example.com\n    require: [smtp]\n', 'policy.yml').ok).toBe(true);
  });
});
