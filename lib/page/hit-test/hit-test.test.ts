import { caretAt, mentionAtPoint, mentionAtSelection, nextMention } from './hit-test';
import { MentionIndex } from '../mentions/mention-index';
import { segmentsOf, createTextRun } from '../text/text-map';
import type { PageMention } from '../mentions/types';
import { HighlightPublisher } from '../highlights/highlight-publisher';
import { createMemoryHighlightRegistry } from '../highlights/highlight';

/** The highlight publisher's lists of shown mentions, the index told of each change (as the store does). */
class ShownMentions {
  readonly publisher = new HighlightPublisher(document, () => createMemoryHighlightRegistry());
  readonly index = new MentionIndex(this.publisher);

  add(m: PageMention): void {
    this.publisher.showAll(m.owner, [m]);
    this.index.changed(m.owner);
  }

  remove(m: PageMention): void {
    if (this.publisher.hide(m, m.owner)) this.index.changed(m.owner);
  }
}

/** Builds page mentions for fixed strings found in each `<p>`. */
function indexPage(
  html: string,
  names: string[],
  shadowHtml?: string,
): { index: MentionIndex; lists: ShownMentions; mentions: PageMention[] } {
  document.body.innerHTML = html;
  for (const host of document.querySelectorAll('x-host')) {
    host.attachShadow({ mode: 'open' }).innerHTML = shadowHtml ?? '';
  }
  const lists = new ShownMentions();
  const mentions: PageMention[] = [];
  const blocks = [...document.querySelectorAll('p')];
  for (const host of document.querySelectorAll('x-host')) {
    blocks.push(...host.shadowRoot!.querySelectorAll('p'));
  }
  for (const p of blocks) {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const run = createTextRun(p, nodes);
    for (const name of names) {
      for (
        let at = run.text.indexOf(name);
        at >= 0;
        at = run.text.indexOf(name, at + name.length)
      ) {
        const segments = segmentsOf(run, at, at + name.length);
        const m: PageMention = {
          mention: {
            kind: 'entity',
            start: at,
            end: at + name.length,
            entityId: name,
            entityType: 'org',
            ambiguous: false,
          },
          type: 'org',
          text: name,
          range: document.createRange(),
          segments,
          owner: p,
          isLive: () => true,
        };
        mentions.push(m);
        lists.add(m);
      }
    }
  }
  return { index: lists.index, lists, mentions };
}

