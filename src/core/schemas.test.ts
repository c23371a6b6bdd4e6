import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemas } from './schemas.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(renderSchemas()))(
    'schemas/%s is in step with the zod schema (run `npm run schemas`)',
    (name, content) => {
      const committed = readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8');
      expect(committed).toBe(content);
    },
  );
});
