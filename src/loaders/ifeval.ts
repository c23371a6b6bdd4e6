import { checkAliases } from '../checks/contract/index.js';
import { CheckResolver } from '../checks/resolve.js';
import type { CompileHelpers } from '../core/check.js';
import { FixfirstError, ProblemCollector } from '../core/errors.js';
import type { CheckSpec } from '../core/eval-case.js';
import { isJsonObject, type JsonValue } from '../core/json.js';
import { didYouMean } from '../core/suggest.js';
import { nonBlankLines, readTextFile } from './read-text.js';

/** One IFEval prompt with its instructions and the recorded response, ready to become an eval row. */
export interface IfevalItem {
  /** IFEval's `key`, as text. */
  id: string;
  prompt: string;
  response: string;
  /** The instructions as contract checks: `{check: "punctuation:no_comma"}`, kwargs beside `check`, nulls dropped. */
  contract: CheckSpec[];
  /** Line of the prompt in the input file. */
  inputLine: number;
}

/** Where to read IFEval's two files. */
export interface IfevalFiles {
  input: { path: string; shownAs: string };
  responses: { path: string; shownAs: string };
}

/** Checks compile without files: IFEval kwargs never name one. */
const noFiles: CompileHelpers = {
  readJsonFile: (relativePath) => {
    throw new FixfirstError('INPUT_INVALID', `IFEval kwargs cannot name files (${relativePath})`);
  },
  importModule: async (relativePath) => {
    throw new FixfirstError('INPUT_INVALID', `IFEval kwargs cannot name modules (${relativePath})`);
  },
};

function parseLines(
  file: { path: string; shownAs: string },
  collector: ProblemCollector,
): { line: number; row: Record<string, JsonValue> }[] {
  const rows: { line: number; row: Record<string, JsonValue> }[] = [];
  const text = readTextFile(file.path, file.shownAs);
  for (const [line, content] of nonBlankLines(text)) {
    let value: JsonValue;
    try {
      value = JSON.parse(content) as JsonValue;
    } catch (error) {
      collector.add({
        location: { file: file.shownAs, line },
        problem: `not valid JSON (${(error as Error).message})`,
        hint: 'each line must be one JSON object',
      });
      continue;
    }
    if (!isJsonObject(value)) {
      collector.add({
        location: { file: file.shownAs, line },
        problem: 'expected a JSON object on this line',
      });
      continue;
    }
    rows.push({ line, row: value });
  }
  if (rows.length === 0 && collector.size === 0) {
    collector.add({
      location: { file: file.shownAs },
      problem: 'the file has no rows',
      hint: 'name a non-empty JSONL file',
    });
  }
  return rows;
}

/**
 * Reads IFEval's input file (`{key, prompt, instruction_id_list, kwargs}` per line) and a responses
 * file (`{prompt, response}` per line, in the same order) and validates everything before anything
 * is written: unknown instruction ids (with the nearest known one), kwargs of the wrong type or
 * missing, duplicate keys, a response whose prompt is not its input row's. All problems are
 * reported together, with file, line and field.
 */
export async function loadIfeval(files: IfevalFiles): Promise<IfevalItem[]> {
  const collector = new ProblemCollector('INPUT_INVALID', 20);
  const inputs = parseLines(files.input, collector);
  const responses = parseLines(files.responses, collector);
  collector.throwIfAny();

  const resolver = new CheckResolver(noFiles, 'INPUT_INVALID');
  const seenKeys = new Map<string, number>();
  const knownIds = knownInstructionIds();
  // One slot per input row (undefined for an invalid row), so responses still pair by row.
  const slots: (IfevalItem | undefined)[] = [];
  for (const { line, row } of inputs) {
    slots.push(await readInputRow(line, row, files, collector, resolver, seenKeys, knownIds));
  }
  matchResponses(slots, responses, files, collector);
  collector.throwIfAny();
  return slots.filter((item): item is IfevalItem => item !== undefined);
}

