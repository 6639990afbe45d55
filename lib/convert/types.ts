/** A Chinese script text is converted to: Traditional or Simplified. */
export type TargetScript = 'hant' | 'hans';

/** What the page shows: its own text, or a conversion to one script. */
export type Variant = 'original' | TargetScript;

/** In the order the popup's switch shows them (原文 / 繁體 / 简体). */
export const VARIANTS: readonly Variant[] = ['original', 'hant', 'hans'];

/** A script a text is written in, as far as its characters tell. */
export type Script = TargetScript | 'unknown';

/**
 * Regional standard of Traditional output (OpenCC's names): OpenCC's own
 * Traditional ('t'), Taiwan ('tw'), Taiwan with Taiwanese phrases ('twp',
 * 软件→軟體), Hong Kong ('hk').
 */
export type HantStandard = 't' | 'tw' | 'twp' | 'hk';

export const HANT_STANDARDS: readonly HantStandard[] = ['t', 'tw', 'twp', 'hk'];

export type ConvertText = (text: string) => string;

/** Loads (once) the converter from the other script into `target`. */
export type LoadConverter = (target: TargetScript, standard: HantStandard) => Promise<ConvertText>;

/**
 * A stretch of text [start, end) whose converted form is given, not guessed:
 * an entity's name as the knowledge pack spells it in each script.
 */
export interface ProtectedSpan {
  start: number;
  end: number;
  hant: string;
  hans: string;
}

export type ProtectSpans = (text: string) => readonly ProtectedSpan[];
