/**
 * axe-core's WCAG 2.1 A and AA rules on the popup, the options page and an
 * open card (inside its shadow root), at a desktop's width with a mouse and at
 * a phone's with a finger, in both browsers: no serious or critical finding.
 */
import type { Page } from 'puppeteer-core';
import { BROWSERS, startSession, type E2eSession, type SessionOptions } from './rig/session';
import { describeFindings, reachedShadowRoot, runAxe, severe, type AxeReport } from './rig/axe';
import { PHONE_HEIGHT, PHONE_WIDTHS } from './rig/phone';
import { waitForCard } from './rig/pointer';
import { seedPage } from './rig/seed-pages';

const LAYOUTS: [string, SessionOptions][] = [
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { touch: true, viewport: { width: PHONE_WIDTHS[0], height: PHONE_HEIGHT } }],
];

function expectNoSevereFindings(report: AxeReport, where: string) {
  const findings = severe(report);
  if (findings.length > 0)
    throw new Error(
      `axe: serious or critical findings in ${where}:\n\n${describeFindings(findings)}`,
    );
}

/**
 * axe in the light scheme, then (in Chromium, which can emulate it) in the dark one, where
 * every colour pair is another: contrast is checked in both.
 */
async function expectAccessible(name: string, where: string, ...pages: [Page, ...Page[]]) {
  expectNoSevereFindings(await runAxe(pages[0]), where);
  if (name !== 'chromium') return;
  for (const page of pages)
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  expectNoSevereFindings(await runAxe(pages[0]), `${where}, dark`);
}

/** Opens the next mention's card as the keyboard command does (no hover needed on a phone). */
async function stepToNextMention(probe: Page, tabId: number) {
  await probe.evaluate(async (id: number) => {
    const scope = globalThis as unknown as {
      browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      chrome?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    };
    await (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, {
      type: 'step-mention',
      direction: 1,
    });
  }, tabId);
}

describe.each(BROWSERS)('accessibility in %s', (name) => {
  describe.each(LAYOUTS)('at %s width', (layout, options) => {
    let session: E2eSession;
    const open: Page[] = [];
    beforeAll(async () => {
      session = await startSession(name, options);
      session.server.put('/seed-axe.html', seedPage('original'));
    });
    afterEach(async () => {
      for (const page of open.splice(0)) await page.close();
    });
    afterAll(async () => {
      await session?.close();
    });

    test('the popup', async () => {
      const page = await session.openPage('/seed-axe.html');
      const popup = await session.openPopup(await session.tabIdOf(page));
      open.push(popup, page);
      await popup.waitForSelector('.related');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectAccessible(name, `the popup (${name}, ${layout})`, popup);
    });

    test('the options page', async () => {
      const options = await session.openOptions();
      open.push(options);
      await expectAccessible(name, `the options page (${name}, ${layout})`, options);
    });

    test('a page with an open card, the card included', async () => {
      const page = await session.openPage('/seed-axe.html');
      const tabId = await session.tabIdOf(page);
      const probe = await session.openPopup(tabId);
      open.push(probe, page);
      // Back on the page, as a reader coming from the popup: a phone's sheet waits for that.
      await page.bringToFront();
      // The second mention is a person (吳泳銘): roles, facts, relations and sources.
      await stepToNextMention(probe, tabId);
      await waitForCard(page);
      await stepToNextMention(probe, tabId);
      await page.waitForFunction(() => getSelection()?.toString() === '吳泳銘', { polling: 100 });
      expect((await waitForCard(page))!.entity).toBe('wu-yongming');

      // axe walks open shadow roots; this checks it did walk the card's.
      expect(reachedShadowRoot(await runAxe(page), 'pangzhu-card')).toBe(true);
      await expectAccessible(name, `a page with 吳泳銘's card (${name}, ${layout})`, page);
    });
  });
});
