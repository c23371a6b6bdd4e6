import { createHash } from 'node:crypto';

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\0': '\uFFFD',
};

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. Every
 * string that comes from the user, the model or the report goes through here (or through
 * `textContent` in the browser): nothing from the data is ever written as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\0]/g, (character) => htmlEscapes[character]!);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as `\u003c`
 * (and friends) so no string in the data can close the element (`</script>`) or open a comment
 * (`<!--`), and U+2028/2029 are escaped for old parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** `sha256-…` source expression of an inline script or style, for the Content-Security-Policy. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}
