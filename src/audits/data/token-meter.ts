import type { AuditSettings } from '../../core/config-audit.js';
import type { RowMeasure, TokenCounter, TrainingExample } from '../../core/data-audit.js';
import { GrowableUint32 } from './shared/growable.js';
import { mix32 } from './shared/hash.js';
import { type Distribution, describeDistribution } from './shared/quantiles.js';

/** Per-message overhead of the cookbook's formula (`tokens_per_message`). */
const tokensPerMessage = 3;
/** The reply primer added once per example. */
const replyPrimer = 3;
/** Targets this short are always counted exactly (the near-empty check needs exact counts). */
const shortTargetChars = 64;

/** Distinct system prompts whose counts are remembered. */
const systemPromptsKept = 256;

/** A total with its 95% interval and whether it was measured or estimated. */
export interface TokenTotal {
  value: number;
  low: number;
  high: number;
  kind: 'measured' | 'estimate';
  method: string;
}

/** The token figures of a training set (OpenAI cookbook, data.md §1.3-1.4). */
export interface TokenSummary {
  encoding: string;
  counting: 'exact' | 'sampled';
  rows: number;
  /** Rows counted with the tokenizer (all of them in exact mode). */
  exactRows: number;
  total: TokenTotal;
  target: TokenTotal;
  perExample: Distribution;
  targetPerExample: Distribution;
  contextLimit: number;
  overLimit: number;
  billing: {
    epochs: number;
    epochRule: string;
    tokensPerEpoch: TokenTotal;
    chargedTokens: TokenTotal;
  };
  sample: { rate: number; rows: number } | null;
}

/**
 * Counts tokens with the cookbook's formula: per message 3 + the tokens of its role and content
 * (and of its tool calls), plus 3 for the reply primer, plus the tools JSON when present. Exact
 * counting is the slow part of an audit (about 2 M tokens/s here), so past `tokens.exact_up_to`
 * rows it counts a seeded random sample exactly, estimates the other rows from their length with
 * the census ratio, and reports the total with a ratio-estimator 95% interval. Rows that could
 * exceed the context limit (UTF-8 bytes > limit) and short targets are always counted exactly,
 * so `too_long` and near-empty targets never rest on an estimate.
 */
export class TokenMeter {
  private readonly roleTokens = new Map<string, number>();
  private readonly systemTokens = new Map<string, number>();
  private rowIndex = 0;
  private overhead = 0;
  private censusTokens = 0;
  private censusChars = 0;
  private forcedTokens = 0;
  private estimableChars = 0;
  private sampleChars = 0;
  private sampleTokens = 0;
  private readonly sampleResiduals: [number, number][] = [];
  private sampleRate: number | undefined;
  private exactRows = 0;
  private excess = 0;
  private overLimit = 0;
  private targetExactTokens = 0;
  private targetEstimateChars = 0;
  private examples = 0;
  private readonly tokensPerRow = new GrowableUint32();
  private readonly targetPerRow = new GrowableUint32();

  constructor(
    private readonly settings: AuditSettings,
    private readonly tokenizer: TokenCounter,
    private readonly countEverything: boolean,
  ) {}

  /** Sets the sampling rate once the census is over, from the expected number of rows. */
  expectRows(total: number): void {
    if (this.sampleRate !== undefined) return;
    const remaining = Math.max(1, total - this.settings.tokens.exact_up_to);
    this.sampleRate = Math.min(1, this.settings.tokens.sample / remaining);
  }

  /** Tokens of a system prompt: most sets repeat one or a few in every row (bounded: a few hundred). */
  private systemPrompt(text: string): number {
    let tokens = this.systemTokens.get(text);
    if (tokens === undefined) {
      tokens = this.tokenizer.count(text);
      if (this.systemTokens.size < systemPromptsKept) this.systemTokens.set(text, tokens);
    }
    return tokens;
  }

  private role(role: string): number {
    let tokens = this.roleTokens.get(role);
    if (tokens === undefined) {
      tokens = this.tokenizer.count(role);
      this.roleTokens.set(role, tokens);
    }
    return tokens;
  }

  private inSample(row: number): boolean {
    // Without a size hint from the source, assume a file ten times the census (a smaller sample, a wider interval).
    if (this.sampleRate === undefined) this.expectRows(this.settings.tokens.exact_up_to * 10);
    return mix32(row ^ this.settings.tokens.seed) / 4294967296 < this.sampleRate!;
  }

