// Where the rule pages live. Every link to a rule's page (SARIF helpUri, annotations, the job
// summary, the README) is built from RULE_DOCS_URL, so moving the docs means changing one line.
import { RULES } from './catalog.js';
import type { RuleId } from './types.js';

/** The project's repository. */
export const REPOSITORY_URL = 'https://github.com/mail-tls-gate/mail-tls-gate';

/** The folder of the generated rule pages (docs/rules/<id>.md), as GitHub shows it. */
export const RULE_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/rules`;

/** The page that explains a rule and how to fix it on each server. */
export function ruleDocsUrl(id: RuleId): string {
  return `${RULE_DOCS_URL}/${id}.md`;
}

/** "RFC 8314 §3" → the RFC Editor's page for RFC 8314; null for anything that is not an RFC. */
export function rfcUrl(reference: string): string | null {
  const rfc = /^RFC\s?(\d{3,5})\b/i.exec(reference);
  return rfc ? `https://www.rfc-editor.org/rfc/rfc${rfc[1]}` : null;
}

/** How annotations and the job summary name a rule: its title from the metadata, then its id. */
export function ruleName(id: RuleId): string {
  return `${RULES[id].title} (${id})`;
}
