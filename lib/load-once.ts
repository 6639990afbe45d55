/**
 * A load done once and shared by every caller. A failed load (the extension
 * was updated or removed under the page) is forgotten, so the next call tries
 * again instead of failing for the rest of the page's life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const mine = load();
      loading = mine;
      mine.catch(() => {
        if (loading === mine) loading = null;
      });
    }
    return loading;
  };
}
