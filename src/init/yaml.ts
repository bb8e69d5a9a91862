// The starter policy as YAML text: the editor-schema header, then every host and domain with a
// comment on each choice. Written by hand rather than through a YAML library so that every
// comment sits beside the line it explains. Names are quoted; comments hold printable ASCII only,
// wrapped, so that no value can end a comment line and start YAML of its own.
import { isIP } from 'node:net';
import { isHostName } from '../probe/dns-targets.js';
import type { Choice, Starter } from './choose.js';

const WIDTH = 100;

/** Printable ASCII, one line: whatever else a comment might hold becomes '?'. */
function inert(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

/** `text` as comment lines at `indent`, wrapped at word boundaries. */
function comment(indent: string, text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of inert(text).split(' ').filter((w) => w !== '')) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

/** A host name or IP address as a double-quoted YAML scalar; anything else is refused, not written. */
function quotedName(name: string): string {
  if (!isHostName(name) && isIP(name) === 0) throw new Error(`not a host name or IP address: ${JSON.stringify(name)}`);
  return JSON.stringify(name);
}

function serviceList(key: 'require' | 'forbid', choices: Choice[]): string[] {
  if (choices.length === 0) return [];
  return [`    ${key}:`, ...choices.flatMap((c) => [...comment('      ', c.why), `      - ${c.service}`])];
}

export interface StarterText {
  /** The editor schema's URL (schemaUrl()). */
  schemaUrl: string;
  /** The names init was given, as checked (LDH or IP). */
  names: string[];
}

export function starterYaml(starter: Starter, about: StarterText): string {
  const out: string[] = [
    `# yaml-language-server: $schema=${inert(about.schemaUrl)}`,
    ...comment('', `A starter policy written by mail-tls-gate init from what DNS and the hosts showed for ${about.names.join(', ')}.`),
    ...comment('', 'Each choice says why it was made. Read them, change what your clients need, then run mail-tls-gate check on this file.'),
  ];
  for (const left of starter.leftOut) out.push(...comment('', `Left out: ${left}`));
  out.push('version: 1');
  if (starter.hosts.length > 0) {
    out.push('hosts:');
    for (const host of starter.hosts) {
      out.push(`  - host: ${quotedName(host.host)}`);
      for (const note of host.notes) out.push(...comment('    ', note));
      out.push(...serviceList('require', host.require), ...serviceList('forbid', host.forbid));
      if (host.unlisted.length > 0) {
        out.push(...comment('    ', 'Not listed:'));
        for (const why of host.unlisted) out.push(...comment('    ', `- ${why}`));
      }
    }
  }
  if (starter.domains.length > 0) {
    out.push('domains:');
    for (const domain of starter.domains) {
      out.push(`  - domain: ${quotedName(domain.domain)}`);
      for (const note of domain.notes) out.push(...comment('    ', note));
      out.push(...comment('    ', domain.mx.why), '    mx: { require: [smtp] }');
      out.push(...comment('    ', domain.mtaSts.why), `    mta-sts: ${domain.mtaSts.value}`);
      out.push(...comment('    ', domain.tlsRpt.why), `    tls-rpt: ${domain.tlsRpt.value}`);
      out.push(...comment('    ', domain.dane.why), `    dane: ${domain.dane.value}`);
    }
  }
  return out.join('\n') + '\n';
}
