/**
 * The matcher a page starts with. Where the page matches with the built-in
 * pack alone (the usual case) it is loaded from the pack's names index, built
 * with the extension (`packs/<id>.names.bin`): a fetch of the extension's own
 * file, then typed-array views, no compiling. Other sets of packs (imported
 * ones, a disabled built-in) are compiled from their names, and so is the
 * built-in pack when its index cannot be read.
 */
import { createMatcher, createMatcherFrom, type Matcher } from '../match';
import { readNamesIndex } from '../match/names-index';
import { yieldToPage } from '../schedule/yield-to-page';
import { rememberingFetch, type FetchBytes } from './extension-bytes';
import { isBuiltinPack, namesIndexPath, packKey } from './load';
import type { Pack } from './types';

/** The extension's own files, each fetched once per page (or view). */
const extensionFiles = rememberingFetch();

/**
 * `fetchBytes`: how the index is read; a caller that started reading it early
 * (lib/content/page-assets.ts) hands over its reader, which has the bytes.
 */
export async function loadMatcher(
  packs: readonly Pack[],
  fetchBytes: FetchBytes = extensionFiles,
): Promise<Matcher> {
  const [only] = packs;
  if (packs.length === 1 && only && isBuiltinPack(only)) {
    try {
      const bytes = await fetchBytes(namesIndexPath(only.id));
      const index = readNamesIndex(bytes, [packKey(only)], only.entities);
      if (index) return createMatcherFrom(index.compiled, index.filter);
    } catch {
      // Compiled below: slower, never wrong.
    }
  }
  // Compiling takes tens of milliseconds cold with the industry pack: a task of its own, not
  // one more step of the task that read the page's text.
  await yieldToPage();
  return createMatcher(packs);
}
