// Policy problems quote the policy's values and keys, and a policy can come from a fork's pull
// request: what `validate` and `check` hand the CLI and the action must be inert in a log.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/policy/load.js';
import { check, validate } from '../../src/run.js';
import { HOSTILE_POLICY } from '../action/injecting-servers.js';
import { commandInjections } from '../action/runner.js';


let dir: string;
let policyPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mtg-problems-'));
  policyPath = join(dir, 'policy.yml');
  await writeFile(policyPath, HOSTILE_POLICY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('validate and check quote the values, with no command or log marker in any line', async () => {
  for (const outcome of [await validate(policyPath), await check({ policyPath, failOn: 'error', concurrency: 1 })]) {
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    const lines = outcome.problems.map(formatProblem);
    // The values are still shown, so the author can find them …
    expect(lines.filter((l) => l.includes('pwned')).length).toBeGreaterThanOrEqual(4);
    // … but neither as `::command::` (at a line start or after a decoded break) nor as `##[`.
    for (const line of lines) expect([line, commandInjections(`::error::${line}`)]).toEqual([line, []]);
    for (const line of lines) expect([line, commandInjections(line, new Set())]).toEqual([line, []]);
  }
});
