/**
 * ISO 639-3 codes franc-min returns → ISO 639-1. Languages without a two-letter code (Cebuano,
 * Madurese, ...) are left out: a text in one of them never matches a two-letter `language`.
 */
const twoLetterCodes: Record<string, string> = {
  spa: 'es',
  eng: 'en',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  fuv: 'ff',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  ckb: 'ku',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  run: 'rn',
  plt: 'mg',
  qug: 'qu',
  nya: 'ny',
  zyb: 'za',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  rus: 'ru',
  ukr: 'uk',
  koi: 'kv',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  cmn: 'zh',
  ben: 'bn',
  jpn: 'ja',
  kor: 'ko',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
};

/** Languages franc-min has no model for, recognised here by script or by their most common words. */
const hebrewLetters = /[\u05d0-\u05ea]/gu;
const finnishWords = new Set(
  (
    'ja on ei että se hän ovat oli olla kanssa mutta kun tai myös kuin vain sekä joka jotka mitä tämä nämä ' +
    'niin jos voi ole ovat olen olet olemme mikä sinun minun meidän heidän hyvin paljon kaikki'
  ).split(' '),
);

/** Below this many letters, a language shared by several scripts cannot be told reliably. */
export const minimumLetters = 10;

/** What the detector concluded. */
export type DetectedLanguage =
  | { kind: 'detected'; language: string; raw: string }
  /** Nothing to judge: no letters at all. */
  | { kind: 'no_letters' }
  /** Letters, but too few to tell the language from its neighbours. */
  | { kind: 'too_short'; letters: number };

const candidates = Object.keys(twoLetterCodes);

/**
 * Detects the language of `text` as an ISO 639-1 code (`en`, `de`) with franc-min (trigram
 * statistics), among the languages that have a two-letter code, plus Hebrew (by script) and
 * Finnish (by its common words), which franc-min lacks but IFEval uses. A language with a script
 * of its own (Korean, Thai, Greek, ...) is recognised from a single letter; others need 10 letters.
 */
export function detectLanguage(text: string, francAll: FrancAll): DetectedLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { kind: 'no_letters' };
  const hebrew = text.match(hebrewLetters)?.length ?? 0;
  if (hebrew * 2 > letters) return { kind: 'detected', language: 'he', raw: 'heb' };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const finnish = words.filter((word) => finnishWords.has(word)).length;
  if (words.length >= 5 && finnish / words.length >= 0.12 && /[\u00E4\u00F6]/u.test(text)) {
    return { kind: 'detected', language: 'fi', raw: 'fin' };
  }
  const ranking = francAll(text, { minLength: 1, only: candidates });
  const [raw] = ranking[0]!;
  const ownScript = ranking.length === 1;
  if (raw === 'und') return { kind: 'no_letters' };
  if (letters < minimumLetters && !ownScript) return { kind: 'too_short', letters };
  return { kind: 'detected', language: twoLetterCodes[raw] ?? raw, raw };
}

/** Every two-letter code `detectLanguage` can return. */
export const detectableLanguages: ReadonlySet<string> = new Set([
  ...Object.values(twoLetterCodes),
  'he',
  'fi',
]);

/** franc-min's ranking function. */
type FrancAll = typeof import('franc-min')['francAll'];

/** Judges whether a text is in a language (see `loadLanguageJudge`). */
export type LanguageJudge = (text: string, language: string) => { pass: boolean; detail: string };

/**
 * Loads franc-min (lazily: its trigram tables cost a noticeable part of start-up, and only projects
 * with a language requirement need them) and returns the judge: text without letters has nothing to
 * judge and counts as met (as in IFEval, whose detector gives up on it); too few letters to tell
 * counts as not met.
 */
export async function loadLanguageJudge(): Promise<LanguageJudge> {
  const { francAll } = await import('franc-min');
  return (text, language) => languageVerdict(detectLanguage(text, francAll), language);
}

function languageVerdict(detected: DetectedLanguage, language: string): { pass: boolean; detail: string } {
  if (detected.kind === 'no_letters') return { pass: true, detail: 'no letters to judge; counted as met' };
  if (detected.kind === 'too_short') {
    return {
      pass: false,
      detail: `only ${detected.letters} letter(s), too few to verify the language is ${language}`,
    };
  }
  return detected.language === language
    ? { pass: true, detail: `detected ${detected.language}` }
    : { pass: false, detail: `detected ${detected.language} (${detected.raw}), expected ${language}` };
}
