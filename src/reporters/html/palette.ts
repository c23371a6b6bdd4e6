/**
 * The report's colours. Charts are rendered in Node with the light values written into the SVG
 * (so a chart copied out of the page still reads); the page's CSS maps each light value to its
 * dark twin under `prefers-color-scheme: dark` with attribute selectors, which beat SVG
 * presentation attributes. Print always uses the light values.
 */
export interface PaletteColour {
  light: string;
  dark: string;
}

/** Named colours. Hues keep one meaning across the whole report (teal = surface, amber = foundation, ...). */
export const palette = {
  /** Body text and interval whiskers. */
  ink: { light: '#1d232b', dark: '#e3e7ec' },
  /** Secondary text, axes. */
  muted: { light: '#5d6774', dark: '#9ba6b3' },
  /** Grid lines and rules. */
  grid: { light: '#e3e6ea', dark: '#2f353d' },
  /** Today's accuracy, passing items. */
  current: { light: '#3d5068', dark: '#8fa6c2' },
  /** Surface failures and the prompt fix that recovers them. */
  surface: { light: '#13806f', dark: '#45bfae' },
  /** Retrieval-miss failures and the foundation fix. */
  foundation: { light: '#b06f12', dark: '#e3a54e' },
  /** Behavioral failures: what only a different model (or fine-tuning) could fix. */
  behavioral: { light: '#86509a', dark: '#c796d8' },
  /** Mixed failures: wrong in content and broken in form. */
  mixed: { light: '#b0473f', dark: '#e8847b' },
  /** Training-data work. */
  data: { light: '#2f6fb0', dark: '#7eb2e8' },
  /** A second series (loose pass rates, the nearest-example ladder). */
  secondary: { light: '#9aa5b1', dark: '#6d7885' },
} as const satisfies Record<string, PaletteColour>;

/** A palette name. */
export type PaletteName = keyof typeof palette;

/** The colour of each item class, headroom step and action kind. */
export const meaningColours: Record<string, PaletteName> = {
  pass: 'current',
  current: 'current',
  surface: 'surface',
  fix_prompt: 'surface',
  foundation: 'foundation',
  fix_foundation: 'foundation',
  behavioral: 'behavioral',
  fine_tune: 'behavioral',
  mixed: 'mixed',
  fix_data: 'data',
  collect_items: 'secondary',
  assess: 'secondary',
  stop: 'secondary',
};

/** The light colour for a meaning (falls back to the muted grey). */
export function colourFor(meaning: string): string {
  return palette[meaningColours[meaning] ?? 'muted'].light;
}

/** CSS rules that repaint chart colours for dark mode (inside a `prefers-color-scheme: dark` block). */
export function darkChartRules(): string {
  const rules: string[] = [];
  for (const colour of Object.values(palette)) {
    rules.push(`.chart [fill="${colour.light}"]{fill:${colour.dark}}`);
    rules.push(`.chart [stroke="${colour.light}"]{stroke:${colour.dark}}`);
  }
  return rules.join('\n');
}