describe('mention index', () => {
  it('finds a mention from any text node it spans, by offset', () => {
    const { index, mentions } = indexPage('<p>今天<b>阿里</b>雲和華為</p>', ['阿里雲', '華為']);
    const b = document.querySelector('b')!.firstChild as Text;
    const tail = b.parentNode!.nextSibling as Text;
    expect(index.at(b, 0)).toEqual([mentions[0]]);
    expect(index.at(tail, 0)).toEqual([mentions[0]]);
    // Caret right after 雲: the mention ending there is a candidate, 和 is not a mention.
    expect(index.at(tail, 1)).toEqual([mentions[0]]);
    expect(index.at(tail, 2)).toEqual([mentions[1]]);
    const first = document.querySelector('p')!.firstChild as Text;
    expect(index.at(first, 0)).toEqual([]);
  });

  it('offers both neighbours at a boundary between adjacent mentions', () => {
    const { index, mentions } = indexPage('<p>華為阿里雲</p>', ['阿里雲', '華為']);
    const text = document.querySelector('p')!.firstChild as Text;
    expect(index.at(text, 2)).toEqual([mentions[0], mentions[1]]);
  });

  it('forgets removed mentions and groups by entity in document order', () => {
    const { index, lists, mentions } = indexPage('<p>華為</p><p>阿里雲</p><p>華為</p>', [
      '阿里雲',
      '華為',
    ]);
    expect(index.ofEntity('華為')).toEqual([mentions[0], mentions[2]]);
    lists.remove(mentions[0]!);
    expect(index.ofEntity('華為')).toEqual([mentions[2]]);
    expect(index.at(mentions[0]!.segments[0]!.node, 0)).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('answers from what its block holds now, after look-ups, removals and additions', () => {
    const { index, lists, mentions } = indexPage('<p>華為和<b>阿里雲</b></p>', ['阿里雲', '華為']);
    const [cloud, huawei] = mentions as [PageMention, PageMention];
    const inBold = cloud.segments[0]!.node;
    expect(index.at(inBold, 1)).toEqual([cloud]);
    lists.remove(cloud);
    expect(index.at(inBold, 1)).toEqual([]);
    expect(index.at(huawei.segments[0]!.node, 0)).toEqual([huawei]);
    lists.add(cloud);
    expect(index.at(inBold, 1)).toEqual([cloud]);
    expect(index.ofEntity('阿里雲')).toEqual([cloud]);
  });

  it('finds nothing for text of a block nested in a block that holds mentions', () => {
    document.body.innerHTML = '<div>華為<p>華為</p></div>';
    const div = document.querySelector('div')!;
    const outer = div.firstChild as Text;
    const inner = document.querySelector('p')!.firstChild as Text;
    const lists = new ShownMentions();
    const m: PageMention = {
      mention: {
        kind: 'entity',
        start: 0,
        end: 2,
        entityId: 'h',
        entityType: 'org',
        ambiguous: false,
      },
      type: 'org',
      text: '華為',
      range: document.createRange(),
      segments: segmentsOf(createTextRun(div, [outer]), 0, 2),
      owner: div,
      isLive: () => true,
    };
    lists.add(m);
    expect(lists.index.at(outer, 0)).toEqual([m]);
    expect(lists.index.at(inner, 0)).toEqual([]);
  });
});

describe('navigation', () => {
  it('steps through mentions in document order, shadow trees included', () => {
    const { index, mentions } = indexPage(
      '<p>甲華為</p><x-host></x-host><p>阿里雲 華為</p>',
      ['華為', '阿里雲', '百度'],
      '<p>百度</p>',
    );
    const order = (list: readonly PageMention[]) => list.map((m) => m.text);
    expect(mentions.map((m) => m.text)).not.toEqual(['華為', '百度', '阿里雲', '華為']);
    expect(order(index.ordered())).toEqual(['華為', '百度', '阿里雲', '華為']);
    const first = nextMention(index, null, 1)!;
    expect(first.text).toBe('華為');
    const second = nextMention(index, first, 1)!;
    expect(second.text).toBe('百度');
    expect(nextMention(index, second, -1)).toBe(first);
    expect(nextMention(index, null, -1)!.text).toBe('華為');
    expect(nextMention(index, nextMention(index, null, -1), 1)).toBeNull();
  });
});

describe('selection', () => {
  it('finds the mention at the selection focus, also between elements', () => {
    const { index, mentions } = indexPage('<p>今天<b>阿里</b>雲</p>', ['阿里雲']);
    const sel = window.getSelection()!;
    const b = document.querySelector('b')!;
    sel.collapse(b.firstChild, 1);
    expect(mentionAtSelection(index, sel)).toBe(mentions[0]);
    sel.collapse(b, 0);
    expect(mentionAtSelection(index, sel)).toBe(mentions[0]);
    sel.collapse(document.querySelector('p')!.firstChild, 1);
    expect(mentionAtSelection(index, sel)).toBeNull();
    sel.removeAllRanges();
    expect(mentionAtSelection(index, sel)).toBeNull();
  });
});

function stubDocument(name: string, value: unknown): void {
  Object.defineProperty(document, name, { value, configurable: true });
}

describe('pointer', () => {
  afterEach(() => vi.restoreAllMocks());

  function rect(left: number, top: number, width: number, height: number): DOMRect {
    return {
      left,
      top,
      right: left + width,
      bottom: top + height,
      width,
      height,
      x: left,
      y: top,
    } as DOMRect;
  }

  it('uses caretPositionFromPoint and confirms the point lies in the mention', () => {
    const { index, mentions } = indexPage('<p>今天<b>阿里</b>雲</p>', ['阿里雲']);
    const b = document.querySelector('b')!.firstChild!;
    stubDocument('caretPositionFromPoint', () => ({ offsetNode: b, offset: 1 }));
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
      rect(10, 10, 30, 16),
    ] as unknown as DOMRectList);
    expect(mentionAtPoint(index, document, 20, 15)).toBe(mentions[0]);
    // Same caret (snapped), but the pointer is in the margin.
    expect(mentionAtPoint(index, document, 200, 15)).toBeNull();
    Reflect.deleteProperty(document, 'caretPositionFromPoint');
  });

  it('falls back to caretRangeFromPoint', () => {
    indexPage('<p>阿里雲</p>', []);
    const text = document.querySelector('p')!.firstChild!;
    stubDocument('caretRangeFromPoint', () => {
      const r = document.createRange();
      r.setStart(text, 2);
      return r;
    });
    expect(caretAt(document, 1, 1)).toEqual({ node: text, offset: 2 });
    Reflect.deleteProperty(document, 'caretRangeFromPoint');
    expect(caretAt(document, 1, 1)).toBeNull();
  });
});
