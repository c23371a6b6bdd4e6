import { describe, expect, it } from 'vitest';
import { stripCodeFences } from './strip-code-fences.js';

describe('stripCodeFences', () => {
  it('unwraps a fenced block with a language tag', () => {
    expect(stripCodeFences('```json\n{"a": 1}\n```')).toBe('{"a": 1}');
  });
  it('unwraps tilde fences and fences without a tag', () => {
    expect(stripCodeFences('~~~\nbilling\n~~~\n')).toBe('billing');
    expect(stripCodeFences('```\nbilling\n```')).toBe('billing');
  });
  it('keeps the prose around a fenced block', () => {
    expect(stripCodeFences('Here you go:\n```json\n{"a": 1}\n```\nThanks')).toBe(
      'Here you go:\n{"a": 1}\nThanks',
    );
  });
  it('unwraps a one-line fence', () => {
    expect(stripCodeFences('```billing```')).toBe('billing');
  });
  it('drops the opening line of an unterminated fence', () => {
    expect(stripCodeFences('```json\n{"a": 1}')).toBe('{"a": 1}');
  });
  it('leaves text without fences alone (trimmed), including inline code', () => {
    expect(stripCodeFences(' use `x` here ')).toBe('use `x` here');
  });
});
