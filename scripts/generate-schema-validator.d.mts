// Types of generate-schema-validator.mjs, for the test that checks the generated module is current.
export declare const SCHEMA_URL: URL;
export declare const GENERATED_URL: URL;
export declare const EDITOR_KEYWORDS: string[];
export declare function inlineSchema(root: { [keyword: string]: unknown }): {
  schema: { [keyword: string]: unknown };
  definitions: [path: (string | number)[], name: string][];
};
export declare function generateValidatorSource(rootSchema: { [keyword: string]: unknown }): string;
