// The demo's servers for CI's run of the action itself (`uses: ./`):
//   node build/demo-servers/index.js serve DIR   starts the demo's well-run and badly run hosts
//     on 127.0.0.1, writes DIR/policy.yml (with the ports they got), DIR/ca.pem and
//     DIR/expected.json, then DIR/ready, and serves until stopped. The demo's host names must
//     resolve to 127.0.0.1 (the workflow adds them to /etc/hosts).
//   node build/demo-servers/index.js verify DIR REPORT   exits 0 when the JSON report found
//     exactly what the demo was built to show, on each host, and 1 (saying what differs) if not.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rulesByHost, startDemoWorld } from '../src/demo/demo.js';
import type { Finding } from '../src/rules/types.js';

async function serve(dir: string): Promise<void> {
  const world = await startDemoWorld();
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'policy.yml'), world.policyText);
  await writeFile(join(dir, 'ca.pem'), world.caPem);
  await writeFile(join(dir, 'expected.json'), JSON.stringify(world.expected, null, 2) + '\n');
  await writeFile(join(dir, 'ready'), `${process.pid}\n`);
  process.stdout.write(`demo servers up; policy in ${join(dir, 'policy.yml')}\n`);
  const stop = (): void => void world.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function verify(dir: string, reportPath: string): Promise<number> {
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Record<string, string[]>;
  const report = JSON.parse(await readFile(reportPath, 'utf8')) as { findings: Finding[] };
  const found = rulesByHost(report.findings);
  let status = 0;
  for (const [host, rules] of Object.entries(expected)) {
    const seen = found[host] ?? [];
    if (JSON.stringify(seen) === JSON.stringify(rules)) continue;
    process.stderr.write(`${host}: expected [${rules.join(', ')}], found [${seen.join(', ')}]\n`);
    status = 1;
  }
  const unexpected = Object.keys(found).filter((host) => !(host in expected));
  if (unexpected.length > 0) {
    process.stderr.write(`findings on hosts the demo does not have: ${unexpected.join(', ')}\n`);
    status = 1;
  }
  if (status === 0) process.stdout.write('the report found exactly what the demo was built to show\n');
  return status;
}

const [mode, dir, report] = process.argv.slice(2);
if (mode === 'serve' && dir) {
  await serve(dir);
} else if (mode === 'verify' && dir && report) {
  process.exitCode = await verify(dir, report);
} else {
  process.stderr.write('usage: index.js serve DIR | verify DIR REPORT\n');
  process.exitCode = 2;
}
