import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectConfigSchema } from '../core/config.js';
import { renderIfevalProject } from './ifeval-project.js';

describe('renderIfevalProject', () => {
  const files = renderIfevalProject(
    [
      {
        id: '7',
        prompt: 'Say hi.',
        response: 'Hi',
        inputLine: 1,
        contract: [{ check: 'punctuation:no_comma' }],
      },
    ],
    { input: 'in.jsonl', responses: 'out.jsonl' },
  );
  it('writes one eval row per prompt with its contract', () => {
    expect(files['eval.jsonl']).toBe(
      '{"id":"7","input":"Say hi.","output":"Hi","contract":[{"check":"punctuation:no_comma"}]}\n',
    );
  });
  it('writes a valid fixfirst.yaml scored by the contract alone', () => {
    const config = projectConfigSchema.parse(parse(files['fixfirst.yaml']!));
    expect(config.score).toEqual({ type: 'none' });
    expect(config.eval).toBe('eval.jsonl');
    expect(config.task).toMatch(/^IFEval/);
  });
});
