// Types of generated-schema-validator.js (generated from policies/schema.json by
// scripts/generate-schema-validator.mjs).
import type { ErrorObject } from 'ajv/dist/2020.js';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The validator of the inlined policy schema (allErrors, verbose). */
export declare const validate: GeneratedValidator;
export default validate;
/** The inlined schema the validator's errors point into (their schema and parentSchema). */
export declare const schema: { [keyword: string]: unknown };
/** Where each inlined `$defs` entry landed: property names from the root, and the definition's name. */
export declare const definitions: [path: (string | number)[], name: string][];
