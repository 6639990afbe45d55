/** Hover cards in real browsers, on the seed page and on a page with hostile CSS. */
import type { Page } from 'puppeteer-core';
import { BROWSERS, startSession, type E2eSession } from './rig/session';
import { cardBox, hover, pointOf, readCard, waitForCard } from './rig/pointer';
import { seedPage } from './rig/seed-pages';

describe.each(BROWSERS)('hover cards in %s', (name) => {
  let session: E2eSession;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await startSession(name);
    session.server.put('/seed-cards.html', seedPage('original'));
    session.server.put('/seed-cards-hans.html', seedPage('hans'));
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await session?.close();
  });

  test('hovering 吳泳銘 opens his card; it stays open inside and closes on Escape', async () => {
    page = await session.openPage('/seed-cards.html');
    await hover(page, '吳泳銘');
    const card = await waitForCard(page);
    expect(card).toMatchObject({ label: '吳泳銘', entity: 'wu-yongming' });

    const box = (await cardBox(page))!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 6 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await readCard(page)).not.toBeNull();

    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  test('names follow the page’s script', async () => {
    page = await session.openPage('/seed-cards-hans.html');
    await hover(page, '吴泳铭');
    expect(await waitForCard(page)).toMatchObject({ label: '吴泳铭', entity: 'wu-yongming' });
  });

  test('hovering 19.4% shows Microsoft Intelligent Cloud beside its peers', async () => {
    page = await session.openPage('/seed-cards.html');
    await hover(page, '19.4%');
    const card = (await waitForCard(page))!;
    expect(card.figure).toBe('growth');
    expect(card.text).toContain('微軟智能雲');
    const bars = await page.evaluate(() => {
      const dialog = document
        .querySelector('[data-pangzhu-ui]')!
        .shadowRoot!.querySelector('[role="dialog"]')!;
      const chart = dialog.querySelector('svg, [role="img"]');
      return chart ? (chart.closest('figure') ?? chart).textContent : null;
    });
    // The calendar quarter's cloud growth: the article's 19.4% beside the releases of July–September 2023.
    for (const peer of ['微軟智能雲', '+19.4%', '谷歌雲', '+22%', '亞馬遜雲科技', '+12%', '騰訊']) {
      expect(bars).toContain(peer);
    }
  });

  test('the keyboard command walks the mentions and opens their cards', async () => {
    page = await session.openPage('/seed-cards.html');
    const tabId = await session.tabIdOf(page);
    const probe = await session.openPopup(tabId);
    const step = () =>
      probe.evaluate(async (id: number) => {
        const scope = globalThis as unknown as {
          browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          chrome?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        };
        return (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, {
          type: 'step-mention',
          direction: 1,
        });
      }, tabId);
    await step();
    expect((await waitForCard(page))!.label).toBe('雲棲大會');
    await step();
    await page.waitForFunction(() => getSelection()?.toString() === '吳泳銘', { polling: 100 });
    expect((await waitForCard(page))!.entity).toBe('wu-yongming');
    await probe.close();
  });

  test('looking up a selection opens its card, or says no pack knows it', async () => {
    page = await session.openPage('/seed-cards.html');
    const tabId = await session.tabIdOf(page);
    const probe = await session.openPopup(tabId);
    const lookUp = async (text: string) => {
      await page!.evaluate((wanted: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(wanted);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
      }, text);
      await probe.evaluate(async (id: number) => {
        const scope = globalThis as unknown as {
          browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          chrome?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        };
        await (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, { type: 'lookup-selection' });
      }, tabId);
      return waitForCard(page!);
    };
    expect(await lookUp('蔡崇信')).toMatchObject({ entity: 'joe-tsai' });
    const notice = (await lookUp('審美疲勞'))!;
    expect(notice.entity).toBeNull();
    expect(notice.text).toContain('審美疲勞');
    await probe.close();
  });

  test('a page with hostile CSS still shows a correct card', async () => {
    page = await session.openPage('/hostile.html');
    await pointOf(page, '王堅');
    await hover(page, '王堅');
    const card = await waitForCard(page);
    expect(card).toMatchObject({ label: '王堅', entity: 'wang-jian' });
    const looks = await page.evaluate(() => {
      const dialog = document
        .querySelector('[data-pangzhu-ui]')!
        .shadowRoot!.querySelector('[role="dialog"]')!;
      const style = getComputedStyle(dialog);
      const box = dialog.getBoundingClientRect();
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        display: style.display,
        width: box.width,
        onTop: top?.hasAttribute('data-pangzhu-ui'),
      };
    });
    expect(looks.display).not.toBe('none');
    expect(looks.width).toBeGreaterThan(200);
    expect(looks.onTop).toBe(true);
  });
});
