// Shared wording for messages and evidence, so every rule names endpoints the same way.
import type { Endpoint } from '../plan/types.js';
import type { ProbeError } from '../facts/endpoint.js';

/** "imaps on mail.example.com:993 (192.0.2.1)" */
export function describeEndpoint(endpoint: Endpoint): string {
  const address = endpoint.address === null || endpoint.address === endpoint.host ? '' : ` (${endpoint.address})`;
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
  return `${endpoint.service} on ${host}:${endpoint.port}${address}`;
}

export function errorEvidence(error: ProbeError): string {
  return `${error.kind} at ${error.step}: ${error.message}`;
}

export function listOf(items: readonly string[]): string {
  return items.join(', ');
}
