import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, escapeHtml, jsonForScriptElement } from './escape.js';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('replaces NUL, which HTML parsers treat inconsistently', () => {
    expect(escapeHtml('a\0b')).toBe('a\uFFFDb');
  });

  it('leaves ordinary text, including non-ASCII, alone', () => {
    expect(escapeHtml('Grüße — 52.2% [46.7–57.6]')).toBe('Grüße — 52.2% [46.7–57.6]');
  });
});

describe('jsonForScriptElement', () => {
  const nasty = {
    text: '</script><script>alert(1)</script>',
    comment: '<!-- <script>',
    separators: 'a\u2028b\u2029c',
    ampersand: 'x &amp; y',
    nested: [{ id: '</SCRIPT >' }],
  };

  it('reads back to the same value with JSON.parse', () => {
    expect(JSON.parse(jsonForScriptElement(nasty))).toEqual(nasty);
  });

  it('never contains a character that could end the script element or open a comment', () => {
    const json = jsonForScriptElement(nasty);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });
});

describe('cspHash', () => {
  it('is the base64 sha256 of the exact UTF-8 bytes, quoted as a CSP source', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const text = 'body{color:red} /* — */';
    expect(cspHash(text)).toBe(
      `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`,
    );
  });
});
