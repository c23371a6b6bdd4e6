import type { CompileHelpers } from '../core/check.js';
import { atField, FixfirstError } from '../core/errors.js';
import { validate as generatedMetaValidator } from './json-schema/draft07-meta-validator.generated.js';

/** ajv's standalone validator of the draft-07 meta-schema (`npm run schemas` writes it). */
const draft07MetaValidator = generatedMetaValidator as ((schema: unknown) => boolean) & {
  errors?: import('ajv').ErrorObject[] | null;
};
const draft07Ids = ['http://json-schema.org/draft-07/schema#', 'http://json-schema.org/draft-07/schema'];

/** A compiled JSON Schema validator that describes its first error in words. */
export interface CompiledJsonSchema {
  validate(value: unknown): { valid: true } | { valid: false; error: string };
}

/**
 * Loads a JSON Schema named by a check parameter (a path relative to the project folder, or the
 * schema inline) and compiles it with ajv (draft-07, or 2020-12 when `$schema` says so). Shared by
 * the checks that validate JSON (json_schema, contains_json). Errors are located at `field`.
 */
export async function compileJsonSchema(
  schemaOrPath: string | Record<string, unknown>,
  helpers: CompileHelpers,
  field: string,
): Promise<CompiledJsonSchema> {
  let schema: unknown = schemaOrPath;
  if (typeof schemaOrPath === 'string') {
    try {
      schema = helpers.readJsonFile(schemaOrPath);
    } catch (error) {
      throw atField(error, field);
    }
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new FixfirstError('CONFIG_INVALID', 'a JSON Schema must be an object', {
      location: { field },
      hint: 'write the schema as a JSON object, e.g. {"type": "object", "required": ["category"]}',
    });
  }
  const record = schema as Record<string, unknown>;
  // Lazy: ajv is only loaded by projects that validate JSON against a schema. `default` (ajv's
  // module.exports) is the class both under Node and in the CLI bundle, which exposes no named
  // exports of CommonJS.
  const draft2020 = typeof record.$schema === 'string' && record.$schema.includes('2020-12');
  const loaded = (draft2020 ? await import('ajv/dist/2020.js') : await import('ajv')) as unknown as {
    default: typeof import('ajv').Ajv;
  };
  const AjvClass = loaded.default;
  // A draft-07 schema is checked against its meta-schema by the generated validator, as ajv would
  // check it (same options, same message), instead of ajv compiling the meta-schema on every run.
  const precheck =
    !draft2020 && (record.$schema === undefined || draft07Ids.includes(record.$schema as string));
  const ajv = new AjvClass({ allErrors: false, strict: false, validateSchema: !precheck });
  let validator: ReturnType<typeof ajv.compile>;
  try {
    if (precheck && !draft07MetaValidator(record)) {
      throw new Error(`schema is invalid: ${ajv.errorsText(draft07MetaValidator.errors)}`);
    }
    validator = ajv.compile(record);
  } catch (error) {
    throw new FixfirstError('CONFIG_INVALID', `invalid JSON Schema: ${(error as Error).message}`, {
      location: { field },
      hint: 'fix the schema (https://json-schema.org); draft-07 and 2020-12 are supported',
    });
  }
  return {
    validate(value) {
      if (validator(value)) return { valid: true };
      const first = validator.errors?.[0];
      const where = first?.instancePath ? first.instancePath : '(root)';
      return { valid: false, error: `${where} ${first?.message ?? 'does not match'}` };
    },
  };
}
