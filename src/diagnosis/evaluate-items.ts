import { goldEvidence } from '../audits/retrieval/gold-evidence.js';
import { looseVariants } from '../checks/loose-variants.js';
import type { ResolvedCheck, ResolvedScorer } from '../checks/resolve.js';
import { isBlank } from '../checks/text/python-text.js';
import type { EvalCase } from '../core/eval-case.js';
import { inputText } from '../core/eval-case.js';
import type { ItemCheckResult, ItemClass, ItemResult } from '../core/report/item-result.js';

/** An eval case with its contract resolved (project checks first, then the item's own). */
export interface PreparedCase {
  evalCase: EvalCase;
  checks: ResolvedCheck[];
}

/** The failure class of DESIGN §2.1 from the three facts that define it. */
export function classify(correctStrict: boolean, correctLenient: boolean, contractMet: boolean): ItemClass {
  if (correctStrict && contractMet) return 'pass';
  if (correctLenient) return 'surface';
  return contractMet ? 'behavioral' : 'mixed';
}

/**
 * Whether any gold passage reached the prompt (by gold ids; without them, whether the reference
 * answer appears in a passage — see `goldEvidence`); null when the item logs no contexts, or neither
 * gold ids nor a text reference.
 */
export function goldInContext(evalCase: EvalCase): boolean | null {
  return goldEvidence(evalCase)?.present ?? null;
}

/** A blank output follows no instruction (IFEval's rule), whatever the check would say about it. */
const blankOutcome = { pass: false, detail: 'the output is blank' };

function runCheck(check: ResolvedCheck, output: string, input: string): ItemCheckResult {
  const strict = isBlank(output) ? blankOutcome : check.run(output, { input });
  if (strict.pass) return { check: check.id, category: check.category, pass: true, passLoose: true };
  // Strict pass implies loose pass (the raw output is one of the variants), so variants are only tried on failure.
  let passLoose = false;
  const variantContext = { input, detailWanted: false };
  for (const variant of looseVariants(output).slice(1)) {
    if (!isBlank(variant) && check.run(variant, variantContext).pass) {
      passLoose = true;
      break;
    }
  }
  const result: ItemCheckResult = { check: check.id, category: check.category, pass: false, passLoose };
  if (strict.detail !== undefined) result.detail = strict.detail;
  return result;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown })?.then === 'function';
}

/** Items evaluated between two progress reports (a report reads the clock). */
const progressEvery = 256;

/**
 * Scores every item strictly and leniently and runs its contract, strict and loose. Items whose
 * output is missing (live mode before a run) are skipped by the caller, never scored as wrong.
 * `onProgress` hears how many items are done, now and then (the CLI draws it).
 */
export async function evaluateItems(
  cases: readonly PreparedCase[],
  scorer: ResolvedScorer,
  onProgress?: (done: number) => void,
): Promise<ItemResult[]> {
  const results: ItemResult[] = new Array(cases.length);
  for (let index = 0; index < cases.length; index++) {
    if (onProgress !== undefined && index % progressEvery === 0) onProgress(index);
    const { evalCase, checks } = cases[index]!;
    const output = evalCase.output ?? '';
    const input = inputText(evalCase.input);
    const itemId = evalCase.id;
    let strict = scorer.score(output, evalCase.reference, { mode: 'strict', input, itemId });
    if (isPromise(strict)) strict = await strict;
    let lenient = strict.correct
      ? strict
      : scorer.score(output, evalCase.reference, { mode: 'lenient', input, itemId });
    if (isPromise(lenient)) lenient = await lenient;
    const checkResults = checks.map((check) => runCheck(check, output, input));
    const contractMet = checkResults.every((result) => result.pass);
    const contractMetLoose = checkResults.every((result) => result.passLoose);
    const correctLenient = strict.correct || lenient.correct;
    const itemClass = classify(strict.correct, correctLenient, contractMet);
    const gold = goldInContext(evalCase);
    const result: ItemResult = {
      id: evalCase.id,
      line: evalCase.line,
      class: itemClass,
      foundation: (itemClass === 'behavioral' || itemClass === 'mixed') && gold === false,
      correctStrict: strict.correct,
      correctLenient,
      contractMet,
      contractMetLoose,
      score: Math.max(strict.score, lenient.score),
      checks: checkResults,
      goldInContext: gold,
      tags: evalCase.tags,
    };
    const detail = strict.correct
      ? undefined
      : lenient.correct
        ? strict.detail
        : (lenient.detail ?? strict.detail);
    if (detail !== undefined) result.scoreDetail = detail;
    results[index] = result;
  }
  onProgress?.(cases.length);
  return results;
}
