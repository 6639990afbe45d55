import { type Annotator, type AnnotatorOptions, type AnnotatorState } from './annotator';
import { findFixedNames } from './mentions/fixed-names';
import { createObservedAnnotator } from './test-annotator';
import { createMemoryHighlightRegistry, type HighlightRegistry } from './highlights/highlight';
import { HIGHLIGHT_TYPES, type HighlightType } from './mentions/types';

const NAMES = {
  阿里雲: { type: 'org' },
  華為: { type: 'org' },
  馬雲: { type: 'person' },
  通義千問: { type: 'product', id: 'qwen' },
  千問: { type: 'product', id: 'qwen', ambiguous: true },
  雲棲大會: { type: 'event' },
  '243億美元': { type: 'figure' },
} as const;

let registries: Map<Document, HighlightRegistry>;
let annotator: Annotator | undefined;
let find: ReturnType<typeof findFixedNames>;

function setup(html: string, options: Partial<AnnotatorOptions> = {}): Annotator {
  document.body.innerHTML = html;
  registries = new Map();
  find = findFixedNames(NAMES);
  annotator = createObservedAnnotator({
    doc: document,
    findMentions: find,
    registry: (doc) => {
      const r = createMemoryHighlightRegistry();
      registries.set(doc, r);
      return r;
    },
    minIntervalMs: 0,
    yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    ...options,
  });
  return annotator;
}

/** The highlighted texts per type in `doc`. */
function shown(doc: Document = document): Partial<Record<HighlightType, string[]>> {
  const out: Partial<Record<HighlightType, string[]>> = {};
  const registry = registries.get(doc);
  for (const type of HIGHLIGHT_TYPES) {
    const ranges = registry?.shownRanges(type) ?? [];
    if (ranges.length === 0) continue;
    out[type] = ranges.map((r) => {
      const live = doc.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }
  return out;
}

async function settle(a: Annotator): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.idle();
  }
}

afterEach(() => {
  annotator?.dispose();
  annotator = undefined;
  vi.useRealTimers();
});

