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
  const { converter, frames } = recordingConverter(paragraphs);
  await converter.setVariant('hant');
  return frames;
}

function recordingConverter(paragraphs: HTMLElement[]) {
  const frames: { variant: string | null; converted: number; original: number[] }[] = [];
  const converter = createPageConverter({
    root: document,
    loadConverter: createTestLoader(),
    yieldToPage: () => Promise.resolve(),
    waitForFrame: () => {
      frames.push({
        variant: document.documentElement.getAttribute('data-pangzhu-variant'),
        converted: paragraphs.filter(isConverted).length,
        original: paragraphs.flatMap((p, i) => (isConverted(p) ? [] : [i])),
      });
      return Promise.resolve();
    },
  });
  return { converter, frames };
}

beforeEach(() => {
  document.documentElement.removeAttribute('data-pangzhu-variant');
  Object.defineProperty(window, 'innerHeight', { value: 700, configurable: true });
});

test('on a long page the screen is converted and shown first, the rest after', async () => {
  const paragraphs = longPage(100);
  const frames = await convertRecordingFrames(paragraphs);
  // The first frame shows the 7 paragraphs that reach into the 700 px viewport (the
  // 8th starts at its bottom edge), and only them.
  expect(frames[0]).toMatchObject({ variant: null, converted: 7 });
  expect(paragraphs.slice(0, 7).every(isConverted)).toBe(true);
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

test('restoring a long page writes back the screen the reader is on first', async () => {
  const paragraphs = longPage(100);
  const { converter, frames } = recordingConverter(paragraphs);
  await converter.setVariant('hant');
  // The reader scrolled down to halfway through the 50th paragraph (index 49).
  paragraphs.forEach((p, i) => {
    const top = (i - 50) * 100 + 50;
    p.getBoundingClientRect = () =>
      ({ top, bottom: top + 100, height: 100, width: 500 }) as DOMRect;
  });
  frames.length = 0;
  await converter.setVariant('original');
  // At the first frame the 8 paragraphs that reach into the viewport are the original
  // again, and only them.
  expect(frames[0]).toEqual({
    variant: 'hant',
    converted: 92,
    original: [49, 50, 51, 52, 53, 54, 55, 56],
  });
  // The page says it shows the original while the rest is still being written back.
  expect(frames.some((f) => f.variant === 'original' && f.converted > 0)).toBe(true);
  expect(paragraphs.some(isConverted)).toBe(false);
  expect(document.documentElement.getAttribute('data-pangzhu-variant')).toBe('original');
});
