// A page longer than a frame's worth of text: the reader's screen is written
// first and shown (data-pangzhu-variant) before the rest, which follows a part
// per frame; a short page is written at once and shown when it is all done.
import { createPageConverter } from './page-converter';
import { createTestLoader } from './test-converters';

const SIMPLIFIED = '这个国家的云计算发展很快，';
const TRADITIONAL = '這個國家的雲計算發展很快，';

/** `count` paragraphs of ~500 characters, laid out 100 px apart from the top. */
function longPage(count: number): HTMLElement[] {
  document.body.innerHTML = Array.from(
    { length: count },
    (_, i) => `<p>${i}${SIMPLIFIED.repeat(38)}</p>`,
  ).join('');
  const paragraphs = [...document.querySelectorAll('p')] as HTMLElement[];
  paragraphs.forEach((p, i) => {
    const top = i * 100;
    p.getBoundingClientRect = () =>
      ({ top, bottom: top + 100, height: 100, width: 500 }) as DOMRect;
  });
  return paragraphs;
}

const isConverted = (p: HTMLElement | undefined) => p?.textContent?.includes(TRADITIONAL) ?? false;

/** What the page showed each time the converter waited for a frame. */
async function convertRecordingFrames(paragraphs: HTMLElement[]) {
  const frames: { variant: string | null; converted: number }[] = [];
  const converter = createPageConverter({
    root: document,
    loadConverter: createTestLoader(),
    yieldToPage: () => Promise.resolve(),
    waitForFrame: () => {
      frames.push({
        variant: document.documentElement.getAttribute('data-pangzhu-variant'),
        converted: paragraphs.filter(isConverted).length,
      });
      return Promise.resolve();
    },
  });
  await converter.setVariant('hant');
  return frames;
}

beforeEach(() => {
  document.documentElement.removeAttribute('data-pangzhu-variant');
  Object.defineProperty(window, 'innerHeight', { value: 700, configurable: true });
});

test('on a long page the screen is converted and shown first, the rest after', async () => {
  const paragraphs = longPage(100);
  const frames = await convertRecordingFrames(paragraphs);
  // The first frame shows the 8 paragraphs that reach into the 700 px viewport, and only them.
  expect(frames[0]).toEqual({ variant: null, converted: 8 });
  expect(paragraphs.slice(0, 8).every(isConverted)).toBe(true);
  // From the next frame on, the page says it shows Traditional while the rest is written.
  expect(frames[1]?.variant).toBe('hant');
  expect(frames[1]?.converted).toBeLessThan(100);
  expect(paragraphs.every(isConverted)).toBe(true);
  expect(document.documentElement.getAttribute('data-pangzhu-variant')).toBe('hant');
});

test('a short page is written in one go and shown when all of it is converted', async () => {
  const paragraphs = longPage(20);
  const frames = await convertRecordingFrames(paragraphs);
  expect(frames).toEqual([]);
  expect(paragraphs.every(isConverted)).toBe(true);
  expect(document.documentElement.getAttribute('data-pangzhu-variant')).toBe('hant');
});
