import type { TrainingExample } from '../../../core/data-audit.js';
import { exampleText, promptText, targetText } from './example-text.js';
import { normalizeForDuplicates } from './normalize-text.js';

/**
 * Texts derived from the example being audited, computed once per row however many audits ask.
 * Audits see rows one at a time, in turn, so a one-slot cache keyed by the example object is
 * enough and costs nothing to keep.
 */
class Derived {
  private example: TrainingExample | undefined;
  private values = new Map<string, unknown>();

  get<T>(example: TrainingExample, name: string, compute: () => T): T {
    if (example !== this.example) {
      this.example = example;
      this.values.clear();
    }
    if (this.values.has(name)) return this.values.get(name) as T;
    const value = compute();
    this.values.set(name, value);
    return value;
  }
}

const derived = new Derived();

/** `promptText`, once per row. */
export const cachedPrompt = (example: TrainingExample) =>
  derived.get(example, 'prompt', () => promptText(example));
/** `targetText`, once per row. */
export const cachedTarget = (example: TrainingExample) =>
  derived.get(example, 'target', () => targetText(example));
/** `exampleText`, once per row. */
export const cachedExampleText = (example: TrainingExample) =>
  derived.get(example, 'example', () => exampleText(example));
/** The normalised prompt (duplicate key), once per row. */
export const normalizedPrompt = (example: TrainingExample) =>
  derived.get(example, 'normalizedPrompt', () => normalizeForDuplicates(cachedPrompt(example)));
/** The normalised target, once per row. */
export const normalizedTarget = (example: TrainingExample) =>
  derived.get(example, 'normalizedTarget', () => normalizeForDuplicates(cachedTarget(example)));
