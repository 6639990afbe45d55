/**
 * A table over every UTF-16 code unit (64 K entries), filled on first use:
 * the figure parser's and the sentence reader's look-ups, which a page
 * without Chinese text never makes, so it never pays for them.
 */
export function unitTableOnFirstUse(fill: (table: Uint8Array) => void): () => Uint8Array {
  let table: Uint8Array | undefined;
  return () => {
    if (table) return table;
    table = new Uint8Array(0x10000);
    fill(table);
    return table;
  };
}
