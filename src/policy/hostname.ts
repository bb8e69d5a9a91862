// Host names and IP literals as a policy writes them: what is wrong with a bad one, and the
// one spelling used for comparing, planning and reporting a good one.

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

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255)
  );
}

/** The eight 16-bit groups of an IPv6 address (embedded IPv4 tail allowed), or undefined. */
export function parseIpv6(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.slice(lastColon + 1).includes('.')) {
    const v4 = body.slice(lastColon + 1);
    if (!isIpv4(v4)) return undefined;
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    body = body.slice(0, lastColon + 1) + '0'; // placeholder group, dropped below
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parseGroups(halves[0]!);
  const rest = halves.length === 2 ? parseGroups(halves[1]!) : [];
  if (head === undefined || rest === undefined) return undefined;
  let groups: number[];
  if (tail.length > 0) {
    // Replace the placeholder group with the two groups the IPv4 tail stands for.
    if (halves.length === 2) rest.pop();
    else head.pop();
  }
  const written = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    if (written > 7) return undefined; // '::' stands for at least one zero group
    groups = [...head, ...new Array<number>(8 - written).fill(0), ...rest, ...tail];
  } else {
    if (written !== 8) return undefined;
    groups = [...head, ...tail];
  }
  return groups;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of zero groups as '::'. */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1; // a single zero group is never compressed
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The one spelling of a host: lower case, no trailing dot, IPv6 in RFC 5952 form. */
export function normaliseHost(value: string): string {
  if (value.includes(':')) {
    const groups = parseIpv6(value);
    return groups === undefined ? value.toLowerCase() : formatIpv6(groups);
  }
  return value.toLowerCase().replace(/\.$/, '');
}
