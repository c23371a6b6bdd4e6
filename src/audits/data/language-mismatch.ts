import type { DataAudit, TrainingExample } from '../../core/data-audit.js';
import { targetText } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';
import { hashWord, rowFeatures, textWords, wordsOf } from './shared/row-features.js';

/** Frequent function words of the Latin-script languages screened (ISO 639-3 codes, as franc). */
const functionWords: Record<string, readonly string[]> = {
  eng: 'the and is are to of in that it you for with this was be have not what how can your on my do does'.split(
    ' ',
  ),
  spa: 'el los las que y en es por para con una un no se lo del como está pero su mi qué cómo muy'.split(' '),
  fra: 'le les des et est que une un pour pas dans je vous ce qui sur avec il du au mon votre nous'.split(
    ' ',
  ),
  deu: 'der die das und ist nicht ich sie es ein eine zu den mit von auf für wie was mein ihr dem sich auch'.split(
    ' ',
  ),
  ita: 'il lo gli di che è non un una per con sono mi come del della questo ma ho si cosa anche'.split(' '),
  por: 'os as que é não um uma para com em do da se meu como mas por você isso no na'.split(' '),
  nld: 'de het een en van is niet dat ik je op te met voor zijn wat hoe maar er ook mijn dit aan bij'.split(
    ' ',
  ),
};
const languages = Object.keys(functionWords);
/**
 * Word hash -> bit mask of the languages it is a function word of: an open-addressing table (linear
 * probing, an eighth full), looked up for every word of every compared message, so no Map.
 */
const tableBits = 11;
const tableMask = (1 << tableBits) - 1;
const tableHashes = new Uint32Array(1 << tableBits);
/** 0: empty slot (every function word belongs to at least one language). */
const tableLanguages = new Uint8Array(1 << tableBits);
for (const [bit, language] of languages.entries()) {
  for (const word of functionWords[language]!) {
    const hash = hashWord(word);
    let slot = hash & tableMask;
    while (tableLanguages[slot] !== 0 && tableHashes[slot] !== hash) slot = (slot + 1) & tableMask;
    tableHashes[slot] = hash;
    tableLanguages[slot]! |= 1 << bit;
  }
}

/** The languages (bit mask) a word hash is a function word of; 0 for none. */
function languagesOfWord(hash: number): number {
  let slot = hash & tableMask;
  for (;;) {
    const mask = tableLanguages[slot]!;
    if (mask === 0 || tableHashes[slot] === hash) return mask;
    slot = (slot + 1) & tableMask;
  }
}

const languageHits = new Uint32Array(languages.length);

/** Unicode script ranges; a text's script is the one most of its letters belong to. */
const scripts: [string, number, number][] = [
  ['Cyrillic', 0x0400, 0x04ff],
  ['Greek', 0x0370, 0x03ff],
  ['Hebrew', 0x0590, 0x05ff],
  ['Arabic', 0x0600, 0x06ff],
  ['Devanagari', 0x0900, 0x097f],
  ['Thai', 0x0e00, 0x0e7f],
  ['Kana', 0x3040, 0x30ff],
  ['Han', 0x4e00, 0x9fff],
  ['Hangul', 0xac00, 0xd7af],
];

const scriptCounts = new Uint32Array(scripts.length + 1);

/** The dominant script of a text (at least 60% of at least 20 letters), or undefined. */
export function dominantScript(text: string): string | undefined {
  // counts[0] is Latin, counts[1 + i] is scripts[i].
  const counts = scriptCounts.fill(0);
  let letters = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    // Latin already holds 60% of every letter there could be (each remaining unit one more): the
    // answer cannot change, so the rest of the text is not read.
    if ((index & 63) === 0 && counts[0]! >= 20 && counts[0]! >= 0.6 * (letters + length - index))
      return 'Latin';
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f)) {
      counts[0]!++;
      letters++;
    } else if (code >= 0x370) {
      for (let script = 0; script < scripts.length; script++) {
        const [, low, high] = scripts[script]!;
        if (code >= low && code <= high) {
          counts[script + 1]!++;
          letters++;
          break;
        }
      }
    }
  }
  if (letters < 20) return undefined;
  if (counts[0]! >= 0.6 * letters) return 'Latin';
  for (let script = 0; script < scripts.length; script++) {
    // Japanese mixes Han and Kana: treat both as one script.
    if (counts[script + 1]! >= 0.6 * letters)
      return scripts[script]![0] === 'Kana' ? 'Han' : scripts[script]![0];
  }
  const cjk =
    counts[1 + scripts.findIndex(([name]) => name === 'Han')]! +
    counts[1 + scripts.findIndex(([name]) => name === 'Kana')]!;
  return cjk >= 0.6 * letters ? 'Han' : undefined;
}

/** A quick guess at a Latin-script text's language from its function words, when clear-cut. */
export function functionWordLanguage(text: string): string | undefined {
  return languageOfWords(textWords(text));
}

/** The language whose function words clearly dominate these (at most 120) word hashes, if any. */
function languageOfWords(words: Uint32Array): string | undefined {
  const length = Math.min(words.length, 120);
  if (length < 8) return undefined;
  const hits = languageHits.fill(0);
  for (let index = 0; index < length; index++) {
    const mask = languagesOfWord(words[index]!);
    if (mask === 0) continue;
    for (let bit = 0; bit < languages.length; bit++) if (mask & (1 << bit)) hits[bit]!++;
  }
  let best = -1;
  let second = 0;
  for (let bit = 0; bit < languages.length; bit++) {
    if (best === -1 || hits[bit]! > hits[best]!) {
      if (best !== -1) second = Math.max(second, hits[best]!);
      best = bit;
    } else second = Math.max(second, hits[bit]!);
  }
  const score = hits[best]! / length;
  const margin = (hits[best]! - second) / length;
  return score >= 0.12 && margin >= 0.05 ? languages[best] : undefined;
}

