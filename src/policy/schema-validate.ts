// Runs the policy's value through policies/schema.json with ajv.
//
// The schema is inlined ($refs replaced by what they name) before compiling: ajv reports an
// error inside a referenced definition by its path within that definition, which loses the
// oneOf branch it came from. Inlined, every error's schemaPath runs from the root, so the
// branches of a oneOf can be told apart and its cascade collapsed.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { POLICY_SCHEMA } from './schema-source.js';
import type { SchemaObject } from './schema-source.js';

/** The `$defs` name each inlined schema object came from. */
const definitionNames = new WeakMap<object, string>();

export function definitionNameOf(schema: unknown): string | undefined {
  return typeof schema === 'object' && schema !== null ? definitionNames.get(schema) : undefined;
}

let compiled: ValidateFunction | undefined;

export function validateAgainstSchema(value: unknown): ErrorObject[] {
  compiled ??= compile();
  return compiled(value) ? [] : [...(compiled.errors ?? [])];
}

function compile(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: true });
  // Keywords editors understand (VS Code's JSON service, yaml-language-server): the loader
  // reads the messages itself, so ajv only needs to accept them.
  ajv.addVocabulary(['errorMessage', 'patternErrorMessage', 'markdownDescription']);
  return ajv.compile(inline(POLICY_SCHEMA));
}

function inline(root: SchemaObject): SchemaObject {
  const defs = (root['$defs'] ?? {}) as Record<string, SchemaObject>;
  const visitSchema = (node: unknown, depth: number): unknown => {
    if (depth > 64) throw new Error('policies/schema.json refers to itself; it must not');
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
    const { $ref, ...rest } = node as SchemaObject;
    const out: SchemaObject = {};
    let name: string | undefined;
    if (typeof $ref === 'string') {
      const match = /^#\/\$defs\/([^/]+)$/.exec($ref);
      if (match === null || defs[match[1]!] === undefined) throw new Error(`unsupported $ref ${$ref}`);
      name = match[1]!;
      Object.assign(out, visitSchema(defs[name], depth + 1) as SchemaObject);
    }
    for (const [keyword, value] of Object.entries(rest)) {
      if (keyword === '$defs') continue;
      out[keyword] = visitKeyword(keyword, value, depth + 1);
    }
    if (name !== undefined) definitionNames.set(out, name);
    return out;
  };
  const visitKeyword = (keyword: string, value: unknown, depth: number): unknown => {
    switch (keyword) {
      case 'properties':
        return Object.fromEntries(
          Object.entries(value as SchemaObject).map(([property, schema]) => [property, visitSchema(schema, depth)]),
        );
      case 'items':
      case 'additionalProperties':
      case 'propertyNames':
      case 'not':
        return visitSchema(value, depth);
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
        return (value as unknown[]).map((schema) => visitSchema(schema, depth));
      default:
        return value; // annotations and keyword arguments (enum, const, pattern, …)
    }
  };
  return visitSchema(root, 0) as SchemaObject;
}
