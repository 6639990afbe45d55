import { vi } from 'vitest';
import type * as Figures from './index';
import type * as Sentences from '../match/sentences';

/**
 * What loading the figure step costs a page: no code-unit table is built when
 * the modules load (a page without Chinese text may never read a figure), only
 * at first use.
 */
describe('tables over code units', () => {
  const kinds = ['Uint8Array', 'Uint16Array', 'Int32Array'] as const;
  /** Counts the typed arrays of 65 536 entries or more made while `run` runs. */
  async function bigTablesMadeBy(run: () => Promise<void> | void): Promise<number> {
    let made = 0;
    for (const kind of kinds) {
      const Real = globalThis[kind];
      vi.stubGlobal(
        kind,
        new Proxy(Real, {
          construct(target, args: unknown[], newTarget) {
            if (typeof args[0] === 'number' && args[0] >= 0x10000) made++;
            return Reflect.construct(target, args, newTarget) as object;
          },
        }),
      );
    }
    try {
      await run();
    } finally {
      vi.unstubAllGlobals();
    }
    return made;
  }

  it('are built at first use, not when findMentions and the figure parser load', async () => {
    vi.resetModules();
    let figures!: typeof Figures;
    let sentences!: typeof Sentences;
    const atLoad = await bigTablesMadeBy(async () => {
      await import('../match/find-mentions');
      figures = await import('./index');
      sentences = await import('../match/sentences');
    });
    expect(atLoad).toBe(0);
    const atUse = await bigTablesMadeBy(() => {
      expect(figures.parseFigures('營收二十億元，同比增長12%。').length).toBeGreaterThan(0);
      expect(sentences.sentenceAround('甲。乙丙。', 2, 3)).toEqual([2, 4]);
    });
    // The figure starts, the numerals, the sentence stops, and the fold.
    expect(atUse).toBeGreaterThanOrEqual(3);
  });
});
