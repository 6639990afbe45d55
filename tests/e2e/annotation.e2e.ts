/**
 * Annotation in real browsers: every mention of the seed highlighted with its
 * type in each script, nothing inside excluded elements, the page's HTML
 * untouched, and pages that change (appends, SPA swaps, tickers, re-renders).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { RESCANS_PER_BLOCK } from '../../lib/schedule/budgets';
import { BROWSERS, startSession, type E2eSession } from './rig/session';
import { countStaleHighlights, readHighlights, waitForSettled } from './rig/highlights';
import { seedConverter, seedPage, type SeedForm } from './rig/seed-pages';

const ROOT = resolve(import.meta.dirname, '../..');
const fixture = JSON.parse(
  readFileSync(resolve(ROOT, 'lib/match/fixtures/seed-000.json'), 'utf8'),
) as { mentions: [string, string][] };
const pack = JSON.parse(
  readFileSync(resolve(ROOT, 'assets/packs/cloud-2023.core.generated.json'), 'utf8'),
) as {
  entities: { id: string; type: string }[];
};
const typeOf = new Map(pack.entities.map((e) => [e.id, e.type]));

function expectedMentions(form: SeedForm) {
  const convert = seedConverter(form);
  return fixture.mentions.map(([surface, id]) => ({
    type: id.startsWith('#') ? 'figure' : typeOf.get(id)!,
    text: convert(surface),
  }));
}

describe.each(BROWSERS)('annotation in %s', (name) => {
  let session: E2eSession;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await startSession(name);
    for (const form of ['original', 'hans', 'tw'] as const) {
      session.server.put(`/seed-${form}.html`, seedPage(form));
    }
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(['original', 'hans', 'tw'] as const)(
    'highlights every mention of the seed (%s) with its type',
    async (form) => {
      page = await session.openPage(`/seed-${form}.html`);
      expect(await readHighlights(page)).toEqual(expectedMentions(form));
    },
  );

  test('reads nothing inside excluded elements and leaves the HTML as it was', async () => {
    page = await session.openPage('/excluded.html');
    expect(await readHighlights(page)).toEqual([
      { type: 'person', text: '吳泳銘' },
      { type: 'org', text: '阿里雲' },
      { type: 'person', text: '王堅' },
    ]);
    const same = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true) as HTMLElement;
      root.removeAttribute('data-pangzhu-state');
      root.removeAttribute('data-pangzhu-variant');
      return root.outerHTML === (window as unknown as { initialHtml: string }).initialHtml;
    });
    expect(same).toBe(true);
  });

  test('highlights paragraphs appended later', async () => {
    page = await session.openPage('/dynamic.html');
    await page.evaluate(() => {
      for (let i = 0; i < 3; i++) {
        const p = document.createElement('p');
        p.textContent = `第${i}段：蔡崇信談阿里雲。`;
        document.querySelector('main')!.append(p);
      }
    });
    await waitForSettled(page);
    const shown = await readHighlights(page);
    expect(shown.filter((m) => m.text === '蔡崇信')).toHaveLength(3);
  });

  test('follows a single-page app that swaps its whole content', async () => {
    page = await session.openPage('/dynamic.html');
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<h1>新頁面</h1><p>李彥宏在百度世界大會發佈文心一言4.0。</p>';
      history.pushState({}, '', '/dynamic.html#next');
    });
    await waitForSettled(page);
    expect(await countStaleHighlights(page)).toBe(0);
    const texts = (await readHighlights(page)).map((m) => m.text);
    expect(texts).toEqual(['李彥宏', '百度世界大會', '文心一言4.0']);
  });

  test('stays quiet on a page that updates a text node every 20 ms', async () => {
    page = await session.openPage('/ticker.html');
    const flips = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          new MutationObserver((records) => (count += records.length)).observe(
            document.documentElement,
            { attributes: true, attributeFilter: ['data-pangzhu-state'] },
          );
          setTimeout(() => resolve(count), 2000);
        }),
    );
    // 100 ticks in those 2 s, ~40 batches of rescans unlimited. Limited: RESCANS_PER_BLOCK a
    // window, then the block cools down and is rescanned quietly; each busy → ready, and one
    // rescan may be under way when the count starts (here 10 in most loads, 12 in some).
    expect(flips).toBeLessThanOrEqual(2 * (RESCANS_PER_BLOCK + 1));
    await waitForSettled(page, 200);
    expect(await countStaleHighlights(page)).toBe(0);
    expect((await readHighlights(page)).map((m) => m.text)).toContain('阿里雲');
  });

  test('keeps up with a page whose framework re-renders its nodes', async () => {
    const errors: string[] = [];
    page = await session.launched.browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${session.server.origin}/rerender.html`);
    await page.waitForFunction(() => (window as unknown as { renders: number }).renders >= 10, {
      polling: 100,
    });
    // Blocks re-rendered many times a second are rescanned at most once a second after that.
    const expected = ['吳泳銘', '李彥宏', '蔡崇信'];
    const deadline = Date.now() + 5000;
    let texts: string[] = [];
    while (Date.now() < deadline) {
      await waitForSettled(page);
      texts = (await readHighlights(page)).map((m) => m.text).sort();
      if (texts.join() === expected.join()) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(errors).toEqual([]);
    expect(await countStaleHighlights(page)).toBe(0);
    expect(texts).toEqual(expected);
  });

  test('on a page with very many mentions, registers those near the viewport and follows the scroll', async () => {
    // 4 000 mentions, over the 2 000 registered at once (lib/page/highlights/highlight-publisher.ts).
    const paragraph = (i: number) =>
      `<p id="p${i}">第${i}段：阿里雲、華為、百度、騰訊與字節跳動，阿里雲、華為、百度、騰訊與字節跳動。</p>`;
    session.server.put(
      '/many.html',
      '<!doctype html><html lang="zh-Hant"><meta charset="utf-8"><title>t</title><body>' +
        Array.from({ length: 400 }, (_, i) => paragraph(i)).join('') +
        '</body></html>',
    );
    page = await session.openPage('/many.html');
    /** The paragraphs with a registered mention, and the viewport's height. */
    const registered = () =>
      page!.evaluate(() => {
        const ids = new Set<number>();
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('pangzhu-')) continue;
          for (const r of highlight as unknown as Iterable<AbstractRange>)
            ids.add(Number((r.startContainer.parentElement?.id ?? 'p-1').slice(1)));
        }
        const visible = [...document.querySelectorAll('p')]
          .filter((p) => {
            const rect = p.getBoundingClientRect();
            return rect.bottom > 0 && rect.top < innerHeight;
          })
          .map((p) => Number(p.id.slice(1)));
        return { ids: [...ids].sort((a, b) => a - b), visible };
      });
    const waitFor = async (check: (r: Awaited<ReturnType<typeof registered>>) => boolean) => {
      const deadline = Date.now() + 5000;
      let last = await registered();
      while (!check(last) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        last = await registered();
      }
      return last;
    };
    const covers = (r: Awaited<ReturnType<typeof registered>>) =>
      r.visible.length > 0 && r.visible.every((id) => r.ids.includes(id));

    const top = await waitFor(covers);
    expect(covers(top)).toBe(true);
    expect(top.ids.length).toBeGreaterThan(0);
    expect(top.ids.length).toBeLessThan(300);
    expect(top.ids).not.toContain(399);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bottom = await waitFor((r) => covers(r) && r.visible.includes(399));
    expect(covers(bottom)).toBe(true);
    expect(bottom.ids).toContain(399);
    expect(bottom.ids).not.toContain(0);
  });

  test('leaves a page without Chinese or a known name alone until Chinese text arrives', async () => {
    session.server.put(
      '/english.html',
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Markets</title><body>' +
        '<p>Revenue reached $24.3 billion, up 19.4% year on year.</p></body></html>',
    );
    page = await session.openPage('/english.html');
    expect(await readHighlights(page)).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '阿里雲的收入增長了2%。';
      document.body.append(p);
    });
    await page.waitForFunction(() => CSS.highlights.has('pangzhu-org'), { polling: 100 });
    await waitForSettled(page);
    expect(await readHighlights(page)).toContainEqual({ type: 'org', text: '阿里雲' });
    // Awake, the whole page is read: its English figures too.
    expect((await readHighlights(page)).map((m) => m.text)).toContain('$24.3 billion');
  });
});
