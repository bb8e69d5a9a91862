// The rule metadata is complete, and the generated docs (docs/rules/, the README's rule table) are
// what `npm run docs` would write from it today.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedDocs, README_TABLE_END, README_TABLE_START, RULE_DOCS_DIR, rulePage } from '../../src/docs/rule-docs.js';
import { RULES } from '../../src/rules/registry.js';
import { ruleDocsFolderUrl, ruleDocsUrl } from '../../src/rules/links.js';
import { RULE_IDS, SERVER_NAMES, type RuleId, type ServerName } from '../../src/rules/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/**
 * Rules about DNS records, the policy file itself or the runner's network, or about a check that
 * could not be made: no server setting fixes them.
 */
/** Rules whose fix is in no server's configuration (DNS, the policy, the runner's network), by their metadata. */
const NO_SERVER: readonly RuleId[] = RULE_IDS.filter((id) => RULES[id].fixedBy === 'no-server');

/** Where each server's own documentation lives: every section links there. */
const OFFICIAL_DOCS: Readonly<Record<ServerName, string>> = {
  postfix: 'https://www.postfix.org',
  dovecot: 'https://doc.dovecot.org',
  exim: 'https://www.exim.org',
  nginx: 'https://nginx.org',
};

/** The servers each kind of rule must cover: mail rules Postfix, Dovecot and Exim; web rules nginx. */
const MUST_COVER: Readonly<Record<'mail-server' | 'web-server', readonly ServerName[]>> = {
  'mail-server': ['postfix', 'dovecot', 'exim'],
  'web-server': ['nginx'],
};

// The prose fields are checked in __tests__/rules/catalog.test.ts; here, what the pages render.
describe('rule metadata', () => {
  test.each(RULE_IDS)('%s has well-formed server sections', (id) => {
    const meta = RULES[id];
    expect(meta.servers).toBeDefined();
    for (const server of Object.keys(meta.servers)) expect(SERVER_NAMES).toContain(server);
    for (const [server, fix] of Object.entries(meta.servers)) {
      expect([server, fix.file.trim()]).not.toEqual([server, '']);
      expect([server, fix.settings.trim()]).not.toEqual([server, '']);
      if (fix.note !== undefined) expect([server, fix.note.trim()]).not.toEqual([server, '']);
    }
  });

  test.each(RULE_IDS.filter((id) => !NO_SERVER.includes(id)))('%s says how to fix it on the servers it concerns', (id) => {
    const fixedBy = RULES[id].fixedBy;
    const must = fixedBy === 'no-server' ? [] : MUST_COVER[fixedBy];
    const missing = must.filter((s) => RULES[id].servers[s] === undefined);
    expect(missing).toEqual([]);
  });

  test.each(RULE_IDS.filter((id) => !NO_SERVER.includes(id)))('%s links each server section to that server\'s own documentation', (id) => {
    for (const [server, fix] of Object.entries(RULES[id].servers) as Array<[ServerName, NonNullable<(typeof RULES)[RuleId]['servers'][ServerName]>]>) {
      expect([server, fix.docs.length > 0]).toEqual([server, true]);
      for (const doc of fix.docs) {
        expect([server, doc.label.trim() !== '', new URL(doc.url).origin]).toEqual([server, true, OFFICIAL_DOCS[server]]);
      }
      // Every Postfix parameter a section sets has its postconf(5) entry linked.
      if (server === 'postfix') {
        const parameters = [...fix.settings.matchAll(/^\s*(?:-o )?([a-z0-9_]+)\s*=/gm)].map((m) => m[1]!).filter((p) => p !== 'indexed');
        const linked = fix.docs.map((d) => d.url);
        expect(parameters.filter((p) => !linked.includes(`https://www.postfix.org/postconf.5.html#${p}`))).toEqual([]);
      }
      // nginx: every ssl_* directive has its ngx_http_ssl_module entry linked.
      if (server === 'nginx') {
        const directives = [...new Set([...fix.settings.matchAll(/^\s*(ssl_[a-z_]+)\s/gm)].map((m) => m[1]!))];
        const linked = fix.docs.map((d) => d.url);
        expect(directives.filter((d) => !linked.includes(`https://nginx.org/en/docs/http/ngx_http_ssl_module.html#${d}`))).toEqual([]);
      }
    }
  });

  test.each(RULE_IDS)('%s has server sections exactly when its metadata says a server\'s configuration fixes it', (id) => {
    expect([id, Object.keys(RULES[id].servers).length > 0]).toEqual([id, RULES[id].fixedBy !== 'no-server']);
  });

  test.each(NO_SERVER)('%s has no server section (DNS or policy only)', (id) => {
    expect(RULES[id].servers).toEqual({});
  });

  test('the rule pages live under one base URL', () => {
    expect(ruleDocsFolderUrl()).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\/docs\/rules$/);
    expect(ruleDocsUrl('certificate-weak')).toBe(`${ruleDocsFolderUrl()}/certificate-weak.md`);
    expect(ruleDocsFolderUrl().endsWith(RULE_DOCS_DIR)).toBe(true);
  });
});

