import type { Annotator, AnnotatorOptions } from './annotator';
import { createObservedAnnotator } from './test-annotator';
import { findFixedNames } from './mentions/fixed-names';
import { createMemoryHighlightRegistry, type HighlightRegistry } from './highlights/highlight';
import { HIGHLIGHT_TYPES } from './mentions/types';

let registry: HighlightRegistry;
let annotator: Annotator | undefined;
let find: ReturnType<typeof findFixedNames>;
/** Every state the annotator reported, in order. */
let states: string[];

function setup(html: string, options: Partial<AnnotatorOptions> = {}): Annotator {
  document.body.innerHTML = html;
  states = [];
  registry = createMemoryHighlightRegistry();
  find = findFixedNames({
    阿里雲: { type: 'org' },
    華為: { type: 'org' },
    馬雲: { type: 'person' },
  });
  annotator = createObservedAnnotator({
    doc: document,
    findMentions: find,
    registry: () => registry,
    minIntervalMs: 0,
    yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    onStateChange: (state) => states.push(state),
    ...options,
  });
  return annotator;
}

function shownTexts(): string[] {
  return HIGHLIGHT_TYPES.flatMap((type) =>
    registry.shownRanges(type).map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    }),
  ).sort();
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

describe('following page changes', () => {
  it('scans appended paragraphs, and only them (infinite scroll)', async () => {
    const a = setup('<div id="feed"><p>華為</p><p>馬雲</p></div>');
    await a.start();
    find.calls.length = 0;
    const p = document.createElement('p');
    p.innerHTML = '<b>阿里</b>雲';
    document.getElementById('feed')!.append(p);
    await settle(a);
    expect(shownTexts()).toEqual(['華為', '阿里雲', '馬雲'].sort());
    expect(find.calls).toEqual(['阿里雲']);
    expect(states.at(-1)).toBe('ready');
  });

  it('leaves nothing stale when a single-page app swaps its content', async () => {
    const a = setup('<main><article><p>華為</p><p>阿里雲</p></article></main>');
    await a.start();
    const oldText = document.querySelector('p')!.firstChild as Text;
    document.querySelector('main')!.innerHTML = '<article><p>馬雲</p></article>';
    await settle(a);
    expect(shownTexts()).toEqual(['馬雲']);
    expect(a.mentions().map((m) => m.text)).toEqual(['馬雲']);
    expect(a.mentions().every((m) => m.segments.every((s) => s.node.isConnected))).toBe(true);
    expect(a.mentionsOfEntity('華為')).toEqual([]);
    expect(oldText.isConnected).toBe(false);
  });

  it('follows text a framework rewrites in place', async () => {
    const a = setup('<p>今天<b>華為</b>發布</p>');
    await a.start();
    (document.querySelector('b')!.firstChild as Text).data = '阿里';
    await settle(a);
    expect(shownTexts()).toEqual([]);
    (document.querySelector('b')!.nextSibling as Text).data = '雲發布';
    await settle(a);
    expect(shownTexts()).toEqual(['阿里雲']);
  });

  it('drops mentions of removed blocks', async () => {
    const a = setup('<div><p id="x">華為</p><p>馬雲</p></div>');
    await a.start();
    document.getElementById('x')!.remove();
    await settle(a);
    expect(shownTexts()).toEqual(['馬雲']);
    expect(a.mentions()).toHaveLength(1);
  });

  it('rescans when text is hidden or revealed', async () => {
    const a = setup('<div><p id="x">華為</p></div>');
    await a.start();
    document.getElementById('x')!.hidden = true;
    await settle(a);
    expect(shownTexts()).toEqual([]);
    document.getElementById('x')!.hidden = false;
    await settle(a);
    expect(shownTexts()).toEqual(['華為']);
  });

  it('ignores its own UI coming and going, and its own attributes', async () => {
    const a = setup('<p>華為</p>');
    await a.start();
    find.calls.length = 0;
    const ui = document.createElement('div');
    ui.setAttribute('data-pangzhu-ui', '');
    ui.textContent = '阿里雲';
    document.body.append(ui);
    document.documentElement.setAttribute('data-pangzhu-variant', 'hans');
    await settle(a);
    ui.textContent = '馬雲';
    await settle(a);
    ui.remove();
    await settle(a);
    expect(find.calls).toEqual([]);
    expect(shownTexts()).toEqual(['華為']);
  });

  it('holds rescans while paused and rescans at once on resume', async () => {
    const a = setup('<p id="x">華為</p><p>馬雲</p>');
    await a.start();
    const resume = a.pause();
    document.getElementById('x')!.textContent = '阿里雲';
    await settle(a);
    expect(shownTexts()).toEqual(['華為', '馬雲'].sort());
    resume();
    await a.idle();
    expect(shownTexts()).toEqual(['阿里雲', '馬雲'].sort());
  });

  it('keeps a text node that changes every 20 ms from keeping it busy', async () => {
    vi.useFakeTimers();
    const a = setup('<p>華為 <span id="clock">0</span></p><p>馬雲</p>', {
      now: () => Date.now(),
      minIntervalMs: 16,
    });
    const started = a.start();
    await vi.advanceTimersByTimeAsync(100);
    await started;
    const clock = document.getElementById('clock')!.firstChild as Text;
    const statesBefore = states.length;
    find.calls.length = 0;
    for (let tick = 1; tick <= 250; tick++) {
      clock.data = String(tick);
      await vi.advanceTimersByTimeAsync(20);
    }
    // 5 s of ticks: a few rescans before the cooldown, then about one a second.
    expect(find.calls.length).toBeGreaterThan(3);
    expect(find.calls.length).toBeLessThanOrEqual(12);
    // The state settles on ready instead of flipping with every tick.
    expect(states.length - statesBefore).toBeLessThanOrEqual(12);
    expect(states.at(-1)).toBe('ready');
    // The last value is picked up once it stops changing.
    await vi.advanceTimersByTimeAsync(2000);
    expect(find.calls.at(-1)).toBe('華為 250');
    expect(shownTexts()).toEqual(['華為', '馬雲'].sort());
    // Quiet for a second, the block is an ordinary one again: its next change shows as work.
    const statesBeforeEdit = states.length;
    clock.data = '阿里雲';
    await vi.advanceTimersByTimeAsync(100);
    expect(states.slice(statesBeforeEdit)).toEqual(['busy', 'ready']);
    expect(shownTexts()).toEqual(['華為', '阿里雲', '馬雲'].sort());
  });

  it('reports progress only when the state or the mentions change, not for a ticker’s rescans', async () => {
    vi.useFakeTimers();
    const progress: string[] = [];
    const a = setup('<p>華為</p><p id="clock">0</p>', {
      now: () => Date.now(),
      minIntervalMs: 16,
      onProgress: ({ state, mentions }) => progress.push(`${state} ${mentions}`),
    });
    const started = a.start();
    await vi.advanceTimersByTimeAsync(100);
    await started;
    const reportedAtStart = progress.length;
    expect(progress.at(-1)).toBe('ready 1');
    const clock = document.getElementById('clock')!.firstChild as Text;
    find.calls.length = 0;
    for (let tick = 1; tick <= 50; tick++) {
      clock.data = String(tick);
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(2000);
    // The clock was scanned again, quietly: no mention changed, so nothing to report.
    expect(find.calls).toContain('50');
    expect(
      progress.slice(reportedAtStart).every((p) => p.startsWith('busy') || p === 'ready 1'),
    ).toBe(true);
    expect(
      progress.slice(reportedAtStart).filter((p) => p === 'ready 1').length,
    ).toBeLessThanOrEqual(
      progress.slice(reportedAtStart).filter((p) => p.startsWith('busy')).length,
    );
    // A new mention is news.
    clock.data = '馬雲';
    await vi.advanceTimersByTimeAsync(2000);
    expect(progress.at(-1)).toBe('ready 2');
  });
});
