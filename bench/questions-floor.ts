// The floor with the check's questions, (a') and its twin in (h): per endpoint the connections
// the check makes on the bench's fixtures, each with the least code that makes it (bareQuestions
// in bench/floor.ts). It runs in a process of its own, forked by bench.ts, so that the bench
// process allocates what it did without it: its peak RSS, row (e), stays that of the engine and
// the floors it was measured with. The parent sends each fleet once, then asks for passes; each
// pass reports its wall time and this process's CPU time, measured here around the pass.
import * as tls from 'node:tls';
import type { Endpoint } from '../src/plan/types.js';
import type { ServiceName } from '../src/policy/services.js';
import { firstQuestionOffer } from '../src/probe/cipher-questions.js';
import { judgedCipherClasses } from '../src/rules/cipher-classes.js';
import { judgesNonAead } from '../src/common/profiles.js';
import { bareQuestions, pool } from './floor.js';

/** What one pass came to. */
export interface QuestionsFloorSummary {
  /** Endpoints where every connection got its answer. */
  answered: number;
  minConnections: number;
  maxConnections: number;
  /** Connections made over the pass (over all passes, once combined). */
  connections: number;
}

export interface QuestionsFloorPass {
  ms: number;
  /** CPU time of this process over the pass (the client). */
  cpuMs: number;
  value: QuestionsFloorSummary;
}

export type QuestionsFloorRequest =
  /** A fleet to keep under `name`, and the fixture CA its floor trusts beside node's roots. */
  | { type: 'fleet'; name: string; endpoints: Endpoint[]; ca: string }
  /** One pass over the fleet's first `count` endpoints (all of them when absent). */
  | { type: 'pass'; name: string; count?: number; concurrency: number };

export type QuestionsFloorReply = { type: 'loaded' } | ({ type: 'pass' } & QuestionsFloorPass) | { type: 'error'; message: string };

/** The passes together: the fewest endpoints answered in one pass, connections over all of them. */
export function combineQuestionsFloors(passes: QuestionsFloorSummary[]): QuestionsFloorSummary {
  return {
    answered: Math.min(...passes.map((p) => p.answered)),
    minConnections: Math.min(...passes.map((p) => p.minConnections)),
    maxConnections: Math.max(...passes.map((p) => p.maxConnections)),
    connections: passes.reduce((n, p) => n + p.connections, 0),
  };
}

// Every endpoint of a fleet shares one settings object, so the offer depends on the service only.
const cipherOffers = new Map<ServiceName, readonly number[]>();

/**
 * The suites of the check's first cipher question at TLS 1.2 (the newest version of TLS 1.2 and
 * below the fixtures accept), as the engine's own firstQuestionOffer gives them under the bench's
 * policy. On the fixtures it is refused, so it is the only one.
 */
function cipherQuestionSuites(endpoint: Endpoint): readonly number[] {
  let suites = cipherOffers.get(endpoint.service);
  if (!suites) {
    // The options the engine gives it (EndpointProbe.cipherOptions) where `check` runs it.
    suites = firstQuestionOffer({ nonAead: judgesNonAead(endpoint.settings.tls.profile), judged: judgedCipherClasses(endpoint, {}) }).suites;
    cipherOffers.set(endpoint.service, suites);
  }
  return suites;
}

async function questionsFloor(list: Endpoint[], context: tls.SecureContext, concurrency: number): Promise<QuestionsFloorSummary> {
  const summary: QuestionsFloorSummary = { answered: 0, minConnections: Infinity, maxConnections: 0, connections: 0 };
  await pool(list, concurrency, async (endpoint) => {
    const done = await bareQuestions(endpoint, context, cipherQuestionSuites(endpoint));
    if (done.answered) summary.answered += 1;
    summary.minConnections = Math.min(summary.minConnections, done.connections);
    summary.maxConnections = Math.max(summary.maxConnections, done.connections);
    summary.connections += done.connections;
  });
  return summary;
}

if (process.send) {
  const reply = (message: QuestionsFloorReply) => process.send!(message);
  const fleets = new Map<string, { endpoints: Endpoint[]; context: tls.SecureContext }>();
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: unknown) => {
    const m = message as QuestionsFloorRequest;
    if (m.type === 'fleet') {
      // One shared context per fleet, as the bench's other floors keep one.
      fleets.set(m.name, { endpoints: m.endpoints, context: tls.createSecureContext({ ca: [...tls.rootCertificates, m.ca] }) });
      reply({ type: 'loaded' });
    } else if (m.type === 'pass') {
      const fleet = fleets.get(m.name);
      if (!fleet) return reply({ type: 'error', message: `no fleet named ${m.name}` });
      const list = m.count === undefined ? fleet.endpoints : fleet.endpoints.slice(0, m.count);
      const cpu = process.cpuUsage();
      const started = performance.now();
      questionsFloor(list, fleet.context, m.concurrency).then(
        (value) => {
          const ms = performance.now() - started;
          const used = process.cpuUsage(cpu);
          reply({ type: 'pass', ms, cpuMs: (used.user + used.system) / 1000, value });
        },
        (err: unknown) => reply({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
      );
    }
  });
}
