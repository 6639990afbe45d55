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
