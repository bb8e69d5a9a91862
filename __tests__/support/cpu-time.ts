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
 * The CPU time of `candidate` over that of `baseline`, each called `runs` times (the baseline's
 * best of three, so that a garbage collection in it does not flatter the candidate). The
 * candidate stops once it has spent `giveUpAt` times the baseline: a quadratic candidate fails
 * in about a second instead of running on.
 */
export function cpuTimeRatio(candidate: () => unknown, baseline: () => unknown, runs = 20, giveUpAt = 200): number {
  baseline();
  const base = Math.max(0.05, Math.min(measure(baseline, runs), measure(baseline, runs), measure(baseline, runs)));
  return measure(candidate, runs, base * giveUpAt) / base;
}
