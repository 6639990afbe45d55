import { createPageObserver, type MutationSink } from './page-observer';

test('page changes reach the sinks in order; our own state attributes do not', async () => {
  document.body.innerHTML = '<p id="p">阿里雲</p>';
  const seen: string[] = [];
  const sink = (name: string): MutationSink => ({
    handleMutations: (records) => seen.push(`${name}:${records.length}`),
  });
  const observer = createPageObserver(() => [sink('converter'), sink('annotator')]);
  observer.observe(document);
  document.documentElement.setAttribute('data-pangzhu-state', 'busy');
  observer.flush();
  expect(seen).toEqual([]);
  document.getElementById('p')!.textContent = '騰訊';
  observer.flush();
  // Replacing the text is a removal and an addition: both go to both, converter first.
  expect(seen).toEqual(['converter:2', 'annotator:2']);
  observer.disconnect();
});

test('unobserved work gives no records; the page’s changes before and after it do', async () => {
  document.body.innerHTML = '<p id="p">阿里雲</p><div id="host"></div>';
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>騰訊</p>';
  const seen: MutationRecord[] = [];
  const observer = createPageObserver(() => [{ handleMutations: (r) => void seen.push(...r) }]);
  observer.observe(document);
  observer.observe(shadow);
  const text = document.getElementById('p')!.firstChild as Text;
  text.data = '頁面改的';
  observer.unobserved(() => {
    // The page's change was handed over before the work began.
    expect(seen.map((r) => r.target)).toEqual([text]);
    text.data = '我們寫的';
    (shadow.firstChild!.firstChild as Text).data = '我們寫的';
  });
  observer.flush();
  expect(seen).toHaveLength(1);
  text.data = '頁面又改了';
  (shadow.firstChild!.firstChild as Text).data = '頁面也改了';
  observer.flush();
  expect(seen).toHaveLength(3);
  observer.disconnect();
});
