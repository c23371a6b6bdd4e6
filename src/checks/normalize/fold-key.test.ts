import { describe, expect, it } from 'vitest';
import { findKey, foldKey } from './fold-key.js';

describe('foldKey', () => {
  it('folds case and snake, camel, kebab and spaced styles to one key', () => {
    const folded = new Set(
      ['Priority_Level', 'priorityLevel', 'priority-level', 'PRIORITY_LEVEL', 'Priority Level'].map(foldKey),
    );
    expect(folded).toEqual(new Set(['prioritylevel']));
    expect(new Set(['Category', 'CATEGORY', 'category'].map(foldKey)).size).toBe(1);
  });
  it('keeps different words different', () => {
    expect(foldKey('priority')).not.toBe(foldKey('priority_level'));
  });
});

describe('findKey', () => {
  it('prefers the exact key, then a folded match', () => {
    expect(findKey({ category: 1, Category: 2 }, 'Category')).toBe('Category');
    expect(findKey({ CATEGORY: 1 }, 'category')).toBe('CATEGORY');
    expect(findKey({ priorityLevel: 1 }, 'priority_level')).toBe('priorityLevel');
  });
  it('returns undefined when no key matches', () => {
    expect(findKey({ priority: 1 }, 'category')).toBeUndefined();
  });
});
