// CPU time as a ratio inside one run: how much longer a worst-case input takes than an ordinary
// one of the same size. A ratio holds on a slow or busy machine where a wall-clock limit flakes.

/** User plus system CPU time of this process, in milliseconds. */
function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds of `runs` calls, stopping early once `budgetMs` is spent (the rest is not needed to fail). */
function measure(work: () => unknown, runs: number, budgetMs = Infinity): number {
  const started = cpuNowMs();
  for (let i = 0; i < runs; i++) {
    work();
    if (cpuNowMs() - started > budgetMs) break;
  }
  return cpuNowMs() - started;
}

/**
 * The CPU time of `candidate` over that of `baseline`, each the best of three rounds (so that a
 * garbage collection or a busy neighbour in one round does not decide). A round is as many calls
 * as make the baseline take at least 20 ms. The candidate stops once it has spent `giveUpAt`
 * times the baseline: a quadratic candidate fails in seconds instead of running on.
 */
export function cpuTimeRatio(candidate: () => unknown, baseline: () => unknown, giveUpAt = 200): number {
  baseline();
  let runs = 1;
  while (runs < 100_000 && measure(baseline, runs) < 20) runs *= 2;
  const base = Math.min(measure(baseline, runs), measure(baseline, runs), measure(baseline, runs));
  const budget = base * giveUpAt;
  let best = measure(candidate, runs, budget);
  // Over the budget once is enough to fail; only a candidate within it gets its best of three.
  for (let round = 1; round < 3 && best <= budget; round++) best = Math.min(best, measure(candidate, runs, budget));
  return best / base;
}