/** Index of the last user message before `index`, or -1. */
function userIndexBefore(example: TrainingExample, index: number): number {
  for (let position = index - 1; position >= 0; position--)
    if (example.messages[position]!.role === 'user') return position;
  return -1;
}

type Franc = typeof import('franc-min')['franc'];

/** A row decided by its scripts (`detail`), or whose prompt and target franc-min must compare. */
type Candidate = { row: number; detail: string } | { row: number; prompt: string; target: string };

/** Prompts that ask for another language (translation, "answer in Spanish"): a mismatch is wanted. */
const asksForLanguage =
  /translat|\b(?:in|into|to) (?:english|spanish|french|german|italian|portuguese|dutch|chinese|japanese|korean|russian|arabic|hindi)\b|auf deutsch|en espa\u00F1ol|en fran\u00E7ais|in italiano/i;

/** Code blocks are not prose in any language. */
const codeBlocks = /```[\s\S]*?```/g;

/**
 * Targets in another language than their prompt. Trigram detectors fail on short text, lists and
 * maths (measured: franc-min called 239 of 7,473 GSM8K answers non-English), so the check is
 * layered: a different writing system is a mismatch outright; within Latin script a function-word
 * screen picks candidates and franc-min must agree on both sides. Prompts that ask for another
 * language, code blocks, texts under 20 letters, and (within Latin script) texts under 60
 * characters are skipped.
 */
export const languageMismatchAudit: DataAudit = {
  id: 'language_mismatch',
  codes: ['language_mismatch'],
  summary: 'Targets written in another language (or script) than their prompt.',
  source: 'data.md §7 (language ID, measured franc-min false positives), §11 item 17',
  start(context) {
    const minChars = context.settings.language.min_chars;
    const collector = new RowCollector();
    // franc-min builds its trigram tables when it loads: in the thread that runs this audit only,
    // not wherever the audits are imported. Rows seen before it is ready (the first read at most)
    // wait, in file order.
    let franc: Franc | undefined;
    const loading = import('franc-min').then((module) => {
      franc = module.franc;
    });
    loading.catch(() => undefined); // reported by finish
    const waiting: Candidate[] = [];
    const decide = (candidate: Candidate, detect: Franc) => {
      if ('detail' in candidate) {
        collector.add(candidate.row, candidate.detail);
        return;
      }
      const promptFranc = detect(candidate.prompt, { minLength: 20 });
      const targetFranc = detect(candidate.target, { minLength: 20 });
      if (promptFranc === 'und' || targetFranc === 'und' || promptFranc === targetFranc) return;
      collector.add(
        candidate.row,
        `${promptFranc} prompt, ${targetFranc} target: ${snippet(candidate.target, 60)}`,
      );
    };
    const take = (candidate: Candidate) => {
      if (franc === undefined) {
        waiting.push(candidate);
        return;
      }
      for (const earlier of waiting.splice(0)) decide(earlier, franc);
      decide(candidate, franc);
    };
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined || example.targetIndex === -1) return;
        const userIndex = userIndexBefore(example, example.targetIndex);
        if (userIndex === -1) return;
        const rawTarget = targetText(example);
        const rawPrompt = example.messages[userIndex]!.content;
        const hasCode = rawTarget.includes('```') || rawPrompt.includes('```');
        // The first 500 characters tell the language; reading more only costs time.
        const target = (hasCode ? rawTarget.replace(codeBlocks, ' ') : rawTarget).slice(0, 500);
        const prompt = (hasCode ? rawPrompt.replace(codeBlocks, ' ') : rawPrompt).slice(0, 500);
        const promptScript = dominantScript(prompt);
        const targetScript = dominantScript(target);
        if (promptScript === undefined || targetScript === undefined) return;
        for (let index = 0; index < example.targetIndex; index++) {
          if (asksForLanguage.test(example.messages[index]!.content)) return;
        }
        // A different writing system is clear from 20 letters on (CJK packs a sentence into few characters).
        if (promptScript !== targetScript) {
          take({
            row: row.row,
            detail: `${promptScript} prompt, ${targetScript} target: ${snippet(target, 60)}`,
          });
          return;
        }
        if (promptScript !== 'Latin' || target.length < minChars || prompt.length < minChars) return;
        let promptGuess: string | undefined;
        let targetGuess: string | undefined;
        if (hasCode) {
          promptGuess = functionWordLanguage(prompt);
          targetGuess = functionWordLanguage(target);
        } else {
          const features = rowFeatures(example);
          promptGuess = languageOfWords(wordsOf(features, userIndex, userIndex + 1));
          targetGuess = languageOfWords(wordsOf(features, example.targetIndex, example.targetIndex + 1));
        }
        if (promptGuess === undefined || targetGuess === undefined || promptGuess === targetGuess) return;
        take({ row: row.row, prompt, target });
      },
      async finish() {
        await loading;
        for (const candidate of waiting.splice(0)) decide(candidate, franc!);
        return {
          findings: collector.finding(
            'language_mismatch',
            'warning',
            `${rowsText(collector.count, 'answer in another language than the prompt')}`,
            { minChars },
          ),
        };
      },
    };
  },
};
