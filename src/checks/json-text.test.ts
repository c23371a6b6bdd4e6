import { describe, expect, it } from 'vitest';
import { mayBeJson } from './json-text.js';

describe('mayBeJson', () => {
  it.each(['{"a":1}', ' \n[1]', '"text"', '-1', '0.5', 'true', 'false', 'null', '\t{'])(
    '%j may be JSON',
    (text) => {
      expect(mayBeJson(text)).toBe(true);
    },
  );
  it.each(['```json\n{}', 'Sure! {"a":1}', '', ' ', '\u00a0{}', "'a'", 'NaN', '+1'])(
    '%j cannot be: JSON.parse throws on it too',
    (text) => {
      expect(mayBeJson(text)).toBe(false);
      expect(() => JSON.parse(text)).toThrow();
    },
  );
});
