import { describe, expect, it } from 'vitest';
import { cleanCommandFor, cleanedPathFor, reauditCommandFor, shellWord } from './clean-command.js';

describe('clean command', () => {
  it('repeats the eval set, config, format and model the audit read', () => {
    expect(cleanCommandFor('data/train.jsonl', { eval: 'data/eval.jsonl', config: 'fixfirst.yaml' })).toBe(
      'fixfirst clean data/train.jsonl --out data/train.clean.jsonl --eval data/eval.jsonl --config fixfirst.yaml',
    );
    expect(cleanCommandFor('train.csv', { format: 'csv', model: 'openai:gpt-4o-mini' })).toBe(
      'fixfirst clean train.csv --out train.clean.csv --format csv --model openai:gpt-4o-mini',
    );
    expect(reauditCommandFor('data/train.jsonl', { config: 'fixfirst.yaml' })).toBe(
      'fixfirst audit data/train.clean.jsonl --config fixfirst.yaml',
    );
  });
  it('quotes paths a shell would split', () => {
    expect(shellWord("my data/it's.jsonl")).toBe(`'my data/it'\\''s.jsonl'`);
    expect(cleanedPathFor('train')).toBe('train.clean');
  });
});
