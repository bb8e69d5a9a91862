// src/policy/generated-schema-validator.js is compiled from policies/schema.json by
// scripts/generate-schema-validator.mjs (npm run bundle): it must be what the schema compiles to
// today, and agree with ajv compiling the same inlined schema at run time.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EDITOR_KEYWORDS, GENERATED_URL, SCHEMA_URL, generateValidatorSource, inlineSchema } from '../../scripts/generate-schema-validator.mjs';
import { definitionNameOf, validateAgainstSchema } from '../../src/policy/schema-validate.js';

const rootSchema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as { [keyword: string]: unknown };

describe('the generated policy schema validator', () => {
  test('is current: regenerating it from policies/schema.json gives the committed file (run npm run bundle)', () => {
    expect(readFileSync(GENERATED_URL, 'utf8')).toBe(generateValidatorSource(rootSchema));
  });

  test('reports what ajv compiling the inlined schema at run time reports', () => {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: true });
    ajv.addVocabulary(EDITOR_KEYWORDS);
    const compiled = ajv.compile(inlineSchema(rootSchema).schema);
    const values: unknown[] = [
      { version: 1, hosts: [{ host: 'mail.example.com', require: ['imaps', { service: 'smtp', port: 2525 }] }] },
      { version: 2, hosts: [{ host: 'bad host', require: ['imapz', { service: 'smtp', port: 'x' }], extra: 1 }] },
      { version: 1, rules: { 'no-such-rule': 'error', 'certificate-expiring': 'loud' }, waivers: [{ rule: 'x' }] },
      { version: 1, domains: [{ domain: '-bad-', mx: {}, 'mta-sts': 'sometimes' }], defaults: { tls: { 'min-version': 1.2 } } },
      'not a mapping',
    ];
    const strip = (e: { instancePath: string; schemaPath: string; keyword: string; params: unknown; message?: string; data?: unknown; schema?: unknown; parentSchema?: unknown }) => ({
      instancePath: e.instancePath,
      schemaPath: e.schemaPath,
      keyword: e.keyword,
      params: e.params,
      message: e.message,
      data: e.data,
      schema: e.schema,
      parentSchema: e.parentSchema,
    });
    for (const value of values) {
      compiled(value);
      expect(validateAgainstSchema(value).map(strip)).toEqual((compiled.errors ?? []).map(strip));
    }
  });

  test('names the definition each error came from', () => {
    const errors = validateAgainstSchema({ version: 1, rules: { 'no-such-rule': 'error' }, hosts: [{ host: 'bad host' }] });
    const names = errors.map((e) => definitionNameOf(e.parentSchema));
    expect(names).toContain('ruleSeverities');
    expect(names).toContain('hostName');
  });
});
