// The services a policy can name, and how each one is reached. One table: the policy loader
// checks names against it, the planner takes default ports from it, the prober picks the
// dialogue from it.

/** How a client reaches TLS on a service. */
export type Transport = 'starttls' | 'implicit-tls' | 'http';

/** The plaintext dialogue spoken before (or instead of) TLS. */
export type Dialogue = 'smtp' | 'imap' | 'pop3' | 'managesieve' | 'none' | 'http';

export const SERVICE_NAMES = [
  'smtp',
  'submission',
  'submissions',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
  'managesieve',
  'https',
  'http',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface ServiceSpec {
  name: ServiceName;
  port: number;
  transport: Transport;
  dialogue: Dialogue;
  /** Does `require` hold this service to the TLS and certificate rules? */
  tls: boolean;
}

export const SERVICES: Readonly<Record<ServiceName, ServiceSpec>> = {
  smtp: { name: 'smtp', port: 25, transport: 'starttls', dialogue: 'smtp', tls: true },
  submission: { name: 'submission', port: 587, transport: 'starttls', dialogue: 'smtp', tls: true },
  submissions: { name: 'submissions', port: 465, transport: 'implicit-tls', dialogue: 'smtp', tls: true },
  imap: { name: 'imap', port: 143, transport: 'starttls', dialogue: 'imap', tls: true },
  imaps: { name: 'imaps', port: 993, transport: 'implicit-tls', dialogue: 'imap', tls: true },
  pop3: { name: 'pop3', port: 110, transport: 'starttls', dialogue: 'pop3', tls: true },
  pop3s: { name: 'pop3s', port: 995, transport: 'implicit-tls', dialogue: 'pop3', tls: true },
  managesieve: { name: 'managesieve', port: 4190, transport: 'starttls', dialogue: 'managesieve', tls: true },
  https: { name: 'https', port: 443, transport: 'implicit-tls', dialogue: 'http', tls: true },
  http: { name: 'http', port: 80, transport: 'http', dialogue: 'http', tls: false },
};

/** Other names people use for the same services (RFC 8314 calls 465 "submissions"). */
export const SERVICE_ALIASES: Readonly<Record<string, ServiceName>> = {
  smtps: 'submissions',
  sieve: 'managesieve',
};

export function canonicalService(name: string): ServiceName | undefined {
  if ((SERVICE_NAMES as readonly string[]).includes(name)) return name as ServiceName;
  return SERVICE_ALIASES[name];
}
