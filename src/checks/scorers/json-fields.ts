import { z } from 'zod';
import { configError } from '../../core/errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../core/json.js';
import { defineScorer } from '../../core/scorer.js';
import { compileJsonPath, type JsonPath, readJsonPath } from '../json-path.js';
import { extractJson } from '../normalize/extract-json.js';
import { foldText } from '../normalize/fold-text.js';
import { jsonEqual } from '../normalize/json-equal.js';
import { lenientJsonEqual } from '../normalize/lenient-json-equal.js';
import { SynonymTable } from '../normalize/synonym-table.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';

const params = z.strictObject({
  fields: z
    .array(z.string().min(1))
    .min(1)
    .describe('Fields to compare, as dotted paths (`category`, `ticket.priority`, `items[0].sku`).'),
  synonyms: z
    .record(z.string(), z.array(z.string().min(1)))
    .default({})
    .describe('Other ways of writing a string value, e.g. {high: [urgent, p1]}; applied in lenient mode.'),
});

interface CompiledFields {
  paths: JsonPath[];
  synonyms: SynonymTable;
}

/** The reference as an object: itself, or parsed from a string holding JSON. */
function referenceObject(reference: JsonValue | undefined): JsonObject | undefined {
  if (isJsonObject(reference)) return reference;
  if (typeof reference !== 'string') return undefined;
  try {
    const parsed = JSON.parse(reference) as JsonValue;
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The output parsed as an object: whole (strict) or found in fences or prose (lenient). */
function outputObject(output: string, lenient: boolean): JsonObject | undefined {
  if (!lenient) {
    const first = output.trimStart()[0];
    if (first !== '{') return undefined;
    try {
      const parsed = JSON.parse(output) as JsonValue;
      return isJsonObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  const found = extractJson(output, 'object');
  if (found !== undefined) return found.value as JsonObject;
  // A double-encoded reply ("{\"category\": …}" as a JSON string) is the object once decoded.
  const asString = extractJsonString(output);
  return asString === undefined ? undefined : referenceObject(asString);
}

function extractJsonString(output: string): string | undefined {
  const trimmed = output.trim();
  if (!trimmed.startsWith('"')) return undefined;
  try {
    const parsed = JSON.parse(trimmed) as JsonValue;
    return typeof parsed === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Named fields of a JSON output equal the reference's. */
export const jsonFieldsScorer = defineScorer({
  id: 'json-fields',
  summary: 'The named fields of a JSON output equal the reference’s.',
  strict:
    'The raw output parses with JSON.parse as an object and every named field deep-equals the reference’s.',
  lenient:
    'JSON found in code fences or prose, keys matched case- and style-insensitively (Priority_Level = priorityLevel), string values folded (case, space, punctuation) and synonyms mapped, "3" = 3.',
  whenToUse:
    'Structured outputs (classification or extraction as JSON) where some fields decide correctness.',
  whenNotToUse:
    'Plain-text replies (use label, exact or token-f1); checking only that the output is valid JSON or fits a schema (use the json or json_schema contract checks).',
  requiresReference: true,
  params,
  compile(options): CompiledFields {
    const paths = options.fields.map((field, index) => {
      const path = compileJsonPath(field);
      if (path === undefined) {
        throw configError(
          `field path "${field}" is malformed`,
          { field: `fields[${index}]` },
          'write dotted names like `ticket.priority` or `items[0].sku`, without empty parts',
        );
      }
      return path;
    });
    return { paths, synonyms: new SynonymTable(options.synonyms, foldText) };
  },
  checkReference(reference, compiled) {
    const object = referenceObject(reference);
    if (object === undefined) {
      return {
        problem: 'the reference must be a JSON object (or a string holding one)',
        hint: 'write e.g. {"category": "billing"}',
      };
    }
    const missing = compiled.paths.filter((path) => !readJsonPath(object, path, false).found);
    if (missing.length > 0) {
      return {
        problem: `the reference has no field ${missing.map((path) => `"${path.text}"`).join(', ')}`,
        hint: 'add the field to the reference (null when it has no value) or remove it from score.fields',
      };
    }
    return undefined;
  },
  score(output, reference, compiled, context) {
    const expected = referenceObject(reference);
    if (expected === undefined) return wrongOutcome('the reference is not a JSON object');
    const lenient = context.mode === 'lenient';
    const strictObject = outputObject(output, false);
    const actual = strictObject ?? (lenient ? outputObject(output, true) : undefined);
    if (actual === undefined) {
      return wrongOutcome(lenient ? 'no JSON object found in the output' : 'the output is not a JSON object');
    }
    for (const path of compiled.paths) {
      const wanted = readJsonPath(expected, path, false);
      const wantedValue = wanted.found ? wanted.value : undefined;
      const exact = readJsonPath(actual, path, false);
      if (exact.found && jsonEqual(wantedValue, exact.value)) continue;
      // Folded lookup prefers the exact key, so a present key is never swapped for a look-alike.
      const got = lenient ? readJsonPath(actual, path, true) : exact;
      if (lenient && got.found && lenientJsonEqual(wantedValue, got.value, { synonyms: compiled.synonyms })) {
        continue;
      }
      return wrongOutcome(
        `${path.text}: expected ${quote(wantedValue)}, got ${got.found ? quote(got.value) : 'nothing (field missing)'}`,
      );
    }
    return correctOutcome;
  },
});
