/**
 * Taking one item out of a list in place. `splice(at, 1)` also makes an array
 * of what it took: a rescan takes a block's mentions out one by one, thousands
 * on a long page, and each such array is garbage at once.
 */
export function removeAt<T>(list: T[], at: number): void {
  if (at < 0 || at >= list.length) return;
  // Mostly the last one (a rescan takes a block's mentions back last first): nothing moves.
  for (let i = at + 1; i < list.length; i++) list[i - 1] = list[i] as T;
  list.pop();
}
