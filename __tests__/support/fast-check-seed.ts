// Property tests inside `npm test` run on a fixed seed, so a CI run is repeatable and a red run is
// a regression, not a lucky draw; `npm run fuzz` (FUZZ_RUNS set) explores with fresh seeds, and
// FUZZ_SEED replays one.
import fc from 'fast-check';

export function seedPropertiesForRepeatableRuns(): void {
  const replay = Number(process.env['FUZZ_SEED']);
  if (Number.isInteger(replay)) fc.configureGlobal({ seed: replay });
  else if (!process.env['FUZZ_RUNS']) fc.configureGlobal({ seed: 20261126 });
}
