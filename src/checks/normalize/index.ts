/**
 * The lenient normalisers of DESIGN §2.1, one concept per file, shared by the scorers, contract
 * checks, importers and audits. Each is a pure string (or JSON) function.
 */
export { type ExtractedJson, extractJson, type JsonKind } from './extract-json.js';
export { findNumbers, parseNumberLiteral } from './extract-number.js';
export { foldCase } from './fold-case.js';
export { findKey, foldKey } from './fold-key.js';
export { foldPunctuation } from './fold-punctuation.js';
export { foldText } from './fold-text.js';
export { foldUnicode } from './fold-unicode.js';
export { foldWhitespace } from './fold-whitespace.js';
export { jsonEqual } from './json-equal.js';
export { type LenientJsonOptions, lenientJsonEqual } from './lenient-json-equal.js';
export { lenientText } from './lenient-text.js';
export { lenientTextEqual } from './lenient-text-equal.js';
export { hasAnswerPrefix, stripAnswerPrefix } from './strip-answer-prefix.js';
export { stripCodeFences } from './strip-code-fences.js';
export { stripEmphasis } from './strip-emphasis.js';
export { stripSurfaceNoise } from './strip-surface-noise.js';
export { SynonymTable } from './synonym-table.js';
