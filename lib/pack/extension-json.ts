/**
 * The extension's own JSON files (a built-in pack's core and details, built
 * by scripts/pack/pack-files.mjs), parsed from the response's bytes: only
 * the objects stay in the page's heap. Data written into a module as one
 * string literal stayed there beside them, with the module's code (0.33 MB of
 * the core on every matched page).
 */
import { fetchExtensionFile } from './extension-file';

export type FetchJson = (path: string) => Promise<unknown>;

export const fetchExtensionJson: FetchJson = async (path) =>
  (await fetchExtensionFile(path)).json();

/**
 * Reads started early (while a page's settings are read) and handed over
 * once: the first `take` of a path gets its read, later ones read anew. Not
 * remembered past that, so a parsed file lives only as long as its taker
 * keeps it.
 */
export interface ReadsHandedOver {
  start(path: string): void;
  take(path: string): Promise<unknown>;
}

export function readsHandedOver(read: FetchJson = fetchExtensionJson): ReadsHandedOver {
  const started = new Map<string, Promise<unknown>>();
  return {
    start(path) {
      if (started.has(path)) return;
      const reading = read(path);
      // Reported to its taker, if any.
      reading.catch(() => {});
      started.set(path, reading);
    },
    take(path) {
      const reading = started.get(path);
      started.delete(path);
      return reading ?? read(path);
    },
  };
}
