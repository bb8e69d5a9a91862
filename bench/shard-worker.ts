// One shard job of bench/shards.ts, in a process of its own as on a runner: `check` over its part
// of the policy (hosts split by the product's stable hash), writing its shard report; or `merge`
// of shard reports. Reports its wall time, its whole process's CPU time and peak RSS to the parent
// over IPC.
import { check, merge } from '../src/run.js';

interface ShardJob {
  type: 'check';
  policyPath: string;
  caFile: string;
  index: number;
  count: number;
  reportPath: string;
  concurrency: number;
  perHost: number;
}

interface MergeJob {
  type: 'merge';
  reportPaths: string[];
  reportPath: string;
}

async function perform(job: ShardJob | MergeJob): Promise<{ ms: number; endpoints: number; result: string }> {
  const started = performance.now();
  if (job.type === 'check') {
    const outcome = await check({
      policyPath: job.policyPath,
      failOn: 'never',
      concurrency: job.concurrency,
      perHost: job.perHost,
      caFile: job.caFile,
      reportPath: job.reportPath,
      shard: { index: job.index, count: job.count },
      // Every bench host name lives on 127.0.0.1: no name leaves this machine.
      resolveAll: async () => ['127.0.0.1'],
    });
    if (outcome.kind !== 'checked') throw new Error(`shard ${job.index}/${job.count}: the policy was refused`);
    return { ms: performance.now() - started, endpoints: outcome.report.summary.endpoints, result: outcome.report.summary.result };
  }
  const outcome = await merge({ reportPaths: job.reportPaths, failOn: 'never', reportPath: job.reportPath });
  if (outcome.kind !== 'merged') throw new Error(`merge refused: ${outcome.problems.slice(0, 3).join('; ')}`);
  return { ms: performance.now() - started, endpoints: outcome.report.summary.endpoints, result: outcome.report.summary.result };
}

process.once('message', (job: ShardJob | MergeJob) => {
  perform(job).then(
    (done) => {
      const usage = process.resourceUsage();
      process.send!({ type: 'done', ...done, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 }, () => process.exit(0));
    },
    (err: unknown) => {
      process.send!({ type: 'error', message: err instanceof Error ? err.message : String(err) }, () => process.exit(1));
    },
  );
});
