import type { Annotator } from '../page';
import { createTestLoader } from '../convert/test-converters';
import { load } from '../convert/test-page';
import { createPageObserver, type PageObserver } from './page-observer';
import { createVariantControl } from './variant-control';

/** The part of an annotator the variant control drives, recording what it is given. */
function fakeAnnotator() {
  const fed: MutationRecord[] = [];
  const rescanned: Node[] = [];
  /** What the control asked, in order (rescans of one batch once each). */
  const log: string[] = [];
  let enabled = true;
  const annotator = {
    get enabled() {
      return enabled;
    },
    setEnabled: (on: boolean) => {
      enabled = on;
      log.push(on ? 'on' : 'off');
    },
    pause: () => {
      log.push('pause');
      return () => void log.push('resume');
    },
    idle: () => {
      log.push('idle');
      return Promise.resolve();
    },
    handleMutations: (records: Iterable<MutationRecord>) => void fed.push(...records),
    rescan: (nodes: Iterable<Node>) => {
      rescanned.push(...nodes);
      log.push('rescan');
    },
  };
  return { annotator: annotator as unknown as Annotator, fed, rescanned, log };
}

test('the annotator is told which texts were rewritten; only the page’s own changes give records', async () => {
  load(
    '<!DOCTYPE html><html><body><p>這個國家的<b>雲計算</b></p><p id="live">發展</p></body></html>',
  );
  const { annotator, fed, rescanned } = fakeAnnotator();
  let observer: PageObserver | null = null;
  const variants = createVariantControl({
    doc: document,
    annotator,
    observer: () => observer!,
    isOwnUi: () => false,
    signal: new AbortController().signal,
    loadConverter: createTestLoader(),
    protectSpans: () => [],
  });
  observer = createPageObserver(() => [variants.converter, annotator]);
  observer.observe(document);

  // The page adds a paragraph while the conversion runs.
  const pending = variants.set('hans', 'tw');
  document.body.append(Object.assign(document.createElement('p'), { textContent: '頁面新加的' }));
  await pending;

  expect(document.body.textContent).toContain('这个国家的云计算');
  const written = rescanned.filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
  expect(written).toEqual(expect.arrayContaining(['这个国家的', '云计算', '发展']));
  expect(fed.some((r) => r.type === 'characterData')).toBe(false);
  expect(fed.some((r) => r.type === 'childList')).toBe(true);
  expect(annotator.enabled).toBe(true);
  observer.disconnect();
});

test('the annotator resumes before the rewritten texts are named: each batch is scanned as it comes', async () => {
  load('<!DOCTYPE html><html><body><p>這個國家的<b>雲計算</b></p></body></html>');
  const { annotator, log } = fakeAnnotator();
  const observer = createPageObserver(() => [annotator]);
  observer.observe(document);
  const variants = createVariantControl({
    doc: document,
    annotator,
    observer: () => observer,
    isOwnUi: () => false,
    signal: new AbortController().signal,
    loadConverter: createTestLoader(),
    protectSpans: () => [],
  });
  await variants.set('hans', 'tw');
  // Held, the roots of a 5 MB page's ~50 000 texts were sorted out in one task at resume.
  expect(log).toEqual(['off', 'pause', 'resume', 'rescan', 'idle', 'on']);
  observer.disconnect();
});
