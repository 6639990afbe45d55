import { createMemoryHighlightRegistry, type HighlightRegistry } from './highlight';
import { HighlightPublisher } from './highlight-publisher';
import { farPublisher } from './test-far-publisher';
import { countingTextReads, firstNameMention } from '../mentions/test-mentions';

test('a block that moves into the page follows the viewport from its next first mention', () => {
  document.body.innerHTML = '<div id="host"></div><p id="far">華為</p>';
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  const block = document.createElement('p');
  block.textContent = '華為';
  shadow.append(block);
  const { publisher, placeAll, registered } = farPublisher();
  // In a shadow tree a block is always registered.
  const inShadow = firstNameMention(block);
  publisher.show(inShadow, block);
  placeAll();
  expect(registered()).toHaveLength(1);
  // Its text goes, the block moves into the page far from the viewport, and is scanned again.
  publisher.hide(inShadow, block);
  document.body.append(block);
  const inPage = firstNameMention(block);
  publisher.show(inPage, block);
  placeAll();
  expect(registered()).toEqual([]);
});

test('a mention taken back before the flush never works out its text nodes', () => {
  document.body.innerHTML = '<p id="p">華為</p>';
  const block = document.getElementById('p')!;
  const { mention: counted, reads } = countingTextReads(firstNameMention(block));
  const publisher = new HighlightPublisher(document, () => createMemoryHighlightRegistry());
  publisher.show(counted, block);
  publisher.hide(counted, block);
  publisher.flush();
  expect(reads()).toBe(0);
  // Shown and flushed, it is registered: its range is made then.
  let registry: HighlightRegistry | undefined;
  const registering = new HighlightPublisher(
    document,
    () => (registry = createMemoryHighlightRegistry()),
  );
  registering.show(counted, block);
  registering.flush();
  expect(registry?.shownRanges('org')).toHaveLength(1);
});

test('a block whose mentions are not made yet is made at the flush, if it is still registered then', () => {
  document.body.innerHTML = '<p id="a">華為</p><p id="b">華為</p><p id="c">華為</p>';
  const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
  const made: Node[] = [];
  const makeWith = (publisher: HighlightPublisher) =>
    publisher.makePendingWith((owner) => {
      made.push(owner);
      return [firstNameMention(owner as Element)];
    });
  // Few mentions: all are registered, made at the flush.
  let registry: HighlightRegistry | undefined;
  const few = new HighlightPublisher(document, () => (registry = createMemoryHighlightRegistry()));
  makeWith(few);
  few.showLater(a!, 1);
  expect(made).toEqual([]);
  few.flush();
  expect(made).toEqual([a]);
  expect(registry?.shownRanges('org')).toHaveLength(1);
  // A page that narrows to the viewport (every block far) before the flush makes none of them.
  made.length = 0;
  const far = farPublisher({ nearViewportAbove: 2 });
  makeWith(far.publisher);
  for (const block of [a!, b!, c!]) far.publisher.showLater(block, 1);
  far.placeAll();
  expect(made).toEqual([]);
  expect(far.registered()).toEqual([]);
  // Its list read, a block is made.
  expect(far.publisher.shownOf(b!)).toHaveLength(1);
  expect(made).toEqual([b]);
});