  /** Counts (or estimates) one example. */
  measure(example: TrainingExample): RowMeasure {
    this.examples++;
    this.rowIndex++;
    let overhead = replyPrimer;
    let chars = 0;
    let bytes = 0;
    let targetChars = 0;
    const texts: string[] = [];
    /** Index in `texts` of each trained assistant message's content (counted once, used twice). */
    const targets: number[] = [];
    /** Index in `texts` of each system prompt (counted once per distinct prompt). */
    const systemPrompts: number[] = [];
    const add = (text: string) => {
      texts.push(text);
      chars += text.length;
      bytes += Buffer.byteLength(text, 'utf8');
    };
    for (const message of example.messages) {
      overhead += tokensPerMessage + this.role(message.role);
      if (message.role === 'assistant' && message.trained) {
        targets.push(texts.length);
        targetChars += message.content.length;
      }
      if (message.role === 'system') systemPrompts.push(texts.length);
      add(message.content);
      if (message.toolCalls !== undefined) add(message.toolCalls);
    }
    if (example.tools !== undefined) add(example.tools);
    this.overhead += overhead;
    const limit = this.settings.context_limit;
    const census = this.countEverything || this.rowIndex <= this.settings.tokens.exact_up_to;
    // A byte-level BPE token covers at least one UTF-8 byte, so a row within the limit in bytes is within it in tokens.
    const mayExceed = bytes + overhead > limit;
    const sampled = !census && !mayExceed && this.inSample(example.row);
    const exact = census || mayExceed || sampled;
    let content: number;
    let counts: number[] | undefined;
    if (exact) {
      counts = texts.map((text, index) =>
        systemPrompts.includes(index) ? this.systemPrompt(text) : this.tokenizer.count(text),
      );
      content = 0;
      for (const count of counts) content += count;
      this.exactRows++;
    } else content = Math.round(chars * this.ratio());
    if (census) {
      this.censusTokens += content;
      this.censusChars += chars;
    } else if (mayExceed) this.forcedTokens += content;
    else {
      this.estimableChars += chars;
      if (sampled) {
        this.sampleChars += chars;
        this.sampleTokens += content;
        this.sampleResiduals.push([content, chars]);
      }
    }
    const tokens = overhead + content;
    if (tokens > limit) {
      this.overLimit++;
      this.excess += tokens - limit;
    }
    let targetTokens: number;
    if (exact || targetChars <= shortTargetChars) {
      targetTokens = 0;
      for (const index of targets) targetTokens += counts?.[index] ?? this.tokenizer.count(texts[index]!);
      this.targetExactTokens += targetTokens;
    } else {
      targetTokens = Math.round(targetChars * this.ratio());
      this.targetEstimateChars += targetChars;
    }
    this.tokensPerRow.push(tokens);
    this.targetPerRow.push(targetTokens);
    return { tokens, targetTokens, exact };
  }

  /** Tokens per character from the census (0.25 before any row is counted). */
  private ratio(): number {
    return this.censusChars > 0 ? this.censusTokens / this.censusChars : 0.25;
  }

  /** The figures, with the cookbook's epoch rule and billing. */
  summary(): TokenSummary {
    const sampled = this.estimableChars > 0;
    let estimate = 0;
    let variance = 0;
    if (sampled) {
      const ratio = this.sampleChars > 0 ? this.sampleTokens / this.sampleChars : this.ratio();
      estimate = ratio * this.estimableChars;
      const rate = this.sampleRate ?? 1;
      let squares = 0;
      for (const [tokens, chars] of this.sampleResiduals) squares += (tokens - ratio * chars) ** 2;
      variance = ((1 - rate) / (rate * rate)) * squares;
    }
    const halfWidth = 1.959964 * Math.sqrt(variance);
    const totalValue = this.overhead + this.censusTokens + this.forcedTokens + estimate;
    const kind = sampled ? 'estimate' : 'measured';
    const method = sampled
      ? `exact count of ${this.exactRows} rows, ratio estimate for the other ${this.examples - this.exactRows} (95% interval)`
      : 'exact count of every row';
    const total = interval(totalValue, halfWidth, kind, method);
    const targetValue = this.targetExactTokens + this.targetEstimateChars * this.ratio();
    const target = interval(
      targetValue,
      sampled ? halfWidth * (this.targetEstimateChars / Math.max(1, this.estimableChars)) : 0,
      kind,
      method,
    );
    const epochs = defaultEpochs(this.examples, this.settings);
    const billed = totalValue - this.excess;
    const tokensPerEpoch = interval(
      billed,
      halfWidth,
      kind,
      `sum over examples of min(${this.settings.context_limit}, tokens)`,
    );
    const chargedTokens = interval(
      billed * epochs,
      halfWidth * epochs,
      kind,
      `${epochs} epochs x tokens per epoch`,
    );
    const rule = this.settings.epochs;
    return {
      encoding: this.tokenizer.encoding,
      counting: sampled ? 'sampled' : 'exact',
      rows: this.examples,
      exactRows: this.exactRows,
      total,
      target,
      perExample: describeDistribution(this.tokensPerRow.view()),
      targetPerExample: describeDistribution(this.targetPerRow.view()),
      contextLimit: this.settings.context_limit,
      overLimit: this.overLimit,
      billing: {
        epochs,
        epochRule: `${rule.target} epochs, raised to min(${rule.max_default}, ${rule.min_target_examples} / n) when n x ${rule.target} < ${rule.min_target_examples}, lowered to max(${rule.min_default}, ${rule.max_target_examples} / n) when n x ${rule.target} > ${rule.max_target_examples} (OpenAI cookbook)`,
        tokensPerEpoch,
        chargedTokens,
      },
      sample: sampled ? { rate: this.sampleRate ?? 1, rows: this.sampleResiduals.length } : null,
    };
  }
}

function interval(value: number, halfWidth: number, kind: TokenTotal['kind'], method: string): TokenTotal {
  return {
    value: Math.round(value),
    low: Math.max(0, Math.round(value - halfWidth)),
    high: Math.round(value + halfWidth),
    kind,
    method,
  };
}

/** The OpenAI cookbook's default epochs for `n` examples (data.md §1.4). */
export function defaultEpochs(n: number, settings: AuditSettings): number {
  const rule = settings.epochs;
  if (n === 0) return rule.target;
  if (n * rule.target < rule.min_target_examples)
    return Math.min(rule.max_default, Math.floor(rule.min_target_examples / n));
  if (n * rule.target > rule.max_target_examples)
    return Math.max(rule.min_default, Math.floor(rule.max_target_examples / n));
  return rule.target;
}
