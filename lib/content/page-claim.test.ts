/**
 * Copies of the content script handing a page over through the DOM: the
 * newest claims it, older ones that answer are waited for (at most a few
 * seconds), and an older one knows it no longer holds the page.
 */
import { claimPage as claimPageOnce, type PageClaim } from './page-claim';
import { STATE_ATTRIBUTE } from './page-attributes';

const root = document.documentElement;
const claims: PageClaim[] = [];

/** Claims the page, and has the claim leave after the test (its listener goes with it). */
function claimPage(doc: Document, onClaimed: () => void): PageClaim {
  const claim = claimPageOnce(doc, onClaimed);
  claims.push(claim);
  return claim;
}

afterEach(() => {
  for (const claim of claims.splice(0)) claim.left();
  vi.useRealTimers();
  root.removeAttribute(STATE_ATTRIBUTE);
});

/** Whether `promise` has settled once pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

test('the first copy holds the page at once and does not hear its own claim', async () => {
  const claimed = vi.fn();
  const claim = claimPage(document, claimed);
  expect(await settled(claim.ready)).toBe(true);
  expect(claim.held).toBe(true);
  expect(claimed).not.toHaveBeenCalled();
  claim.left();
});

test('a newer copy waits until the older one has put the page back', async () => {
  const claimed = vi.fn();
  const older = claimPage(document, claimed);
  const newer = claimPage(document, () => {});
  expect(claimed).toHaveBeenCalledOnce();
  expect(older.held).toBe(false);
  expect(await settled(newer.ready)).toBe(false);

  older.left();
  expect(await settled(newer.ready)).toBe(true);
  expect(newer.held).toBe(true);
});

test('an older copy that never says it is done holds the newer one back only for a while', async () => {
  vi.useFakeTimers();
  claimPage(document, () => {});
  const newer = claimPage(document, () => {});
  expect(await settled(newer.ready)).toBe(false);
  await vi.runAllTimersAsync();
  expect(await settled(newer.ready)).toBe(true);
});

test('an older copy that has left already is not waited for', async () => {
  const older = claimPage(document, () => {});
  older.left();
  const newer = claimPage(document, () => {});
  expect(await settled(newer.ready)).toBe(true);
});

test('what a copy that could not answer left is cleared before the new copy starts', async () => {
  root.setAttribute(STATE_ATTRIBUTE, 'ready');
  const host = document.createElement('pangzhu-card');
  host.setAttribute('data-pangzhu-ui', '');
  document.body.append(host);
  const registry = new Map<string, unknown>([
    ['pangzhu-org', {}],
    ['page-own', {}],
  ]);
  vi.stubGlobal('CSS', { highlights: registry });
  await claimPage(document, () => {}).ready;
  vi.unstubAllGlobals();
  expect([...registry.keys()]).toEqual(['page-own']);
  expect(document.querySelector('pangzhu-card')).toBeNull();
});