describe('generated docs', () => {
  const files = expectedDocs(read);

  test.each([...files.keys()])('%s is up to date (run `npm run docs`)', (path) => {
    expect(read(path)).toBe(files.get(path));
  });

  test('docs/rules holds one page per rule and the index, nothing else', () => {
    const pages = readdirSync(join(ROOT, RULE_DOCS_DIR)).filter((n) => n.endsWith('.md')).sort();
    expect(pages).toEqual(['README.md', ...RULE_IDS.map((id) => `${id}.md`)].sort());
  });

  test('the README rule table lists every rule with its default and links its page', () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf(README_TABLE_START), readme.indexOf(README_TABLE_END));
    for (const id of RULE_IDS) {
      expect(table).toContain(`| [\`${id}\`](docs/rules/${id}.md) | ${RULES[id].defaultSeverity} |`);
    }
  });

  test('a page gives what, why with its RFC, the fix per server, and the policy switches', () => {
    const page = rulePage(RULES['plaintext-auth-offered']);
    expect(page).toMatch(/^<!-- Generated by `npm run docs`/);
    for (const heading of ['## What it checks', '## Why it matters', '## How to fix it', '### Postfix', '### Dovecot', '### Exim', '## In the policy']) {
      expect(page).toContain(`\n${heading}\n`);
    }
    expect(page).toContain('[RFC 2595](https://www.rfc-editor.org/rfc/rfc2595)');
    expect(page).toContain('smtpd_tls_auth_only = yes');
    expect(page).toContain('Postfix documentation: [postconf(5): smtpd_tls_auth_only](https://www.postfix.org/postconf.5.html#smtpd_tls_auth_only)');
    expect(page).toContain('(https://doc.dovecot.org/2.3/settings/core/#core_setting-disable_plaintext_auth)');
    expect(page).toContain('Exim documentation: [Exim specification: SMTP authentication](https://www.exim.org/');
    expect(page).not.toContain('### nginx');
  });

  test('certificate pages say how to renew and serve the full chain', () => {
    for (const id of RULE_IDS.filter((r) => r.startsWith('certificate-'))) {
      const page = rulePage(RULES[id]);
      expect(page).toContain('## Renewing the certificate and serving the full chain');
      expect(page).toContain('fullchain.pem');
      expect(page).toContain('renewal-hooks/deploy');
    }
    expect(rulePage(RULES['starttls-not-offered'])).not.toContain('## Renewing');
  });

  test('the text of a page cannot open HTML', () => {
    const page = rulePage(RULES['mta-sts-invalid']);
    expect(page).toContain('mta-sts.&lt;domain>');
    expect(page).not.toContain('<domain>');
  });
});
