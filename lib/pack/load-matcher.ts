/**
 * The matcher a page starts with. Where the page matches with the built-in
 * pack alone (the usual case) it is loaded from the pack's names index, built
 * with the extension (`packs/<id>.names.bin`): a fetch of the extension's own
 * file, then typed-array views, no compiling. Other sets of packs (imported
 * ones, a disabled built-in) are compiled from their names, and so is the
 * built-in pack when its index cannot be read.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { createMatcher, createMatcherFrom, type Matcher } from '../match';
import { readNamesIndex } from '../match/names-index';
import { yieldToPage } from '../schedule/yield-to-page';
import { BUILTIN_PACK_IDS, isBuiltinPack, namesIndexPath, packKey } from './load';
import type { Pack } from './types';

export type FetchBytes = (path: string) => Promise<ArrayBuffer>;

const fetchExtensionFile: FetchBytes = async (path) => {
  const response = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.arrayBuffer();
};

/** Bytes asked for already, per way of fetching and path: prefetched while the settings are read. */
const requested = new WeakMap<FetchBytes, Map<string, Promise<ArrayBuffer>>>();

function bytesOf(path: string, fetchBytes: FetchBytes): Promise<ArrayBuffer> {
  let mine = requested.get(fetchBytes);
  if (!mine) requested.set(fetchBytes, (mine = new Map<string, Promise<ArrayBuffer>>()));
  let bytes = mine.get(path);
  if (!bytes) {
    bytes = fetchBytes(path);
    mine.set(path, bytes);
    // A failed fetch (the extension was updated under the page) is tried again next time.
    bytes.catch(() => mine.delete(path));
  }
  return bytes;
}

/**
 * Starts fetching the built-in pack's names index, so it is there when the
 * settings say the page is on: call it as soon as the page looks worth
 * matching. A page that turns out to match other packs only wasted a fetch.
 */
export function prefetchNamesIndex(fetchBytes: FetchBytes = fetchExtensionFile): void {
  const [builtin] = BUILTIN_PACK_IDS;
  if (builtin) bytesOf(namesIndexPath(builtin), fetchBytes).catch(() => {});
}

export async function loadMatcher(
  packs: readonly Pack[],
  fetchBytes: FetchBytes = fetchExtensionFile,
): Promise<Matcher> {
  const [only] = packs;
  if (packs.length === 1 && only && isBuiltinPack(only)) {
    try {
      const bytes = await bytesOf(namesIndexPath(only.id), fetchBytes);
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
