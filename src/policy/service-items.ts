// Items of `require:` / `forbid:` lists: a service name, or { service, port }.
import { SERVICES, canonicalService } from './services.js';
import type { ServiceName } from './services.js';

export interface ServiceItem {
  service: ServiceName;
  port: number;
}

/**
 * The service and port an item asks for, aliases resolved and the port defaulted; undefined
 * for an item the schema will already have reported.
 */
export function readServiceItem(item: unknown): ServiceItem | undefined {
  if (typeof item === 'string') {
    const service = canonicalService(item);
    return service === undefined ? undefined : { service, port: SERVICES[service].port };
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const { service: name, port } = item as { service?: unknown; port?: unknown };
  const service = typeof name === 'string' ? canonicalService(name) : undefined;
  if (service === undefined) return undefined;
  if (port === undefined) return { service, port: SERVICES[service].port };
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { service, port };
}
