import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../page';
import { MentionCount } from './mention-count';
import type { NamesOf, PageFound } from './page-summary';

const namesOf: NamesOf = (id) => ({ 'zh-Hant': id, 'zh-Hans': id, en: id });

/** `n` mentions of entities e0 … e9 in turn (a page's mentions, as the annotator holds them). */
function entityMentions(n: number, prefix = 'e'): PageMention[] {
  return Array.from({ length: n }, (_, i) => {
    const entityId = `${prefix}${i % 10}`;
    const mention: PageMention['mention'] = {
      kind: 'entity',
      start: 0,
      end: 2,
      entityId,
      entityType: 'org',
      ambiguous: false,
    };
    return { mention, text: entityId } as PageMention;
  });
}

/** What `entityMentions(n, prefix)` counts to: each of its ten entities a tenth of the mentions. */
function countOf(n: number, prefix = 'e'): PageFound {
  const entities = Array.from({ length: 10 }, (_, k) => {
    const id = `${prefix}${k}`;
    return { id, type: 'org' as const, count: n / 10, names: namesOf(id)! };
  });
  return { entities, figures: [] };
}

/** A clock that moves 1 ms at each reading: a slice of N ms ends after N readings. */
function tickingClock(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => ++now);
}

afterEach(() => vi.restoreAllMocks());

describe('MentionCount', () => {
  it('counts in as many idle slices as it is given, to the same tally as at once', () => {
    const mentions = entityMentions(2000);
    const count = new MentionCount(() => mentions, namesOf);
    let slices = 0;
    // Each slice ends at its first look at the clock: 256 mentions a slice.
    while (!count.advance(() => false)) slices++;
    expect(slices).toBe(7);
    expect(count.found).toEqual(countOf(2000));
  });

  it('starts an idle count again after the mentions changed', () => {
    let mentions = entityMentions(1000);
    const count = new MentionCount(() => mentions, namesOf);
    expect(count.advance(() => false)).toBe(false);
    mentions = entityMentions(600, 'x');
    count.changed();
    while (!count.advance(() => false));
    expect(count.found).toEqual(countOf(600, 'x'));
  });

  it('finishes at once in slices, yielding to the page between them, and keeps the count', async () => {
    tickingClock();
    const mentions = entityMentions(256 * 40);
    const yieldToPage = vi.fn(() => Promise.resolve());
    const count = new MentionCount(() => mentions, namesOf, yieldToPage);
    const found = await count.finish();
    expect(found).toEqual(countOf(256 * 40));
    // 40 clock readings, a slice ending at every 15th.
    expect(yieldToPage).toHaveBeenCalledTimes(2);
    expect(count.found).toBe(found);
    expect(await count.finish()).toBe(found);
  });

  it('carries an idle count on when the count is asked for at once', async () => {
    const mentions = entityMentions(1000);
    const all = vi.fn(() => mentions);
    const count = new MentionCount(all, namesOf);
    count.advance(() => false);
    await count.finish();
    expect(all).toHaveBeenCalledTimes(1);
    expect(count.found).toEqual(countOf(1000));
  });

  it('answers a page that changed while it counted, without keeping that answer', async () => {
    tickingClock();
    const mentions = entityMentions(256 * 20);
    // The page changes during the first yield.
    const page: { count?: MentionCount } = {};
    const changeOnce = vi.fn(() => {
      if (changeOnce.mock.calls.length === 1) page.count?.changed();
      return Promise.resolve();
    });
    const count = (page.count = new MentionCount(() => mentions, namesOf, changeOnce));
    const found = await count.finish();
    expect(changeOnce).toHaveBeenCalled();
    expect(found).toEqual(countOf(256 * 20));
    expect(count.found).toBeNull();
  });

  it('stops when the session closes while it counts', async () => {
    tickingClock();
    const closing = new AbortController();
    const count = new MentionCount(
      () => entityMentions(256 * 40),
      namesOf,
      async () => closing.abort(new Error('closed')),
    );
    await expect(count.finish(closing.signal)).rejects.toThrow('closed');
  });
});
