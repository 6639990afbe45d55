/**
 * The extension's own files read as bytes (a pack's names index): a fetch of
 * a web-accessible file, and a reader that asks for each path once, so the
 * bytes a page asked for early are the ones its matcher is made from.
 */
import { fetchExtensionFile } from './extension-file';

export type FetchBytes = (path: string) => Promise<ArrayBuffer>;

const fetchExtensionBytes: FetchBytes = async (path) =>
  (await fetchExtensionFile(path)).arrayBuffer();

/**
 * `fetchBytes`, with each path's bytes asked for once. A failed fetch (the
 * extension was updated under the page) is asked for again next time.
 */
export function rememberingFetch(fetchBytes: FetchBytes = fetchExtensionBytes): FetchBytes {
  const asked = new Map<string, Promise<ArrayBuffer>>();
  return (path) => {
    let bytes = asked.get(path);
    if (!bytes) {
      bytes = fetchBytes(path);
      asked.set(path, bytes);
      bytes.catch(() => asked.delete(path));
    }
    return bytes;
  };
}
