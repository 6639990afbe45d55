// The page converter's pacing: slices, frames, and what happens when a request is cut short.
import { create, HANT_PAGE, load, pageHtml, text } from './test-page';

describe('createPageConverter, paced', () => {
  it('converts large pages over several tasks', async () => {
    load(`<html><body>${'<p>這個國家的雲計算發展很快</p>'.repeat(1500)}</body></html>`);
    let yields = 0;
    const { converter } = create({
      sliceBudgetMs: 0,
      yieldToPage: () => {
        yields++;
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    await converter.setVariant('hans');
    expect(yields).toBeGreaterThan(10);
    expect(document.body.textContent).toBe('这个国家的云计算发展很快'.repeat(1500));
  });

  it('lets the page render between large amounts of written text', async () => {
    load(`<html><body>${'<p>這個國家的雲計算發展很快</p>'.repeat(8000)}</body></html>`);
    let frames = 0;
    const { converter } = create({
      sliceBudgetMs: 1e9,
      waitForFrame: async () => void frames++,
    });
    await converter.setVariant('hans');
    // 96 K characters written, no slice over budget: a frame every ~20 K.
    expect(frames).toBe(4);
  });

  it('does a small page in one task', async () => {
    load(HANT_PAGE);
    let yields = 0;
    const { converter } = create({ sliceBudgetMs: 1e9, yieldToPage: async () => void yields++ });
    await converter.setVariant('hans');
    expect(yields).toBe(0);
  });

  it('cancels an older request when a newer one comes', async () => {
    load(`<html><body>${'<p>這個國家的雲計算</p>'.repeat(2000)}</body></html>`);
    const before = pageHtml();
    let second: Promise<void> | undefined;
    let asked = false;
    // The callback runs only after `converter` below is set.
    const ask = { newer: () => undefined as Promise<void> | undefined };
    const { converter } = create({
      sliceBudgetMs: 0,
      yieldToPage: () => {
        if (!asked) {
          asked = true;
          second = ask.newer();
        }
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    ask.newer = () => converter.setVariant('original');
    const first = converter.setVariant('hans');
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await second;
    expect(converter.variant).toBe('original');
    expect(pageHtml() === before).toBe(true);
  });

  it('restores everything when a re-conversion is cut short', async () => {
    load(`<html><body>${'<p title="这个">这个国家的云计算发展很快</p>'.repeat(300)}</body></html>`);
    const before = pageHtml();
    let interrupt: (() => void) | undefined;
    const { converter } = create({
      sliceBudgetMs: 0,
      yieldToPage: () => {
        const run = interrupt;
        interrupt = undefined;
        run?.();
        return Promise.resolve();
      },
    });
    await converter.setVariant('hant', 'tw');
    expect(text('p')).toBe('這個國家的雲計算發展很快');
    let restored: Promise<void> | undefined;
    interrupt = () => (restored = converter.setVariant('original'));
    await expect(converter.setVariant('hant', 'hk')).rejects.toMatchObject({ name: 'AbortError' });
    await restored;
    expect(pageHtml() === before).toBe(true);
  });

  it('stops when its signal is aborted', async () => {
    load(HANT_PAGE);
    const controller = new AbortController();
    const { converter } = create({ signal: controller.signal });
    controller.abort();
    await expect(converter.setVariant('hans')).rejects.toMatchObject({ name: 'AbortError' });
    expect(text('h1')).toBe('雲棲大會開幕');
  });
});
