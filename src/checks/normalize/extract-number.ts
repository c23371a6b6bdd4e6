/**
 * One number as people write it: an optional sign, an optional currency symbol, digits with
 * optional thousands separators (`,`, no-break or thin spaces), a decimal part, an exponent, and an
 * optional `%`. Plain spaces are not accepted as separators: `in 2019 100 people` is two numbers.
 */
const numberSource = String.raw`([-+\u2212]?)[$\u20AC\u00A3\u00A5\u20B9]?[ \t]?((?:\d{1,3}(?:[,\u00A0\u2009\u202F]\d{3})+|\d+)(?:\.\d+)?|\.\d+)((?:[eE][-+]?\d+)?)[ \t]?%?`;
const wholeNumber = new RegExp(String.raw`^\s*[$\u20AC\u00A3\u00A5\u20B9]?${numberSource}\s*$`);
// A sign right after a letter or digit is a hyphen (`GPT-4`, `2024-01`), so signs need a boundary.
const numberInText = new RegExp(String.raw`(?<![\p{L}\p{N}_.])${numberSource}`, 'gu');

function toNumber(sign: string, digits: string, exponent: string): number {
  const value = Number(digits.replace(/[,\u00A0\u2009\u202F]/g, '') + exponent);
  return sign === '-' || sign === '\u2212' ? -value : value;
}

/**
 * Parses text that is a number and nothing else, written loosely: `42`, ` -3.5 `, `1,234`, `$12.50`,
 * `42%` (→ 42, as written), `1e3`. Returns undefined for anything else (`42 apples`, `forty-two`).
 */
export function parseNumberLiteral(text: string): number | undefined {
  const match = wholeNumber.exec(text);
  if (match === null) return undefined;
  const value = toNumber(match[1]!, match[2]!, match[3]!);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Every number written in a text, in order (`The total is $1,234.50, up 3%` → [1234.5, 3]). Signs
 * count only at a word boundary, so `GPT-4` gives 4 and `2024-01-15` gives 2024, 1, 15.
 */
export function findNumbers(text: string): number[] {
  const numbers: number[] = [];
  numberInText.lastIndex = 0;
  for (let match = numberInText.exec(text); match !== null; match = numberInText.exec(text)) {
    const value = toNumber(match[1]!, match[2]!, match[3]!);
    if (Number.isFinite(value)) numbers.push(value);
  }
  return numbers;
}
