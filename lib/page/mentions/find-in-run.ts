/**
 * Matching a long text in windows, so one call never takes long even when a
 * page holds a megabyte in one text node. Windows overlap by `overlap` on both
 * sides, so a name crossing a window edge, or judged by its neighbours, is
 * seen whole; each mention is kept by the window its start falls in.
 */
import type { FindMentions, Mention } from './types';

export function findInText(
  text: string,
  findMentions: FindMentions,
  window = 16_384,
  overlap = 64,
): readonly Mention[] {
  // As matching gave it: kept by the found cache, never changed.
  if (text.length <= window + overlap) return findMentions(text);
  const out: Mention[] = [];
  for (let from = 0; from < text.length; from += window) {
    const lo = Math.max(0, from - overlap);
    const hi = Math.min(text.length, from + window + overlap);
    for (const m of findMentions(text.slice(lo, hi))) {
      const start = m.start + lo;
      if (start < from || start >= from + window) continue;
      const last = out[out.length - 1];
      if (last && start < last.end) continue; // keep mentions non-overlapping across windows
      out.push(shifted(m, lo));
    }
  }
  return out;
}

/**
 * `m` moved `by` units on. A figure's link is read now: a figure works it out from its
 * window's text when first asked, which a copy cannot do.
 */
function shifted(m: Mention, by: number): Mention {
  const place = { start: m.start + by, end: m.end + by };
  return m.kind === 'figure' ? { ...m, ...place, link: m.link } : { ...m, ...place };
}
