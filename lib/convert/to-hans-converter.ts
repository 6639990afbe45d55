// Entry of the `to-hans` converter asset (scripts/build-lazy-assets.mjs):
// Traditional of any standard → mainland Simplified (~100 KB of tables).
import CJKCompat from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { buildTrie, runPipeline, type BuildOptions } from './opencc-pipeline';
import type { ConvertText } from './types';

/**
 * Traditional → Simplified, as opencc-js's `tw2s` preset with Hong Kong
 * forms also undone: a page's standard is not known, and the two reverse
 * tables never disagree (衞 is a Hong Kong form, 裏/為/著 Taiwan ones). Character
 * forms only: Taiwan phrases (軟體) are kept, not rewritten to 软件.
 */
export async function createToHansConverter(options: BuildOptions = {}): Promise<ConvertText> {
  const normalize = await buildTrie([CJKCompat], options);
  const segmenter = await buildTrie([TSPhrases], options);
  const variants = await buildTrie(
    [TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev],
    options,
  );
  const toSimplified = await buildTrie([TSPhrases, TSCharacters], options);
  return (text) =>
    runPipeline(
      {
        normalize,
        segmenter,
        first: (segment) => variants.convert(segment),
        later: [toSimplified],
      },
      text,
    );
}
