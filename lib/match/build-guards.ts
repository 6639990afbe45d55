/**
 * The guards compiled from assets/guards/*.json (at build time: see builtin.test.ts).
 */
import ambiguousContexts from '../../assets/guards/ambiguous-contexts.json';
import commonWords from '../../assets/guards/common-words.json';
import containingWords from '../../assets/guards/containing-words.json';
import { buildDoubleArray, sortPatterns } from './double-array';
import { foldAll } from './fold';
import type { Guards } from './guards';

export function buildGuards(): Guards {
  const entries = ambiguousContexts.entries;
  const folded = foldAll([
    ...commonWords.words,
    ...containingWords.words,
    ...entries.flatMap((e) => [e.alias, ...e.contexts]),
  ]);
  const common = sortPatterns(folded.splice(0, commonWords.words.length));
  const containing = sortPatterns(folded.splice(0, containingWords.words.length));
  return {
    common: buildDoubleArray(common),
    containing: buildDoubleArray(containing),
    containingWords: containing,
    contexts: new Map(
      entries.map((e) => [
        folded.shift() as string,
        { window: e.window, words: folded.splice(0, e.contexts.length) },
      ]),
    ),
  };
}
