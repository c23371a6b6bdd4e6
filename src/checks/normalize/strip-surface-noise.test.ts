import { describe, expect, it } from 'vitest';
import { stripSurfaceNoise } from './strip-surface-noise.js';

describe('stripSurfaceNoise', () => {
  it('removes fences, emphasis and prefixes but keeps case and punctuation', () => {
    expect(stripSurfaceNoise('**Final answer:** ```Billing.```')).toBe('Billing.');
    expect(stripSurfaceNoise('```\nAnswer: `ID-42`\n```')).toBe('ID-42');
  });
  it('leaves a clean answer as it is', () => {
    expect(stripSurfaceNoise('Billing')).toBe('Billing');
  });
});
