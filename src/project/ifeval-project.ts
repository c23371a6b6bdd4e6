import type { IfevalItem } from '../loaders/ifeval.js';

/** Where the imported files came from, for the comment at the top of fixfirst.yaml. */
export interface IfevalSources {
  input: string;
  responses: string;
}

/**
 * The files of a fixfirst project made from IFEval data: eval.jsonl (one row per prompt: id = IFEval
 * key, input = prompt, output = response, contract = its instructions) and fixfirst.yaml, scored
 * with `none` so that the per-item contracts alone decide. Pure: returns file names and contents.
 */
export function renderIfevalProject(
  items: readonly IfevalItem[],
  sources: IfevalSources,
): Record<string, string> {
  const rows = items.map((item) =>
    JSON.stringify({ id: item.id, input: item.prompt, output: item.response, contract: item.contract }),
  );
  const instructions = items.reduce((total, item) => total + item.contract.length, 0);
  const types = new Set(items.flatMap((item) => item.contract.map((spec) => spec.check))).size;
  const yaml = [
    '# A fixfirst project written by `fixfirst import ifeval`:',
    `#   input:     ${sources.input}`,
    `#   responses: ${sources.responses}`,
    `# ${items.length} prompts, ${instructions} instructions of ${types} types, as per-item contracts in eval.jsonl.`,
    "# Judged by the contracts alone (score: none), strictly and with IFEval's loose variants.",
    `task: ${JSON.stringify(`IFEval instruction following: ${items.length} prompts with recorded responses`)}`,
    'eval: eval.jsonl',
    'score: { type: none }',
    '',
  ].join('\n');
  return { 'eval.jsonl': `${rows.join('\n')}\n`, 'fixfirst.yaml': yaml };
}
