// The probe's internal way of saying "this step went wrong": a thrown ProbeFailure carries the
// ProbeError that ends up in the endpoint's facts. Nothing outside src/probe sees it thrown.
import type { ProbeError, ProbeErrorKind, ProbeStep } from '../facts/endpoint.js';

export class ProbeFailure extends Error {
  readonly error: ProbeError;
  /** Remote text that shows what went wrong (a greeting, a reply), kept for the facts. */
  readonly evidence: string | null;

  constructor(kind: ProbeErrorKind, step: ProbeStep, message: string, evidence: string | null = null) {
    super(message);
    this.name = 'ProbeFailure';
    this.error = { kind, step, message };
    this.evidence = evidence;
  }
}

/** The server turned the session away before it began: inconclusive, worth one retry. */
export function busyFailure(step: ProbeStep, message: string, evidence: string | null): ProbeFailure {
  const failure = new ProbeFailure('closed', step, message, evidence);
  failure.error.busy = true;
  return failure;
}

/** Evidence is remote text of any size; keep enough to show the problem and no more. */
export const EVIDENCE_LIMIT = 1024;

export function clipEvidence(text: string): string {
  return text.length > EVIDENCE_LIMIT ? `${text.slice(0, EVIDENCE_LIMIT)}…` : text;
}

const ERROR_KINDS: Readonly<Record<string, ProbeErrorKind>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  EAFNOSUPPORT: 'unreachable',
};

/** Turns a system error from a socket into a ProbeError at the given step. */
export function classifySocketError(err: unknown, step: ProbeStep): ProbeError {
  const code = systemErrorCode(err);
  const kind = ERROR_KINDS[code] ?? 'other';
  const detail = err instanceof Error ? err.message : String(err);
  return { kind, step, message: code ? `${code}: ${detail}` : detail };
}

/** The system error code of a socket error (ECONNREFUSED, ENETUNREACH, …), or '' when it has none. */
export function systemErrorCode(err: unknown): string {
  const raw = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof raw === 'string' ? raw : '';
}

export function failureFromSocketError(err: unknown, step: ProbeStep): ProbeFailure {
  const e = classifySocketError(err, step);
  return new ProbeFailure(e.kind, e.step, e.message);
}
