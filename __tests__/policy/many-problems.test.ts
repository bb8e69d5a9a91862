// A policy with thousands of mistakes: answered quickly, with the first ones by line and a
// count of the rest, not thousands of lines nobody reads.
import { MAX_REPORTED_PROBLEMS, parsePolicy } from '../../src/policy/load.js';
import { MAX_POLICY_BYTES } from '../../src/policy/limits.js';

function badHosts(count: number): string {
  let text = 'version: 1\nhosts:\n';
  for (let i = 0; i < count; i++) text += `  - host: "bad_h${i}!"\n    require: [smtpx]\n`;
  return text;
}

/** CPU time (user + system, ms) that `work` takes. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('many problems', () => {
  test('20,000 bad host entries just under 1 MiB: linear time, 100 problems and a count', () => {
    const text = badHosts(20_000);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_POLICY_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(0.8 * MAX_POLICY_BYTES);
    // Linear, shown as a ratio taken in this run (a wall-clock limit would fail on a busy machine):
    // ten times the entries must cost about ten times the CPU, never the hundred times it once
    // did, when problem collection grew with the square of the problems.
    const small = badHosts(2_000);
    const smallMs = Math.min(...[0, 1, 2].map(() => cpuMs(() => parsePolicy(small, 'some.yml'))));
    let result!: ReturnType<typeof parsePolicy>;
    const bigMs = cpuMs(() => (result = parsePolicy(text, 'many.yml')));
    expect(bigMs / smallMs).toBeLessThan(40);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    const shown = result.problems.slice(0, MAX_REPORTED_PROBLEMS);
    // Sorted: the first ones in the file are the ones shown.
    expect(shown[0]!.location.line).toBe(3);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.location.line).toBeGreaterThanOrEqual(shown[i - 1]!.location.line);
    // Each entry has a bad host name and an unknown service: 40,000 problems in all.
    expect(result.problems[MAX_REPORTED_PROBLEMS]!.message).toBe(`… and ${40_000 - MAX_REPORTED_PROBLEMS} more problems`);
    expect(result.problems[MAX_REPORTED_PROBLEMS]!.location.line).toBeGreaterThanOrEqual(shown[shown.length - 1]!.location.line);
  });

  test('up to 100 problems are all listed, with no count', () => {
    const result = parsePolicy(badHosts(50), 'some.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(100);
      expect(result.problems.some((p) => p.message.startsWith('…'))).toBe(false);
    }
  });

  test('one problem past 100 is counted as one more problem', () => {
    const text = badHosts(50) + '  - host: "bad_last!"\n';
    const result = parsePolicy(text, 'some.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(101);
      expect(result.problems[100]!.message).toBe('… and 1 more problem');
    }
  });
});
