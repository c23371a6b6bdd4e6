import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemas } from '../src/core/schemas.js';
import { metaValidatorFile, renderMetaValidator } from './render-meta-validator.js';

/** Writes schemas/*.schema.json from the zod schemas (run: npm run schemas). A test keeps them in step. */
for (const [name, content] of Object.entries(renderSchemas())) {
  writeFileSync(fileURLToPath(new URL(`../schemas/${name}`, import.meta.url)), content);
  console.log(`wrote schemas/${name}`);
}

const metaValidator = renderMetaValidator();
writeFileSync(fileURLToPath(new URL(`../${metaValidatorFile}`, import.meta.url)), metaValidator);
console.log(`wrote ${metaValidatorFile}`);