/** One row of the input file as an item, or undefined (its problems collected). */
async function readInputRow(
  line: number,
  row: Record<string, JsonValue>,
  files: IfevalFiles,
  collector: ProblemCollector,
  resolver: CheckResolver,
  seenKeys: Map<string, number>,
  knownIds: Set<string>,
): Promise<IfevalItem | undefined> {
  const where = (field: string) => ({ file: files.input.shownAs, line, field });
  const { key, prompt, instruction_id_list: ids, kwargs } = row;
  if (typeof key !== 'number' && typeof key !== 'string') {
    collector.add({
      location: where('key'),
      problem: 'required number "key" missing',
      hint: 'every IFEval row has a key',
    });
    return undefined;
  }
  if (typeof prompt !== 'string') {
    collector.add({ location: where('prompt'), problem: 'expected the prompt as a string' });
    return undefined;
  }
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    collector.add({
      location: where('instruction_id_list'),
      problem: 'expected a list of instruction ids',
    });
    return undefined;
  }
  if (!Array.isArray(kwargs) || kwargs.length !== ids.length || !kwargs.every(isJsonObject)) {
    collector.add({
      location: where('kwargs'),
      problem: `expected a list of ${ids.length} kwargs objects, one per instruction id`,
    });
    return undefined;
  }
  const id = String(key);
  const firstLine = seenKeys.get(id);
  if (firstLine !== undefined) {
    collector.add({
      location: where('key'),
      problem: `duplicate key ${id} (first used on line ${firstLine})`,
    });
    return undefined;
  }
  seenKeys.set(id, line);
  const contract: CheckSpec[] = [];
  for (const [index, instruction] of (ids as string[]).entries()) {
    if (!knownIds.has(instruction)) {
      collector.add({
        location: where(`instruction_id_list[${index}]`),
        problem: `unknown instruction id "${instruction}".${didYouMean(instruction, knownIds)}`,
        hint: 'use one of the 25 IFEval instruction ids (README "IFEval")',
      });
      return undefined;
    }
    const parameters = Object.fromEntries(
      Object.entries(kwargs[index] as Record<string, JsonValue>).filter(([, value]) => value !== null),
    );
    const spec: CheckSpec = { check: instruction, ...parameters };
    try {
      await resolver.resolve(spec, where(`kwargs[${index}]`));
      contract.push(spec);
    } catch (error) {
      if (!collector.absorb(error)) throw error;
    }
  }
  return { id, prompt, response: '', contract, inputLine: line };
}

/** IFEval's instruction ids: the aliases written `group:name`. */
function knownInstructionIds(): Set<string> {
  return new Set(checkAliases.filter((alias) => alias.id.includes(':')).map((alias) => alias.id));
}

/** Pairs responses with inputs row by row (IFEval's files share their order) and checks the prompts agree. */
function matchResponses(
  items: readonly (IfevalItem | undefined)[],
  responses: { line: number; row: Record<string, JsonValue> }[],
  files: IfevalFiles,
  collector: ProblemCollector,
): void {
  if (responses.length !== items.length) {
    collector.add({
      location: { file: files.responses.shownAs },
      problem: `${responses.length} responses for ${items.length} input rows`,
      hint: `give one response per input row of ${files.input.shownAs}, in the same order`,
    });
    return;
  }
  const rowOfPrompt = new Map(
    items.flatMap((item, index) => (item === undefined ? [] : [[item.prompt, index + 1] as const])),
  );
  for (const [index, { line, row }] of responses.entries()) {
    const item = items[index];
    // An invalid input row is reported on its own; its response has nothing to pair with.
    if (item === undefined) continue;
    const where = (field: string) => ({ file: files.responses.shownAs, line, field });
    if (typeof row.response !== 'string') {
      collector.add({ location: where('response'), problem: 'expected the response as a string' });
      continue;
    }
    if (row.prompt !== item.prompt) {
      const elsewhere = typeof row.prompt === 'string' ? rowOfPrompt.get(row.prompt) : undefined;
      collector.add({
        location: where('prompt'),
        problem: `this response's prompt does not match input row ${index + 1} (key ${item.id}, ${files.input.shownAs}:${item.inputLine})`,
        hint:
          elsewhere === undefined
            ? 'the responses must come from a run on this input file, one per row, in the same order'
            : `it matches input row ${elsewhere}: put the responses in the order of the input file`,
      });
      continue;
    }
    item.response = row.response;
  }
}
