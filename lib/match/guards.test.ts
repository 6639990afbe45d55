import fc from 'fast-check';
import { fold } from './fold';
import { getGuards, hasDoubtfulContext } from './guards';

/** The reading hasDoubtfulContext replaced: the window folded into a new string, then searched. */
function foldedWindowHolds(
  context: { window: number; words: string[] },
  text: string,
  start: number,
  end: number,
): boolean {
  const from = Math.max(0, start - context.window);
  const to = Math.min(text.length, end + context.window);
  const folded = fold(text.slice(from, to));
  return context.words.some((w) => folded.includes(w));
}

describe('hasDoubtfulContext', () => {
  const contexts = [...getGuards().contexts.values()];

  it('finds a context word in any script and case, only inside the window', () => {
    const alibaba = getGuards().contexts.get('阿里巴巴')!;
    const text = '阿里巴巴與四十大盜';
    expect(hasDoubtfulContext(alibaba, text, 0, 4)).toBe(true);
    expect(hasDoubtfulContext(alibaba, 'ALIBABA meets the FORTY THIEVES', 0, 7)).toBe(true);
    const far = `阿里巴巴${'的'.repeat(alibaba.window)}四十大盜`;
    expect(hasDoubtfulContext(alibaba, far, 0, 4)).toBe(false);
    expect(hasDoubtfulContext(alibaba, far.slice(0, -1), 0, 4)).toBe(false);
    const near = `阿里巴巴${'的'.repeat(alibaba.window - 4)}四十大盜`;
    expect(hasDoubtfulContext(alibaba, near, 0, 4)).toBe(true);
  });

  it('agrees with searching the folded window, for every alias with context words', () => {
    const pieces = [
      ...contexts.flatMap((c) => c.words),
      // Unfolded forms of the words: Traditional, upper case, full width.
      '四十大盜',
      '芝麻開門',
      'FORTY THIEVES',
      'ｆ１',
      '法拉利',
      '蒸籠',
      '的',
      '，',
      ' ',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...contexts), text, fc.nat(), fc.nat(), (context, t, a, b) => {
        const start = t.length === 0 ? 0 : a % (t.length + 1);
        const end = start + (t.length === start ? 0 : b % (t.length - start + 1));
        expect(hasDoubtfulContext(context, t, start, end)).toBe(
          foldedWindowHolds(context, t, start, end),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('treats an empty word as found, as String.includes does', () => {
    expect(hasDoubtfulContext({ window: 3, words: ['xyz', ''] }, 'abc', 0, 1)).toBe(true);
    expect(hasDoubtfulContext({ window: 3, words: ['xyz'] }, '', 0, 0)).toBe(false);
  });
});
