import { franc } from 'franc-min';
import type { DataAudit } from '../../core/data-audit.js';
import { cachedPrompt, cachedTarget } from './shared/derived.js';
import { userMessageBefore } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';
import { words } from './shared/words.js';

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
const wordLanguages = new Map<string, string[]>();
for (const [language, list] of Object.entries(functionWords)) {
  for (const word of list) wordLanguages.set(word, [...(wordLanguages.get(word) ?? []), language]);
}

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

/** The dominant script of a text (at least 60% of at least 20 letters), or undefined. */
export function dominantScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let script: string | undefined;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
      script = 'Latin';
    else if (code >= 0x370) {
      for (const [name, low, high] of scripts) {
        if (code >= low && code <= high) {
          script = name;
          break;
        }
      }
    }
    if (script === undefined) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < 20) return undefined;
  for (const [script, count] of counts) {
    // Japanese mixes Han and Kana: treat both as one script.
    if (count >= 0.6 * letters) return script === 'Kana' ? 'Han' : script;
  }
  const cjk = (counts.get('Han') ?? 0) + (counts.get('Kana') ?? 0);
  return cjk >= 0.6 * letters ? 'Han' : undefined;
}

/** A quick guess at a Latin-script text's language from function words, when clear-cut. */
export function functionWordLanguage(text: string): string | undefined {
  const list = words(text);
  if (list.length < 8) return undefined;
  const hits = new Map<string, number>();
  for (const word of list) {
    for (const language of wordLanguages.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined) return undefined;
  const score = best[1] / list.length;
  const margin = (best[1] - (second?.[1] ?? 0)) / list.length;
  return score >= 0.12 && margin >= 0.05 ? best[0] : undefined;
}

/** Prompts that ask for another language (translation, "answer in Spanish"): a mismatch is wanted. */
const asksForLanguage =
  /translat|\b(?:in|into|to) (?:english|spanish|french|german|italian|portuguese|dutch|chinese|japanese|korean|russian|arabic|hindi)\b|auf deutsch|en español|en français|in italiano/i;

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
  id: 'language',
  codes: ['language_mismatch'],
  summary: 'Targets written in another language (or script) than their prompt.',
  source: 'data.md §7 (language ID, measured franc-min false positives), §11 item 17',
  start(context) {
    const minChars = context.settings.language.min_chars;
    const collector = new RowCollector();
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined || example.targetIndex === -1) return;
        const target = cachedTarget(example).replace(codeBlocks, ' ');
        const prompt = userMessageBefore(example, example.targetIndex).replace(codeBlocks, ' ');
        const promptScript = dominantScript(prompt);
        const targetScript = dominantScript(target);
        if (promptScript === undefined || targetScript === undefined) return;
        if (asksForLanguage.test(cachedPrompt(example))) return;
        // A different writing system is clear from 20 letters on (CJK packs a sentence into few characters).
        if (promptScript !== targetScript) {
          collector.add(row.row, `${promptScript} prompt, ${targetScript} target: ${snippet(target, 60)}`);
          return;
        }
        if (promptScript !== 'Latin' || target.length < minChars || prompt.length < minChars) return;
        const promptGuess = functionWordLanguage(prompt);
        const targetGuess = functionWordLanguage(target);
        if (promptGuess === undefined || targetGuess === undefined || promptGuess === targetGuess) return;
        const promptFranc = franc(prompt, { minLength: 20 });
        const targetFranc = franc(target, { minLength: 20 });
        if (promptFranc === 'und' || targetFranc === 'und' || promptFranc === targetFranc) return;
        collector.add(row.row, `${promptFranc} prompt, ${targetFranc} target: ${snippet(target, 60)}`);
      },
      finish() {
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
