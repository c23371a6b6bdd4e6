import { describe, expect, it } from 'vitest';
import { looseVariants } from './loose-variants.js';

describe('looseVariants (IFEval loose)', () => {
  it('removes the first line, the last line, both, and asterisks, in IFEval order', () => {
    expect(looseVariants('Sure!\n**Body** text\nHope this helps')).toEqual([
      'Sure!\n**Body** text\nHope this helps',
      'Sure!\nBody text\nHope this helps',
      '**Body** text\nHope this helps',
      'Sure!\n**Body** text',
      '**Body** text',
      'Body text\nHope this helps',
      'Sure!\nBody text',
      'Body text',
    ]);
  });
  it('strips each line-removed variant with Python whitespace, leaving the raw response alone', () => {
    const variants = looseVariants(' a \n b \n c ');
    expect(variants[0]).toBe(' a \n b \n c ');
    expect(variants[2]).toBe('b \n c');
    expect(looseVariants('one line')[2]).toBe('');
  });
});
