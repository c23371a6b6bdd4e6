import type { SourceLocation } from '../../core/errors.js';

/**
 * The shapes an import works on, whichever file they came from: a config (tests as written, with
 * defaultTest merged in and vars expanded, as promptfoo's evaluator does) or a results file (tests
 * as promptfoo recorded them, with the rendered prompt, the output and each assertion's pass).
 */

/** One promptfoo assertion as written: `{type: 'not-icontains', value: 'as an ai'}`. */
export interface PromptfooAssertion {
  type: string;
  value?: unknown;
  threshold?: number;
  weight?: number;
  metric?: string;
  transform?: unknown;
  /** The assertions of an `assert-set`. */
  assert?: unknown[];
  [other: string]: unknown;
}

/** What promptfoo recorded for one test (results file only). */
export interface RecordedRun {
  /** The prompt as sent, after rendering. */
  renderedPrompt: string;
  /** The provider's output (after promptfoo's transforms); undefined when the call failed. */
  output: string | undefined;
  /** promptfoo's verdict for the whole test. */
  success: boolean;
  /** The error, when promptfoo could not call the provider or grade the output. */
  error: string | undefined;
  /** One entry per assertion of the test, in order: its recorded pass; undefined when not recorded. */
  passes: (boolean | undefined)[];
  /** The rendered text values promptfoo recorded (renderedAssertionValue), per assertion. */
  renderedValues: (string | undefined)[];
}

/** A test case as promptfoo runs it: one row of its results table. */
export interface PromptfooTest {
  /** 0-based, promptfoo's testIdx. */
  index: number;
  /** Set by the test, or undefined (promptfoo's default "Row #n" descriptions are dropped). */
  description: string | undefined;
  vars: Record<string, unknown>;
  assertions: PromptfooAssertion[];
  /** The recorded output of the config (`providerOutput`), coerced to text. */
  providerOutput: string | undefined;
  metadata: Record<string, unknown>;
  /** Test threshold: promptfoo then passes a test on its weighted score, not on every assertion. */
  threshold: number | undefined;
  /** promptfoo's `options.prefix` and `options.suffix` around the prompt. */
  prefix: string;
  suffix: string;
  /** The test transforms the output before its assertions (`options.transform`). */
  outputTransform: boolean;
  /** Where the test was written, for messages. */
  location: SourceLocation;
  /** What promptfoo recorded (results file only). */
  recorded: RecordedRun | undefined;
}

/** A promptfoo prompt template with its label. */
export interface PromptfooPrompt {
  /** The raw template (a chat prompt is its JSON text). */
  template: string;
  label: string;
  location: SourceLocation;
}

/** One provider entry of the config: its id and options. */
export interface PromptfooProvider {
  id: string;
  label: string | undefined;
  config: Record<string, unknown>;
  location: SourceLocation;
}
