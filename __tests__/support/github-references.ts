// What GitHub would turn into a live mention, reference or link in Markdown we produce (an issue
// body, a job summary). GitHub renders the Markdown, decodes character references, and only then
// runs its mention and reference filters over the text (github/cmark-gfm#181), so the patterns
// are matched against the decoded text. They follow html-pipeline's MentionFilter
// (`@user`, `@org/team`) and GitHub's documented autolinked references (`#26`, `GH-26`,
// `owner/repo#26`, `user@sha`, issue URLs), each widened a little: no word boundary is asked
// for before `#`, `@` or `GH-`, and any `scheme://` or `www.` counts as a link. A test that
// passes these passes GitHub's narrower ones.

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references decoded once, as a Markdown renderer does (`&amp;#64;` stays the text `&#64;`). */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  // MentionFilter: `@` then a letter or digit (user, `org/team`, and `user@sha` commit references).
  ['mention', /@[a-z0-9]/gi],
  // `#26`, `owner/repo#26`.
  ['issue reference', /#[0-9]/g],
  ['GH- reference', /gh-[0-9]/gi],
  // A URL (an issue or pull request URL becomes a reference).
  ['URL', /[a-z][a-z0-9+.-]*:\/\/|www\./gi],
];

/**
 * Every live mention, reference or URL in `markdown`, as `kind: excerpt`. Destinations of
 * Markdown links the caller wrote itself (`](https://…)`) are left out: remote text cannot make
 * one, since it never gets a raw `]` or `(` through.
 */
export function liveReferences(markdown: string, ownLinkDestinations: RegExp = /\]\(https:\/\/[^)\s]*\)/g): string[] {
  const text = decodeCharacterReferences(markdown.replace(ownLinkDestinations, ']()'));
  const found: string[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      found.push(`${kind}: ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`);
    }
  }
  return found;
}
