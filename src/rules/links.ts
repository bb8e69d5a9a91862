// Where the rule pages, the policy schema and the issue tracker live. Every link (SARIF helpUri,
// annotations, the job summary, the text report, the CLI's hints) is built from one "home": a
// repository and a ref that are known to exist for the code that is running.
//   - The action: the repository and ref the runner fetched it from (GITHUB_ACTION_REPOSITORY,
//     GITHUB_ACTION_REF), or, for `uses: ./` at the root of a checkout, that repository at the
//     commit being built.
//   - The command line (and an action whose origin the runner does not say): the repository
//     package.json names, at the tag of this version (the release workflow makes the tag before
//     it publishes).
// A link is never built from a guess at an owner's name.
import type { RuleId } from './types.js';
import { PACKAGE_REPOSITORY_URL, TOOL_VERSION } from '../version.js';

export interface ProjectHome {
  /** https://github.com/owner/name (or a GitHub Enterprise server's equivalent). */
  repositoryUrl: string;
  /** A tag, branch or commit of that repository. */
  ref: string;
  /**
   * Where the policy schema is read, when not `ref`: the major tag, which the release workflow
   * moves to each release, so an editor header stays valid across compatible versions.
   */
  schemaRef?: string;
}

/** What the published package says: its repository, at this version's tag. */
export const PACKAGE_HOME: ProjectHome = {
  repositoryUrl: PACKAGE_REPOSITORY_URL,
  ref: `v${TOOL_VERSION}`,
  schemaRef: `v${TOOL_VERSION.split('.')[0]}`,
};

const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const REF = /^[A-Za-z0-9._\/-]{1,200}$/;

/**
 * The home the runner's variables prove, or undefined when they prove none (then the package's
 * home applies). Only names and refs of a plain shape are used: they end up in links.
 */
export function actionHome(env: NodeJS.ProcessEnv): ProjectHome | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server)) return undefined;
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  if (OWNER_NAME.test(repository) && REF.test(ref) && !ref.includes('..')) return { repositoryUrl: `${server}/${repository}`, ref };
  // `uses: ./`: the action is the checked-out repository itself, at the commit being built.
  const actionPath = env.GITHUB_ACTION_PATH?.replace(/\/+$/, '');
  const workspace = env.GITHUB_WORKSPACE?.replace(/\/+$/, '');
  const local = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (actionPath && actionPath === workspace && OWNER_NAME.test(local) && /^[0-9a-f]{40}$/.test(sha)) return { repositoryUrl: `${server}/${local}`, ref: sha };
  return undefined;
}

let home: ProjectHome = PACKAGE_HOME;

/** Set once by an entry point before any output is built (the action calls it with actionHome). */
export function useProjectHome(chosen: ProjectHome): void {
  home = chosen;
}

export function projectHome(): ProjectHome {
  return home;
}

/** The project's repository. */
export function repositoryUrl(): string {
  return home.repositoryUrl;
}

/** The folder of the generated rule pages (docs/rules/<id>.md), as GitHub shows it. */
export function ruleDocsFolderUrl(): string {
  return `${home.repositoryUrl}/blob/${home.ref}/docs/rules`;
}

/** The page that explains a rule and how to fix it on each server. */
export function ruleDocsUrl(id: RuleId): string {
  return `${ruleDocsFolderUrl()}/${id}.md`;
}

/**
 * policies/schema.json as raw JSON (what an editor's YAML language server fetches). github.com
 * serves raw files from its own host; a GitHub Enterprise server under /raw/.
 */
export function schemaUrl(): string {
  const ref = home.schemaRef ?? home.ref;
  const github = /^https:\/\/github\.com\/(.+)$/.exec(home.repositoryUrl);
  return github
    ? `https://raw.githubusercontent.com/${github[1]}/${ref}/policies/schema.json`
    : `${home.repositoryUrl}/raw/${ref}/policies/schema.json`;
}

/** Where to report a bug. */
export function issuesUrl(): string {
  return `${home.repositoryUrl}/issues`;
}

/** "RFC 8314 §3" → the RFC Editor's page for RFC 8314; null for anything that is not an RFC. */
export function rfcUrl(reference: string): string | null {
  const rfc = /^RFC\s?(\d{3,5})\b/i.exec(reference);
  return rfc ? `https://www.rfc-editor.org/rfc/rfc${rfc[1]}` : null;
}
