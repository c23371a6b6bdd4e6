const escapes: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/**
 * Parses a Python list of strings as `repr()` writes it — `['first', "it's"]` — which is how pandas
 * saves list columns to CSV (Ragas' `to_pandas().to_csv()`). Handles both quote styles, backslash
 * escapes (\\n, \\', \\xNN, \\uNNNN, \\UNNNNNNNN) and an empty list. Undefined when the text is not
 * such a list.
 */
export function parsePythonStringList(text: string): string[] | undefined {
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index]!)) index++;
  };
  skipSpace();
  if (text[index] !== '[') return undefined;
  index++;
  const values: string[] = [];
  skipSpace();
  if (text[index] === ']') {
    index++;
    skipSpace();
    return index === text.length ? values : undefined;
  }
  for (;;) {
    skipSpace();
    const quote = text[index];
    if (quote !== "'" && quote !== '"') return undefined;
    index++;
    let value = '';
    for (;;) {
      if (index >= text.length) return undefined;
      const char = text[index]!;
      if (char === quote) {
        index++;
        break;
      }
      if (char !== '\\') {
        value += char;
        index++;
        continue;
      }
      const next = text[index + 1];
      if (next === undefined) return undefined;
      const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
      if (hexLength > 0) {
        const hex = text.slice(index + 2, index + 2 + hexLength);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) return undefined;
        value += String.fromCodePoint(Number.parseInt(hex, 16));
        index += 2 + hexLength;
        continue;
      }
      value += escapes[next] ?? `\\${next}`;
      index += 2;
    }
    values.push(value);
    skipSpace();
    if (text[index] === ',') {
      index++;
      skipSpace();
      if (text[index] === ']') break;
      continue;
    }
    if (text[index] === ']') break;
    return undefined;
  }
  index++;
  skipSpace();
  return index === text.length ? values : undefined;
}
