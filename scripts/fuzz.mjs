// `npm run fuzz`: the hostile suite's fuzzing properties with many more runs than `npm test`
// gives them. FUZZ_RUNS sets the runs per property (default 2000); extra arguments go to jest
// (`npm run fuzz -- -t policies` runs only the policy properties). A failure prints its seed
// and path: FUZZ_SEED=… FUZZ_PATH=… npm run fuzz -- -t '…' replays it.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '2000' };
const jest = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '__tests__/hostile/fuzz.test.ts', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, jest, { stdio: 'inherit', env });
process.exit(run.status ?? 1);
