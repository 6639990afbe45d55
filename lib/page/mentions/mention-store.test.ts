import { EvidenceTracker } from './evidence';
import { createMemoryHighlightRegistry } from '../highlights/highlight';
import { HighlightPublisher } from '../highlights/highlight-publisher';
import { farPublisher } from '../highlights/test-far-publisher';
import { MentionStore } from './mention-store';
import { firstNameFound } from './test-mentions';

function storeOf(): MentionStore {
  const publisher = new HighlightPublisher(document, () => createMemoryHighlightRegistry());
  return new MentionStore(publisher, new EvidenceTracker(), () => true);
}

/** Gives `owner` one mention: its first text node's first two characters. */
function addMention(store: MentionStore, owner: Element): void {
  const { run, found } = firstNameFound(owner);
  store.add(owner, run, found);
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
  it('drops the records whose text left the page', () => {
    document.body.innerHTML = '<p id="kept">華為</p><p id="emptied">華為</p>';
    const store = storeOf();
    const kept = document.getElementById('kept')!;
    const emptied = document.getElementById('emptied')!;
    addMention(store, kept);
    addMention(store, emptied);
    // The block stays; the text its mention was found in goes.
    emptied.firstChild!.remove();
    store.sweep();
    expect([...store.owners()]).toEqual([kept]);
    expect([...store.index.all()].map((m) => m.owner)).toEqual([kept]);
  });
});

describe('mention store: page mentions made when first needed', () => {
  /** A store whose publisher registers only blocks near the viewport, and none is near. */
  /** A store whose publisher registers only blocks near the viewport, and none is near. */
  function farStore(isVisible: (el: Element) => boolean = () => true) {
    const { publisher, placeAll, registered } = farPublisher();
    const asked: Element[] = [];
    const store = new MentionStore(publisher, new EvidenceTracker(), (el) => {
      asked.push(el);
      return isVisible(el);
    });
    return { store, asked, placeAll, registered };
  }

  it("makes a far block's mentions only once its list is read, and registers none", () => {
    document.body.innerHTML = '<p id="a">華為</p><p id="b">華為</p>';
    const { store, asked, placeAll, registered } = farStore();
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id)!);
    addMention(store, a!);
    addMention(store, b!);
    placeAll();
    // Counted as shown, but nothing was made: no shown check asked, no range registered.
    expect(store.index.size).toBe(2);
    expect(asked).toEqual([]);
    expect(registered()).toEqual([]);
    // The hit-test index reads one block's list: only that block's mentions are made.
    expect(store.publisher.shownOf(a!)?.map((m) => m.text)).toEqual(['華為']);
    expect(asked).toEqual([a]);
    expect([...store.index.all()].map((m) => m.owner)).toEqual([a, b]);
    expect(asked).toEqual([a, b]);
  });

  it('leaves out hidden text once made, and forgets a far block dropped before', () => {
    document.body.innerHTML =
      '<p id="hidden">華為</p><p id="dropped">華為</p><p id="shown">華為</p>';
    const hidden = document.getElementById('hidden')!;
    const { store, placeAll } = farStore((el) => el !== hidden);
    for (const id of ['hidden', 'dropped', 'shown'])
      addMention(store, document.getElementById(id)!);
    store.drop(document.getElementById('dropped')!);
    expect(store.index.size).toBe(2);
    expect([...store.index.all()].map((m) => (m.owner as Element).id)).toEqual(['shown']);
    expect(store.index.size).toBe(1);
    placeAll();
    expect([...store.owners()].map((owner) => (owner as Element).id)).toEqual(['hidden', 'shown']);
  });
});
