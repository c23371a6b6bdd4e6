import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectConfigSchema } from '../core/config.js';
import { keysAt } from './schema-keys.js';

describe('keysAt', () => {
  it('finds the keys of every nested section of fixfirst.yaml', () => {
    expect(keysAt(projectConfigSchema, [])).toContain('economics');
    expect(keysAt(projectConfigSchema, ['economics'])).toContain('fine_tune_model');
    expect(keysAt(projectConfigSchema, ['economics', 'prompt'])).toContain('system_tokens');
    expect(keysAt(projectConfigSchema, ['economics', 'labour', 'hours'])).toEqual([
      'fix_prompt',
      'fix_foundation',
      'fix_data',
      'fine_tune',
    ]);
    // Through a record (economics.prices."<id>") to the price keys.
    expect(keysAt(projectConfigSchema, ['economics', 'prices', 'openai:x'])).toContain('hosting_per_month');
    expect(keysAt(projectConfigSchema, ['live'])).toContain('concurrency');
    expect(keysAt(projectConfigSchema, ['thresholds'])).toContain('min_items');
    expect(keysAt(projectConfigSchema, ['audit'])).toContain('near_duplicates');
  });
  it('looks through optional, default, union and array', () => {
    const schema = z.object({
      a: z
        .array(z.union([z.string(), z.strictObject({ left: z.number() }), z.object({ right: z.number() })]))
        .optional()
        .default([]),
    });
    expect(keysAt(schema, ['a', 0])).toEqual(['left', 'right']);
  });
  it('is empty where the path leads to no object', () => {
    expect(keysAt(projectConfigSchema, ['task'])).toEqual([]);
    expect(keysAt(projectConfigSchema, ['nowhere', 'deeper'])).toEqual([]);
  });
});
