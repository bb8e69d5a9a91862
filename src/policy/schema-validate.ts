// Runs the policy's value through policies/schema.json.
//
// The schema is compiled ahead of time (scripts/generate-schema-validator.mjs, run by
// `npm run bundle`, with ajv's standalone code generation) into generated-schema-validator.js,
// so that start-up does not compile it. The generator inlines the schema ($refs replaced by what
// they name) before compiling: ajv reports an error inside a referenced definition by its path
// within that definition, which loses the oneOf branch it came from. Inlined, every error's
// schemaPath runs from the root, so the branches of a oneOf can be told apart and its cascade
// collapsed. A test regenerates the module and fails when it is stale.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { definitions, schema, validate } from './generated-schema-validator.js';

/** The `$defs` name each inlined schema object came from (filled on first use). */
let definitionNames: WeakMap<object, string> | undefined;

export function definitionNameOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  definitionNames ??= locateDefinitions();
  return definitionNames.get(node);
}

function locateDefinitions(): WeakMap<object, string> {
  const names = new WeakMap<object, string>();
  for (const [path, name] of definitions) {
    let node: unknown = schema;
    for (const step of path) node = (node as Record<string | number, unknown>)[step];
    if (typeof node !== 'object' || node === null) throw new Error(`generated-schema-validator.js: no schema at ${path.join('/')}`);
    names.set(node, name);
  }
  return names;
}

export function validateAgainstSchema(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
