// Host names and IP literals as a policy writes them: what is wrong with a bad one, in words.
// The one spelling of a good one is common/host-names.ts's normaliseHost.
import { isIpv4, parseIpv6 } from '../common/ip-literals.js';

/** What is wrong with a value the schema's host pattern rejected, in words. */
export function describeHostMistake(value: string): string {
  if (value.trim() === '') return 'is empty';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'has a scheme; write only the host name, such as mail.example.com';
  if (value.startsWith('[')) return 'has brackets; write an IPv6 address without them, and give ports in require or forbid';
  if (/\s/.test(value)) return 'contains spaces';
  if (value.includes('/')) return 'has a path; write only the host name';
  if (value.includes('@')) return 'looks like a mail address; write only the host name';
  if (/^[^:]+:[0-9]*$/.test(value)) return 'has a port; give ports in require or forbid, as { service, port }';
  if (/[^\x00-\x7f]/.test(value)) return 'has characters outside ASCII; write an internationalised name in its xn-- form';
  if (value.includes('_')) return 'contains an underscore, which host names cannot';
  if (value.includes('..') || value.startsWith('.')) return 'has an empty label (two dots in a row, or a leading dot)';
  if (value.replace(/\.$/, '').split('.').some((label) => label.length > 63)) return 'has a label longer than 63 characters';
  if (/(^|\.)-|-(\.|$)/.test(value)) return "has a label that starts or ends with '-'";
  return 'is not a host name or an IP address';
}

/** What is wrong with a value the schema's domain pattern rejected, in words. */
export function describeDomainMistake(value: string): string {
  if (value.includes(':') && !value.includes('/')) return 'must be a domain name, not an IP address';
  return describeHostMistake(value).replace('the host name, such as mail.example.com', 'the domain, such as example.com');
}

/**
 * Checks the pattern cannot express: numeric labels must form a real IPv4 address, and
 * anything with a colon must be a real IPv6 address. Undefined when the value is good.
 */
export function hostLiteralProblem(value: string, kind: 'host' | 'domain'): string | undefined {
  const name = value.replace(/\.$/, '');
  if (name.length > 253) return 'is longer than 253 characters';
  if (value.includes(':')) {
    if (kind === 'domain') return 'must be a domain name, not an IP address';
    return parseIpv6(value) === undefined ? 'is not a valid IPv6 address' : undefined;
  }
  const labels = name.split('.');
  if (labels.every((label) => /^[0-9]+$/.test(label))) {
    if (kind === 'domain') return 'must be a domain name, not an IP address';
    return isIpv4(name) ? undefined : 'is not a valid IPv4 address';
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return 'is not a valid host name: its last label is all digits';
  return undefined;
}