describe('annotating a page', () => {
  it('highlights names split by inline markup, per type, without touching the DOM', async () => {
    const a = setup(
      '<p>今天<b>阿里</b>雲和<a href="#">華</a>為，<i>馬</i>雲說營收243億美元。</p><p>雲棲大會</p>',
    );
    const before = document.body.outerHTML;
    await a.start();
    expect(shown()).toEqual({
      org: ['阿里雲', '華為'],
      person: ['馬雲'],
      event: ['雲棲大會'],
      figure: ['243億美元'],
    });
    expect(document.body.outerHTML).toBe(before);
    expect(a.mentions().map((m) => m.text)).toEqual([
      '阿里雲',
      '華為',
      '馬雲',
      '243億美元',
      '雲棲大會',
    ]);
    expect(document.adoptedStyleSheets.length).toBeGreaterThan(0);
  });

  it('starts its first scan after a frame rendered since the script started, if given one, without waiting for another', async () => {
    let rendered = () => {};
    const frameSinceStart = new Promise<void>((resolve) => (rendered = resolve));
    const nextFrame = vi.spyOn(window, 'requestAnimationFrame');
    const a = setup('<p>阿里雲</p>', { frameSinceStart });
    const started = a.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown()).toEqual({});
    rendered();
    await started;
    expect(shown()).toEqual({ org: ['阿里雲'] });
    expect(nextFrame).not.toHaveBeenCalled();
    nextFrame.mockRestore();
  });

  it('reports busy while scanning and ready when done, only on change, and leaves <html> alone', async () => {
    const seen: AnnotatorState[] = [];
    const a = setup('<p>阿里雲</p>', { onStateChange: (state) => seen.push(state) });
    const started = a.start();
    expect(seen).toEqual(['busy']);
    await started;
    await settle(a);
    expect(seen).toEqual(['busy', 'ready']);
    a.dispose();
    expect(seen).toEqual(['busy', 'ready']);
    // The page attribute has one writer: lib/content/page-attributes.ts.
    expect(document.documentElement.hasAttribute('data-pangzhu-state')).toBe(false);
  });

  it('skips excluded, editable, hidden and own-UI text', async () => {
    const a = setup(
      [
        '<pre>阿里雲</pre><code>華為</code><textarea>馬雲</textarea><script>"華為"</script>',
        '<div contenteditable><p>阿里雲</p></div><div hidden>華為</div>',
        '<p style="display:none">馬雲</p><p>看<span style="visibility:hidden">華為</span></p>',
        '<div data-pangzhu-ui>阿里雲</div><p>雲棲大會</p>',
        '<div contenteditable="TRUE">華為</div><div contenteditable="plaintext-only">馬雲</div>',
        '<div contenteditable="FALSE">阿里雲</div>',
      ].join(''),
    );
    await a.start();
    expect(shown()).toEqual({ event: ['雲棲大會'], org: ['阿里雲'] });
  });

  it('reads open shadow roots and styles them with their own sheet', async () => {
    const a = setup('<p>華為</p><x-card></x-card>');
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>阿<b>里</b>雲</p>';
    await a.start();
    expect(shown()).toEqual({ org: ['華為', '阿里雲'] });
    expect(shadow.adoptedStyleSheets.length).toBe(1);
    a.dispose();
    expect(shadow.adoptedStyleSheets.length).toBe(0);
  });

  it('reads same-origin iframes into their own document registry', async () => {
    const a = setup('<p>華為</p><iframe srcdoc="<p>阿里雲</p>"></iframe>');
    const frame = document.querySelector('iframe')!;
    await vi.waitFor(() => expect(frame.contentDocument?.body?.textContent).toBe('阿里雲'));
    await a.start();
    const inner = frame.contentDocument!;
    expect(shown()).toEqual({ org: ['華為'] });
    expect(shown(inner)).toEqual({ org: ['阿里雲'] });
  });

  it('turns highlights off at once and back on', async () => {
    const a = setup('<p>阿里雲 馬雲</p>');
    await a.start();
    a.setEnabled(false);
    expect(shown()).toEqual({});
    expect(a.enabled).toBe(false);
    a.setEnabled(true);
    expect(shown()).toEqual({ org: ['阿里雲'], person: ['馬雲'] });
  });

  it('shows an ambiguous alias only with evidence on the page', async () => {
    const a = setup('<p>千問</p><p id="evidence"></p>');
    await a.start();
    expect(shown()).toEqual({});
    document.getElementById('evidence')!.textContent = '通義千問';
    await settle(a);
    expect(shown().product?.sort()).toEqual(['千問', '通義千問']);
    document.getElementById('evidence')!.textContent = '';
    await settle(a);
    expect(shown()).toEqual({});
  });

  it('removes everything on dispose', async () => {
    const a = setup('<p>阿里雲</p>');
    const sheets = document.adoptedStyleSheets.length;
    await a.start();
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    a.dispose();
    expect(shown()).toEqual({});
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(a.mentions()).toEqual([]);
  });
});

describe('navigation and lookup', () => {
  it('lists mentions of an entity and steps through them', async () => {
    const a = setup('<p>華為</p><p>阿里雲</p><p>華為</p>');
    await a.start();
    expect(a.mentionsOfEntity('華為')).toHaveLength(2);
    const first = a.nextMention(null, 1)!;
    expect(a.nextMention(first, 1)!.text).toBe('阿里雲');
    const sel = window.getSelection()!;
    sel.collapse(document.querySelectorAll('p')[1]!.firstChild, 1);
    expect(a.mentionAtSelection(sel)!.text).toBe('阿里雲');
  });
});

describe('with the CSS Custom Highlight API', () => {
  class FakeHighlight extends Set<AbstractRange> {}
  let highlights: Map<string, FakeHighlight>;

  beforeEach(() => {
    highlights = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('registers one Highlight per type under pangzhu-<type>, and removes them', async () => {
    document.body.innerHTML = '<p>阿里雲、華為和馬雲</p>';
    const a = (annotator = createObservedAnnotator({
      doc: document,
      findMentions: findFixedNames(NAMES),
      yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    }));
    await a.start();
    expect([...highlights.keys()].sort()).toEqual(['pangzhu-org', 'pangzhu-person']);
    expect(highlights.get('pangzhu-org')!.size).toBe(2);
    a.setEnabled(false);
    expect(highlights.size).toBe(0);
    a.setEnabled(true);
    expect(highlights.get('pangzhu-person')!.size).toBe(1);
    a.dispose();
    expect(highlights.size).toBe(0);
  });
});
