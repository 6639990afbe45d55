/**
 * Undoing a registration with the extension's APIs once the extension may be
 * gone (updated or removed under the page): they throw then, and an error
 * thrown from a content script's clean-up lands in the page's console. There
 * is nothing left to undo in that case.
 */
export function quietly(undo: () => void): void {
  try {
    undo();
  } catch {
    // The extension's context is gone, and its listeners with it.
  }
}
