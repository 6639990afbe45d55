import { BROWSERS, startSession, type E2eSession } from './rig/session';

describe.each(BROWSERS)('the extension in %s', (name) => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startSession(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('its content script runs on a served page', async () => {
    const page = await session.openPage('/seed-article.html');
    const state = await page.evaluate(() => document.documentElement.dataset.pangzhuState);
    expect(state).toBe('ready');
    await page.close();
  });

  test('the popup renders for another tab', async () => {
    const page = await session.openPage('/seed-article.html');
    const tabId = await session.tabIdOf(page);
    const popup = await session.openPopup(tabId);
    const radios = await popup.$$eval('input[name="variant"]', (inputs) =>
      inputs.map((input) => input.value),
    );
    expect(radios).toEqual(['original', 'hant', 'hans']);
    expect(await popup.$('input[type="checkbox"][name="site-enabled"]')).not.toBeNull();
    await popup.close();
    await page.close();
  });

  test('the options page renders', async () => {
    const options = await session.openOptions();
    const choices = await options.$$eval('input[name="traditional-standard"]', (inputs) =>
      inputs.map((input) => input.value),
    );
    expect(choices).toEqual(['t', 'tw', 'twp', 'hk']);
    await options.close();
  });

  test('requests off the loopback address are refused', async () => {
    const page = await session.launched.browser.newPage();
    const failed = await page
      .goto('http://example.com/', { timeout: 15_000 })
      .then(() => false)
      .catch(() => true);
    expect(failed).toBe(true);
    await page.close();
  });
});
