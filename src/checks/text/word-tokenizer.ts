/**
 * Word tokens in the manner of NLTK's `word_tokenize` (the Penn Treebank conventions IFEval's
 * `capital_word_frequency` counts with): punctuation such as `, ; : ? ! ( ) [ ] " & % $ # @ *` is
 * split off, contractions are split (`DON'T` → `DO` `N'T`, `IT'S` → `IT` `'S`, `CANNOT` → `CAN` `NOT`),
 * typographic quotes are split off, while hyphens, slashes and inner full stops stay inside a word
 * (`WELL-KNOWN`, `AI/ML`, `U.S.`). Sentence-final full stops are split off too.
 */

/** One rewrite step: every match of `pattern` is replaced, spacing tokens apart. */
type Rule = [pattern: RegExp, replacement: string];

const rules: Rule[] = [
  // Opening quotes.
  [/([\u00AB\u201C\u2018\u201E]|`+)/gu, ' $1 '],
  [/^"/g, '``'],
  [/(``)/g, ' $1 '],
  [/([ ([{<])("|'')/g, '$1 `` '],
  [/(')(?!re|ve|ll|m|t|s|d|n)([\p{L}\p{N}_])(?![\p{L}\p{N}_])/giu, '$1 $2'],
  // Punctuation.
  [/([:,])([^\p{Nd}])/gu, ' $1 $2'],
  [/([:,])$/g, ' $1 '],
  [/\.{2,}/g, ' $& '],
  [/[;@#$%&]/g, ' $& '],
  [/([^.])(\.)([\])}>"']*)\s*$/gu, '$1 $2$3 '],
  [/[?!]/g, ' $& '],
  [/([^'])' /g, "$1 ' "],
  [/\*/g, ' $& '],
  [/[\][(){}<>]/g, ' $& '],
  [/--/g, ' -- '],
];

const endingRules: Rule[] = [
  [/([\u00BB\u201D\u2019])/gu, ' $1 '],
  [/''/g, " '' "],
  [/"/g, " '' "],
  [/(\S)('')/gu, '$1 $2 '],
  [/([^' ])('[sS]|'[mM]|'[dD]|') /g, '$1 $2 '],
  [/([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) /g, '$1 $2 '],
  [/(?<![\p{L}\p{N}_])(can)(not)(?![\p{L}\p{N}_])/giu, ' $1 $2 '],
  [/(?<![\p{L}\p{N}_])(gon)(na)(?![\p{L}\p{N}_])/giu, ' $1 $2 '],
  [/(?<![\p{L}\p{N}_])(got)(ta)(?![\p{L}\p{N}_])/giu, ' $1 $2 '],
  [/(?<![\p{L}\p{N}_])(wan)(na)(?![\p{L}\p{N}_])/giu, ' $1 $2 '],
  [/(?<![\p{L}\p{N}_])(lem)(me)(?![\p{L}\p{N}_])/giu, ' $1 $2 '],
  [/(?<![\p{L}\p{N}_])(gim)(me)(?![\p{L}\p{N}_])/giu, ' $1 $2 '],
];

/** Splits text into word tokens (see the module comment). */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  // Line by line, so the sentence-final rules see each line's end.
  for (const line of text.split('\n')) {
    let rewritten = line;
    for (const [pattern, replacement] of rules) rewritten = rewritten.replace(pattern, replacement);
    rewritten = ` ${rewritten} `;
    for (const [pattern, replacement] of endingRules) rewritten = rewritten.replace(pattern, replacement);
    for (const token of rewritten.split(/\s+/u)) if (token !== '') tokens.push(token);
  }
  return tokens;
}
