import { commonWords } from './common-words.js';
import { digitClass, isLower, isUpper, stripEnd, whitespaceClass } from './python-text.js';

/**
 * A rule-based sentence splitter that follows the decisions of NLTK's Punkt tokenizer with its
 * English model (what IFEval's `count_sentences` uses), without the trained parameters:
 *
 * - a sentence can end at `.`, `?` or `!` only when whitespace and another token, or punctuation,
 *   follows; newlines alone never end a sentence (a heading without a full stop joins the next line);
 * - a word ending in a full stop ends a sentence unless it is a known abbreviation (`Dr.`, `U.S.`,
 *   `Inc.`, `a.m.`); like Punkt's English model, `e.g.`, `i.e.` and `etc.` are not abbreviations;
 * - a known abbreviation still ends a sentence when the next word is a capitalised common word
 *   (`... in the U.S. The next ...`);
 * - a number with a full stop (`1.`) or an initial (`J.`) does not end a sentence when the next word
 *   is lower-case, and an initial does not end one before a capitalised name (`J. Bach`);
 * - closing quotes and brackets after the end stay with the sentence they close.
 *
 * Punkt's trained statistics (how often each word was seen capitalised mid-sentence) are replaced
 * by a list of common English words (common-words.ts); that is where this splitter can still differ
 * from NLTK.
 */

const ws = whitespaceClass;
/** Punctuation that ends a word without being part of it (Punkt's "non-word" characters). */
const nonWord = `[?!)";}\\]*:@'({\\[]`;
/** Runs that are one token: dashes, dots, spaced dots. */
const multiCharacter = `(?:-{2,}|\\.{2,}|(?:\\.[${ws}]){2,}\\.)`;
/** Characters a word may start with. */
const wordStart = `[^("\`{\\[:;&#*@)}\\]\\-,]`;

const wordTokenPattern = new RegExp(
  `${multiCharacter}|(?=${wordStart})[^${ws}]+?(?=[${ws}]|$|${nonWord}|${multiCharacter}|,(?=$|[${ws}]|${nonWord}|${multiCharacter}))|[^${ws}]`,
  'gu',
);
/** A sentence-end character followed by punctuation, or by whitespace and a next token. */
const potentialEndPattern = new RegExp(`[.?!](?=(${nonWord}|[${ws}]+([^${ws}]+)))`, 'gu');
const numberPattern = new RegExp(`^-?[.,]?[${digitClass}][${digitClass},.\\-]*\\.?$`, 'u');
const initialPattern = /^[\p{L}\p{Nl}\p{No}_]\.$/u;
const ellipsisPattern = /^\.\.+$/;
const boundaryRealignment = new RegExp(`^["')\\]}]+?(?:[${ws}]+|(?=--)|$)`);
const asciiWhitespace = new Set([' ', '\t', '\n', '\r', '\v', '\f']);

/** Abbreviations that do not end a sentence (lower-case, without the final full stop). */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof sr jr st gen col maj lt adm sen rep reps messrs gov ' +
    'inc ltd co corp bros cie vs ave ft yr mg ' +
    'jan feb aug sep sept oct nov dec tues wed fri ' +
    'u.s u.k u.n u.s.a u.s.s.r d.c n.y l.a a.m p.m ph.d m.b.a ' +
    'ala ariz calif colo conn fla ga ill kan ky mich minn nev okla ore pa tenn va vt wash wis'
  ).split(' '),
);

/** One word token with Punkt's annotations. */
interface Token {
  text: string;
  /** Lower-cased, with numbers replaced by `##number##`. */
  type: string;
  periodFinal: boolean;
  sentenceBreak: boolean;
  abbreviation: boolean;
  ellipsis: boolean;
}

function makeToken(text: string): Token {
  const lower = text.toLowerCase();
  return {
    text,
    type: numberPattern.test(lower) ? '##number##' : lower,
    periodFinal: text.endsWith('.'),
    sentenceBreak: false,
    abbreviation: false,
    ellipsis: false,
  };
}

function typeWithoutPeriod(token: Token): string {
  return token.type.length > 1 && token.type.endsWith('.') ? token.type.slice(0, -1) : token.type;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(wordTokenPattern)) tokens.push(makeToken(match[0]));
  }
  return tokens;
}

/** First pass: every full stop ends a sentence unless its word is an abbreviation. */
function annotateToken(token: Token): void {
  const { text } = token;
  if (text === '.' || text === '?' || text === '!') token.sentenceBreak = true;
  else if (ellipsisPattern.test(text)) token.ellipsis = true;
  else if (token.periodFinal && !text.endsWith('..')) {
    const word = text.slice(0, -1).toLowerCase();
    if (abbreviations.has(word) || abbreviations.has(word.split('-').at(-1)!)) token.abbreviation = true;
    else token.sentenceBreak = true;
  }
}

