import { startSession, type E2eSession } from './rig/session';
describe.each(['chromium', 'firefox'] as const)('timing %s', (name) => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startSession(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  test('t', async () => {
    const page = await session.openPage('/seed-article.html');
    const tabId = await session.tabIdOf(page);
    for (let i = 0; i < 3; i++) {
      const popup = await session.openPopup(tabId);
      const t = await popup.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const res = performance
          .getEntriesByType('resource')
          .map(
            (r) =>
              `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`,
          );
        return {
          shown: performance.getEntriesByName('pangzhu-popup-shown')[0]?.startTime,
          domInteractive: nav?.domInteractive,
          dcl: nav?.domContentLoadedEventEnd,
          marks: performance
            .getEntriesByType('mark')
            .map((m) => `${m.name} ${Math.round(m.startTime)}`),
          res,
        };
      });
      console.log(name, JSON.stringify(t));
      await popup.close();
    }
  });
});
