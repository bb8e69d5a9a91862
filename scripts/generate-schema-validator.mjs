// Compiles policies/schema.json into src/policy/generated-schema-validator.js with ajv's
// standalone code generation, so that the action and the CLI validate a policy without compiling
// the schema (and without loading ajv's compiler) at start-up. Run by `npm run bundle`; a test
// regenerates the module in memory and fails when the committed one is stale.
//
// The schema is inlined ($refs replaced by what they name) before compiling: ajv reports an
// error inside a referenced definition by its path within that definition, which loses the
// oneOf branch it came from. Inlined, every error's schemaPath runs from the root, so the
// branches of a oneOf can be told apart and its cascade collapsed. Where each inlined
// definition landed is written out too, so the loader can still name the definition an error
// came from.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';

export const SCHEMA_URL = new URL('../policies/schema.json', import.meta.url);
export const GENERATED_URL = new URL('../src/policy/generated-schema-validator.js', import.meta.url);

/**
 * Keywords editors understand (VS Code's JSON service, yaml-language-server): the loader reads
 * the messages itself, so ajv only needs to accept them.
 */
export const EDITOR_KEYWORDS = ['errorMessage', 'patternErrorMessage', 'markdownDescription'];

/** The schema with its $refs inlined, and the path (property names from the root) of each object that came from a `$defs` entry. */
export function inlineSchema(root) {
  const defs = root['$defs'] ?? {};
  const definitions = [];
  const visitSchema = (node, depth, path) => {
    if (depth > 64) throw new Error('policies/schema.json refers to itself; it must not');
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
    const { $ref, ...rest } = node;
    const out = {};
    let name;
    if (typeof $ref === 'string') {
      const match = /^#\/\$defs\/([^/]+)$/.exec($ref);
      if (match === null || defs[match[1]] === undefined) throw new Error(`unsupported $ref ${$ref}`);
      name = match[1];
      Object.assign(out, visitSchema(defs[name], depth + 1, path));
    }
    for (const [keyword, value] of Object.entries(rest)) {
      if (keyword === '$defs') continue;
      out[keyword] = visitKeyword(keyword, value, depth + 1, [...path, keyword]);
    }
    if (name !== undefined) definitions.push([path, name]);
    return out;
  };
  const visitKeyword = (keyword, value, depth, path) => {
    switch (keyword) {
      case 'properties':
        return Object.fromEntries(Object.entries(value).map(([property, schema]) => [property, visitSchema(schema, depth, [...path, property])]));
      case 'items':
      case 'additionalProperties':
      case 'propertyNames':
      case 'not':
        return visitSchema(value, depth, path);
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
        return value.map((schema, i) => visitSchema(schema, depth, [...path, i]));
      default:
        return value; // annotations and keyword arguments (enum, const, pattern, …)
    }
  };
  const schema = visitSchema(root, 0, []);
  // In the order found: where a definition is itself a $ref, the name of the outer one (found
  // later, at the same path) is the one that holds.
  return { schema, definitions };
}

/** The generated module's text for a parsed policies/schema.json. */
export function generateValidatorSource(rootSchema) {
  const { schema, definitions } = inlineSchema(rootSchema);
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: true, code: { source: true, esm: true } });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  const validate = ajv.compile(schema);
  let code = standalone.default(ajv, validate);
  // ajv's ES module output still loads its few runtime helpers with require(): import them.
  const helpers = new Map();
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)/g, (_, path) => {
    if (!helpers.has(path)) helpers.set(path, `runtime${helpers.size}`);
    return helpers.get(path);
  });
  if (/\brequire\(/.test(code)) throw new Error('ajv standalone code loads a module this generator does not handle');
  // The root schema object the validator's errors point into (their schema and parentSchema).
  const root = /^"use strict";export const validate = (validate\d+);export default \1;const (schema\d+) = /.exec(code);
  if (root === null) throw new Error('unexpected shape of ajv standalone code');
  const imports = [...helpers].map(([path, id]) => `import ${id} from "${path}.js";\n`).join('');
  return (
    '// Generated from policies/schema.json by scripts/generate-schema-validator.mjs (npm run bundle). Do not edit.\n' +
    '/* eslint-disable */\n' +
    imports +
    code.replace(/^"use strict";/, '') +
    `\nexport const schema = ${root[2]};\n` +
    `export const definitions = ${JSON.stringify(definitions)};\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = generateValidatorSource(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')));
  let current = null;
  try {
    current = readFileSync(GENERATED_URL, 'utf8');
  } catch {}
  if (current !== source) writeFileSync(GENERATED_URL, source);
}