/**
 * Whether `token` looks like the first word of a sentence: true, false, or undefined (cannot
 * tell). Punkt asks its trained statistics; here a capitalised common word says yes, a lower-case
 * word or punctuation says no, anything else (names, numbers, symbols) cannot tell.
 */
function startsSentence(token: Token): boolean | undefined {
  if (';:,.!?'.includes(token.text)) return false;
  const first = token.text[0] ?? '';
  const type = token.sentenceBreak ? typeWithoutPeriod(token) : token.type;
  if (isUpper(first)) return commonWords.has(type) ? true : undefined;
  if (isLower(first)) return false;
  return undefined;
}

/** Second pass: revisit each word ending in a full stop in the light of the next token. */
function reconsider(token: Token, next: Token): void {
  if (!token.periodFinal) return;
  const type = typeWithoutPeriod(token);
  const initial = initialPattern.test(token.text);
  if ((token.abbreviation || token.ellipsis) && !initial && startsSentence(next) === true) {
    token.sentenceBreak = true;
    return;
  }
  if (initial || type === '##number##') {
    const starts = startsSentence(next);
    if (starts === false) {
      token.sentenceBreak = false;
      token.abbreviation = true;
    } else if (starts === undefined && initial && isUpper(next.text[0] ?? '')) {
      // An initial before a capitalised name: `J. Bach`.
      token.sentenceBreak = false;
      token.abbreviation = true;
    }
  }
}

/** Whether the context (previous word, end character, what follows) holds a break before its last token. */
function containsBreak(context: string): boolean {
  const tokens = tokenize(context);
  for (const token of tokens) annotateToken(token);
  for (let index = 0; index + 1 < tokens.length; index++) reconsider(tokens[index]!, tokens[index + 1]!);
  for (let index = 0; index + 1 < tokens.length; index++) if (tokens[index]!.sentenceBreak) return true;
  return false;
}

function lastWhitespaceIndex(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) if (asciiWhitespace.has(text[index]!)) return index;
  return 0;
}

interface PotentialEnd {
  /** Index just after the end character. */
  end: number;
  /** Where the next token starts, when whitespace follows. */
  nextStart: number | undefined;
  context: string;
}

/** Each potential sentence end with the text Punkt looks at: the word before, the character, what follows. */
function* potentialEnds(text: string): Generator<PotentialEnd> {
  let previous: { match: RegExpExecArray; wordStart: number; wordEnd: number } | undefined;
  const emit = (entry: NonNullable<typeof previous>): PotentialEnd => {
    const after = entry.match[1]!;
    const nextToken = entry.match[2];
    return {
      end: entry.match.index + 1,
      nextStart:
        nextToken === undefined ? undefined : entry.match.index + 1 + after.length - nextToken.length,
      context: text.slice(entry.wordStart, entry.wordEnd) + entry.match[0] + after,
    };
  };
  potentialEndPattern.lastIndex = 0;
  let match: RegExpExecArray | null = potentialEndPattern.exec(text);
  while (match !== null) {
    const searchFrom = previous?.wordEnd ?? 0;
    const before = text.slice(searchFrom, match.index);
    const space = lastWhitespaceIndex(before);
    const wordStart = space ? searchFrom + space + 1 : (previous?.wordStart ?? 0);
    // Overlapping contexts (`word?!`) are judged once, on the later one.
    if (previous !== undefined && previous.wordEnd <= wordStart) yield emit(previous);
    previous = { match, wordStart, wordEnd: match.index };
    match = potentialEndPattern.exec(text);
  }
  if (previous !== undefined) yield emit(previous);
}

/** Splits text into sentences (see the module comment for the rules). Whitespace-only text has none. */
export function splitSentences(text: string): string[] {
  const slices: [number, number][] = [];
  let lastBreak = 0;
  for (const end of potentialEnds(text)) {
    if (!containsBreak(end.context)) continue;
    slices.push([lastBreak, end.end]);
    lastBreak = end.nextStart ?? end.end;
  }
  slices.push([lastBreak, stripEnd(text).length]);
  // Closing quotes or brackets that start a slice belong to the sentence before it.
  const sentences: string[] = [];
  let shift = 0;
  for (let index = 0; index < slices.length; index++) {
    const [start, stop] = slices[index]!;
    const current: [number, number] = [start + shift, stop];
    const following = slices[index + 1];
    if (following === undefined) {
      if (current[1] > current[0]) sentences.push(text.slice(current[0], current[1]));
      continue;
    }
    const realigned = boundaryRealignment.exec(text.slice(following[0], following[1]));
    if (realigned !== null) {
      sentences.push(text.slice(current[0], following[0] + stripEnd(realigned[0]).length));
      shift = realigned[0].length;
    } else {
      shift = 0;
      if (current[1] > current[0]) sentences.push(text.slice(current[0], current[1]));
    }
  }
  return sentences;
}

/** The number of sentences in `text`, as `splitSentences` counts them. */
export function countSentences(text: string): number {
  return splitSentences(text).length;
}
