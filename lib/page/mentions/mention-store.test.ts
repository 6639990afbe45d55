import { EvidenceTracker } from './evidence';
import { createMemoryHighlightRegistry } from '../highlights/highlight';
import { HighlightPublisher } from '../highlights/highlight-publisher';
import { MentionStore } from './mention-store';
import { countingTextReads, firstNameMention } from './test-mentions';

function storeOf(): MentionStore {
  const publisher = new HighlightPublisher(document, () => createMemoryHighlightRegistry());
  return new MentionStore(publisher, new EvidenceTracker());
}

/** Gives `owner` one mention: its first text node's first two characters. */
function addMention(store: MentionStore, owner: Element): void {
  store.add(owner, [firstNameMention(owner)]);
}

describe('mention store: owners under a root', () => {
  it('walks a big root in steps and finds every owner inside it, in shadow roots too', () => {
    document.body.innerHTML =
      '<p id="outside">華為</p><main>' +
      '<section><p>華為發布</p></section>'.repeat(3000) +
      '<div id="host"></div></main>';
    const main = document.querySelector('main')!;
    const store = storeOf();
    const paragraphs = [...main.querySelectorAll('p')];
    const owners = [paragraphs[0]!, paragraphs[1500]!, paragraphs[2999]!];
    for (const owner of owners) addMention(store, owner);
    addMention(store, document.getElementById('outside')!);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>華為雲</p>';
    const inShadow = shadow.querySelector('p')!;
    addMention(store, inShadow);

    const found: Node[] = [];
    let steps = 0;
    const walk = store.ownersUnder(main, (owner) => found.push(owner));
    while (!walk.next().done) steps++;
    expect(found).toEqual([...owners, inShadow]);
    // 6 001 elements walked: the caller got two chances to end its slice on the way.
    expect(steps).toBe(2);
  });

  it('finds the root itself, and walks no subtree when no block has mentions', () => {
    document.body.innerHTML = '<p>華為</p>';
    const p = document.querySelector('p')!;
    const store = storeOf();
    const none: Node[] = [];
    expect([...store.ownersUnder(document.body, (owner) => none.push(owner))]).toHaveLength(0);
    expect(none).toEqual([]);
    addMention(store, p);
    const found: Node[] = [];
    expect([...store.ownersUnder(p, (owner) => found.push(owner))]).toHaveLength(0);
    expect(found).toEqual([p]);
  });
});

describe('mention store: sweep', () => {
  it('drops the records whose text left the page, and makes no segments to tell', () => {
    document.body.innerHTML = '<p id="kept">華為</p><p id="emptied">華為</p>';
    const store = storeOf();
    const kept = document.getElementById('kept')!;
    const emptied = document.getElementById('emptied')!;
    const counted = [kept, emptied].map((owner) => countingTextReads(firstNameMention(owner)));
    store.add(kept, [counted[0]!.mention]);
    store.add(emptied, [counted[1]!.mention]);
    // The block stays; the text its mention was found in goes.
    emptied.firstChild!.remove();
    store.sweep();
    expect([...store.owners()]).toEqual([kept]);
    expect(counted.map(({ reads }) => reads())).toEqual([0, 0]);
  });
});
