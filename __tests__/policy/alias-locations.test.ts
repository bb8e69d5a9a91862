// Locations of content reached through an alias or a merge key point at the entry that used
// it, so that a finding for a host is annotated on that host's lines.
import { formatProblem, parsePolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';

function load(text: string): Policy {
  const result = parsePolicy(text, 'policy.yml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.policy;
}

const at = (l: { line: number; column: number }) => `${l.line}:${l.column}`;

describe('locations through aliases', () => {
  it('flow style: the alias use in the second host', () => {
    const policy = load(
      'version: 1\nhosts: [\n  {host: a.example.net, require: &sec [imaps, pop3s]},\n  {host: b.example.net, require: *sec}\n]\n',
    );
    expect(policy.hosts[0]!.require.map((r) => at(r.location))).toEqual(['3:40', '3:47']);
    expect(policy.hosts[1]!.require.map((r) => at(r.location))).toEqual(['4:34', '4:34']);
  });

  it('block style: the alias use in the second host', () => {
    const policy = load(
      'version: 1\nhosts:\n  - host: a.example.net\n    require: &sec\n      - imaps\n      - pop3s\n  - host: b.example.net\n    require: *sec\n',
    );
    expect(policy.hosts[0]!.require.map((r) => at(r.location))).toEqual(['5:9', '6:9']);
    expect(policy.hosts[1]!.require.map((r) => at(r.location))).toEqual(['8:14', '8:14']);
  });

  it('merge keys: the << entry of the host that merges', () => {
    const policy = load(
      'version: 1\nhosts:\n  - &base\n    host: a.example.net\n    require: [imaps, pop3s]\n  - <<: *base\n    host: b.example.net\n',
    );
    expect(policy.hosts[0]!.require.map((r) => at(r.location))).toEqual(['5:15', '5:22']);
    expect(policy.hosts[1]!.require.map((r) => at(r.location))).toEqual(['6:5', '6:5']);
  });

  it('a problem in aliased content is reported at the alias use as well', () => {
    const result = parsePolicy(
      'version: 1\nhosts:\n  - host: a.example.net\n    require: &sec [imapz]\n  - host: b.example.net\n    require: *sec\n',
      'policy.yml',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => at(p.location))).toEqual(['4:20', '6:14']);
  });
});
