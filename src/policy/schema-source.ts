// policies/schema.json is the one statement of the policy's structure: editors read it to
// complete and check policies, and the loader validates against the very same file.
import policySchema from '../../policies/schema.json' with { type: 'json' };

export type SchemaObject = { [keyword: string]: unknown };

export const POLICY_SCHEMA: SchemaObject = policySchema as SchemaObject;

/** A named definition under `$defs`. */
export function schemaDefinition(name: string): SchemaObject {
  const defs = POLICY_SCHEMA['$defs'] as Record<string, SchemaObject>;
  const def = defs[name];
  if (def === undefined) throw new Error(`policies/schema.json has no $defs/${name}`);
  return def;
}
