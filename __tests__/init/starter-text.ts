// Reading a starter policy as text: the comment lines that explain a choice sit just above it.
import { show } from '../cli/built.js';

/** The comment lines just above `item` (a list item or key line, matched whole after its indent). */
export function commentAbove(text: string, item: RegExp): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => item.test(line));
  if (at < 0) throw new Error(`no line like ${item} in ${show(text)}`);
  const above: string[] = [];
  for (let i = at - 1; i >= 0 && /^\s*#/.test(lines[i]!); i--) above.unshift(lines[i]!.replace(/^\s*# ?/, ''));
  return above.join(' ');
}

/** The part of the text that is one domain's entry, up to the next entry. */
export function domainEntry(text: string, domain: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `  - domain: "${domain}"`);
  if (start < 0) throw new Error(`no entry for ${domain} in ${show(text)}`);
  let end = start + 1;
  while (end < lines.length && !/^  - |^\S/.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}
