// Files built to hurt the loader: each gets one clear problem at a place, quickly, and
// never a crash, a hang or a stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, loadPolicyFile, parsePolicy } from '../../src/policy/load.js';
import { MAX_POLICY_BYTES } from '../../src/policy/limits.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';

seedPropertiesForRepeatableRuns();

/** Generous: the loader takes milliseconds; this only catches a hang or a blow-up. */
const PATIENCE_MS = 5000;

function onlyProblem(source: string | Uint8Array): { line: number; column: number; text: string } {
  const started = Date.now();
  const result = parsePolicy(source, 'h.yml');
  expect(Date.now() - started).toBeLessThan(PATIENCE_MS);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  const text = formatProblem(problem!);
  expect(text).not.toMatch(/\n|\s+at\s.+:\d+:\d+/); // one line, no stack frames
  return { line: problem!.location.line, column: problem!.location.column, text };
}

function billionLaughs(levels: number): string {
  let text = 'version: 1\nhosts:\n  - host: a.example.com\n    require: [smtp]\ndomains:\n  - domain: &l0 example.com\n';
  for (let i = 1; i <= levels; i++) {
    text += `x${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]\n`;
  }
  return text;
}

describe('resource exhaustion', () => {
  test('a billion-laughs alias bomb is refused at the alias that blew the budget', () => {
    const problem = onlyProblem(billionLaughs(9));
    expect(problem.text).toContain('aliases expand the policy to more than');
    expect(problem.line).toBeGreaterThanOrEqual(7);
    expect(problem.line).toBeLessThanOrEqual(15);
  });

  test('an anchor that contains its own alias is refused, not followed for ever', () => {
    const problem = onlyProblem('version: 1\nhosts: &loop [*loop]\n');
    expect(problem).toMatchObject({ line: 2, column: 15 });
    expect(problem.text).toContain('aliases nest the policy deeper than 64 levels');
  });

  test('10,000 nested flow lists', () => {
    const problem = onlyProblem(`version: 1\nhosts: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(problem.line).toBe(2);
    expect(problem.text).toContain('nests deeper than 64 levels');
  });

  test('10,000 nested flow mappings', () => {
    const problem = onlyProblem(`version: 1\nhosts: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`);
    expect(problem.line).toBe(2);
    expect(problem.text).toContain('nests deeper than 64 levels');
  });

  test('10,000 nested block lists on one line', () => {
    const problem = onlyProblem(`version: 1\nhosts:\n  ${'- '.repeat(10_000)}x\n`);
    expect(problem.line).toBe(3);
    expect(problem.text).toContain('nests deeper than 64 levels');
  });

  test('block mappings nested by indentation', () => {
    let text = 'version: 1\nhosts:\n';
    for (let depth = 1; depth <= 1000; depth++) text += `${' '.repeat(depth)}k${depth}:\n`;
    const problem = onlyProblem(text);
    expect(problem.text).toContain('nests deeper than 64 levels');
  });

  test('nesting just past the limit is found exactly, where it happens', () => {
    // 65 levels: the root mapping, then 64 flow lists; the 65th level opens at column 71.
    const problem = onlyProblem(`version: 1\nhosts: ${'['.repeat(64)}${']'.repeat(64)}\n`);
    expect(problem).toMatchObject({ line: 2, column: 71 });
  });

  test('a file over 1 MiB is refused before it is parsed', () => {
    const text = `version: 1\nhosts: [${'['.repeat(MAX_POLICY_BYTES)}\n`;
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem.text).toContain('the policy file is larger than 1 MiB (the limit)');
  });

  test('a file of exactly 1 MiB is read', () => {
    const head = 'version: 1\nhosts: [{host: a.example.com, require: [smtp]}]\n';
    const text = head + '#'.repeat(MAX_POLICY_BYTES - head.length);
    expect(parsePolicy(text, 'h.yml').ok).toBe(true);
  });
});

describe('bytes that are not policy text', () => {
  test('invalid UTF-8 is reported at the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nhosts:\n  - host: caf'), Buffer.from([0xe9]), Buffer.from('.example.com\n')]);
    const problem = onlyProblem(bytes);
    expect(problem).toMatchObject({ line: 3, column: 14 });
    expect(problem.text).toContain('not valid UTF-8 (byte 0xE9)');
  });

  test('columns after multi-byte characters count characters, not bytes', () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\n# café ☕ '), Buffer.from([0xc0, 0xaf])]); // overlong '/'
    expect(onlyProblem(bytes)).toMatchObject({ line: 2, column: 10 });
  });

  test('a surrogate encoded in UTF-8 is refused', () => {
    expect(onlyProblem(Buffer.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80]))).toMatchObject({ line: 1, column: 4 });
  });

  test('a sequence cut off at the end of the file is refused', () => {
    expect(onlyProblem(Buffer.from([0x61, 0x3a, 0x20, 0xf0, 0x9f, 0x98]))).toMatchObject({ line: 1, column: 4 });
  });

  test('a NUL byte', () => {
    const problem = onlyProblem('version: 1\nhosts:\n  - host: mail\u0000.example.com\n');
    expect(problem).toMatchObject({ line: 3, column: 15 });
    expect(problem.text).toContain('a NUL byte is not allowed');
  });

  test('other control characters', () => {
    expect(onlyProblem('version: 1\n\u001b[31mhosts: []\n').text).toContain('U+001B');
  });

  test('several documents', () => {
    expect(onlyProblem('version: 1\nhosts: []\n---\nversion: 1\n---\n')).toMatchObject({ line: 3, column: 1 });
  });

  test('a stream of only document markers', () => {
    expect(onlyProblem('---\n...\n').text).toContain('the policy is empty');
  });
});

describe('loadPolicyFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing file is one problem at 1:1 under the display name', async () => {
    const result = await loadPolicyFile(join(dir, 'missing.yml'), '.github/mail-tls-policy.yml');
    expect(result).toEqual({
      ok: false,
      problems: [{ location: { file: '.github/mail-tls-policy.yml', line: 1, column: 1 }, message: 'cannot read the policy file: no such file' }],
      unreadable: 'no such file',
    });
  });

  test('a directory is one problem at 1:1', async () => {
    const result = await loadPolicyFile(dir, 'policy.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('cannot read the policy file: it is a directory');
  });

  test('a huge file is refused without being read in full', async () => {
    const path = join(dir, 'huge.yml');
    writeFileSync(path, Buffer.alloc(3 * MAX_POLICY_BYTES, 0x23));
    const result = await loadPolicyFile(path, 'huge.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      // Only the limit and one byte more were read: no size is claimed, only the limit.
      expect(result.problems[0]!.message).toBe('the policy file is larger than 1 MiB (the limit)');
    }
  });

  test('non-UTF-8 bytes from disk are located', async () => {
    const path = join(dir, 'latin1.yml');
    writeFileSync(path, Buffer.from('version: 1\nwaivers:\n  - reason: d\xe9j\xe0 vu\n', 'latin1'));
    const result = await loadPolicyFile(path, 'latin1.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.location).toEqual({ file: 'latin1.yml', line: 3, column: 14 });
  });
});

describe('never throws', () => {
  test('for arbitrary short inputs of YAML punctuation', async () => {
    const fc = await import('fast-check');
    const alphabet = [...'-:[]{},&*!|>\'"#%@` \n\t?<=abc1.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const result = parsePolicy(chars.join(''), 'f.yml');
        if (result.ok) return;
        for (const problem of result.problems) {
          expect(problem.location.line).toBeGreaterThanOrEqual(1);
          expect(problem.location.column).toBeGreaterThanOrEqual(1);
          expect(problem.message.length).toBeGreaterThan(0);
          // The last-resort handler means an exception escaped a guard: a bug.
          expect(problem.message).not.toContain('could not be read because');
        }
      }),
      { numRuns: 300 },
    );
  });

  test('for arbitrary bytes', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const result = parsePolicy(bytes, 'f.yml');
        if (!result.ok) expect(result.problems[0]!.message).not.toContain('could not be read because');
      }),
      { numRuns: 300 },
    );
  });
});
