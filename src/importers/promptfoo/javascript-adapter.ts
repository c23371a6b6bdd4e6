import { pathToFileURL } from 'node:url';

/** The module fixfirst writes next to eval.jsonl to call a promptfoo javascript assertion. */
export const javascriptAdapterFile = 'promptfoo-javascript.mjs';

/**
 * The ES module fixfirst writes next to eval.jsonl so a promptfoo javascript assertion file runs as
 * fixfirst's custom scorer: it imports the user's module (its copy in the project, or the original
 * by a path relative to the project with its absolute path as a fallback), calls the function with promptfoo's arguments `(output, context)` and reads the result
 * as promptfoo does (a boolean; a number passing above 0, or at or above the assertion's threshold;
 * or `{pass, score, reason}`), `not-javascript` inverted. The function has no lenient mode, so both
 * modes give the same answer. Pure: returns the module's text.
 */
export function javascriptAdapter(
  relativeModulePath: string,
  functionName: string | undefined,
  fallbackPath?: string,
): string {
  const target = relativeModulePath.startsWith('.') ? relativeModulePath : `./${relativeModulePath}`;
  const fallback = fallbackPath === undefined ? null : pathToFileURL(fallbackPath).href;
  return `// Written by \`fixfirst import promptfoo\`: runs your promptfoo javascript assertion as fixfirst's
// custom scorer (score: {type: custom, module: promptfoo-javascript.mjs} in fixfirst.yaml).
// Each item's reference holds the test's vars (and the assertion's threshold, or negated: true).
const target = new URL(${JSON.stringify(target)}, import.meta.url);
// The original module, for when the project was moved away from it (null when it was copied in).
const fallback = ${JSON.stringify(fallback)};
const functionName = ${JSON.stringify(functionName ?? null)};
let loaded;

async function importTarget() {
  try {
    return await import(target.href);
  } catch (error) {
    const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(target.pathname);
    if (!missing || fallback === null) throw error;
    return import(fallback);
  }
}

async function load() {
  const namespace = await importTarget();
  // promptfoo's importModule: the default export (or its default), else the namespace.
  const module = namespace.default?.default ?? namespace.default ?? namespace;
  const candidate = functionName ? module[functionName] : typeof module === 'function' ? module : module.default;
  if (typeof candidate !== 'function') {
    throw new Error(\`\${target.pathname} exports no function\${functionName ? \` "\${functionName}"\` : ''}\`);
  }
  return candidate;
}

export default async function score({ output, reference, input }) {
  // A test without the javascript assertion passes, as in promptfoo.
  if (reference === undefined || reference === null) return true;
  loaded ??= load();
  const assertion = await loaded;
  const vars = reference.vars ?? {};
  const result = await assertion(output, { vars, test: { vars }, prompt: input });
  let pass;
  let detail;
  if (typeof result === 'boolean') pass = result;
  else if (typeof result === 'number') pass = reference.threshold === undefined ? result > 0 : result >= reference.threshold;
  else if (result !== null && typeof result === 'object' && typeof result.pass === 'boolean') {
    pass = result.pass;
    if (typeof result.reason === 'string') detail = result.reason;
  } else throw new Error(\`the assertion returned \${JSON.stringify(result)}; promptfoo expects a boolean, a number or {pass, score, reason}\`);
  if (reference.negated === true) pass = !pass;
  return detail === undefined ? { correct: pass } : { correct: pass, detail };
}
`;
}
