// Entry of the `to-hant` converter asset (scripts/build-lazy-assets.mjs):
// Simplified → Traditional in one regional standard. Holds STPhrases
// (~1 MB), so it is loaded only when a page is converted to Traditional.
import CJKCompat from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import phraseFixes from './phrase-fixes.json';
import { buildTrie, runPipeline, type BuildOptions, type Dict } from './opencc-pipeline';
import type { Trie } from './trie';
import type { ConvertText, HantStandard } from './types';

/** Our fixes, as a dictionary placed before OpenCC's phrases. */
export const hantFixes: Dict = phraseFixes.toHant.map((f) => [f.from, f.to] as const);

// The regional stage of OpenCC's s2t/s2tw/s2twp/s2hk configurations.
const REGIONAL: Record<HantStandard, readonly Dict[] | null> = {
  t: null,
  tw: [TWVariantsPhrases, TWVariants],
  twp: [TWPhrases, TWVariantsPhrases, TWVariants],
  hk: [HKVariantsPhrases, HKVariants],
};

interface SharedTries {
  normalize: Trie;
  phrases: Trie;
  characters: Trie;
}

// The tables every standard uses, built once: STPhrases is most of the work.
let shared: Promise<SharedTries> | undefined;

async function buildShared(options: BuildOptions): Promise<SharedTries> {
  return {
    normalize: await buildTrie([CJKCompat], options),
    phrases: await buildTrie([hantFixes, STPhrases, STPhrasesRegional], options),
    characters: await buildTrie([STCharacters], options),
  };
}

/**
 * Simplified → Traditional, as opencc-js's `s2<standard>` preset plus our
 * phrase fixes. One phrase trie serves both as segmenter and as the phrase
 * half of the first stage (OpenCC loads STPhrases twice for that).
 */
export async function createToHantConverter(
  standard: HantStandard,
  options: BuildOptions = {},
): Promise<ConvertText> {
  if (!shared) {
    shared = buildShared(options);
    shared.catch(() => (shared = undefined));
  }
  const { normalize, phrases, characters } = await shared;
  const regional = REGIONAL[standard];
  const later = regional ? [await buildTrie(regional, options)] : [];
  const pipeline = {
    normalize,
    segmenter: phrases,
    first: (segment: string, phrase: string | undefined) => phrase ?? characters.convert(segment),
    later,
  };
  return (text) => runPipeline(pipeline, text);
}
