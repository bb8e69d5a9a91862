// The services a policy can name, and how each one is reached. One table, generated from the
// protocol modules (src/probe/dialogues/, `npm run docs`) into service-table.ts: the policy loader
// checks names against it, the planner takes default ports from it, the prober picks the
// dialogue from it.
import { ALIAS_TABLE, SERVICE_NAMES, SERVICE_TABLE } from './service-table.js';

/** How a client reaches TLS on a service. */
export type Transport = 'starttls' | 'implicit-tls' | 'http';

export { SERVICE_NAMES };

export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface ServiceSpec {
  name: ServiceName;
  port: number;
  transport: Transport;
  /** The protocol module that speaks it (src/probe/dialogues/<dialogue>.ts). */
  dialogue: string;
  /** Does `require` hold this service to the TLS and certificate rules? */
  tls: boolean;
  /** The command that upgrades its protocol to TLS (STARTTLS, POP3's STLS); null without one. */
  upgradeWord: string | null;
}

export const SERVICES: Readonly<Record<ServiceName, ServiceSpec>> = SERVICE_TABLE;

/** Other names people use for the same services (RFC 8314 calls 465 "submissions"). */
export const SERVICE_ALIASES: Readonly<Record<string, ServiceName>> = ALIAS_TABLE;

export function canonicalService(name: string): ServiceName | undefined {
  if ((SERVICE_NAMES as readonly string[]).includes(name)) return name as ServiceName;
  return SERVICE_ALIASES[name];
}
