// Times conversion of a ~1 MB page in happy-dom. Opt-in, as it is slow:
//   PANGZHU_MEASURE=1 npx vitest run lib/convert/page-converter.measure.test.ts
import { createPageConverter } from './page-converter';
import { createTestLoader } from './test-converters';
import { createToHansConverter } from './to-hans-converter';
import { readSeed } from '../../tests/unit/seed-text';

const seed = readSeed();

async function buildPage(): Promise<string> {
  const toHans = await createToHansConverter();
  const paragraphs = toHans(seed)
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) =>
      i % 5 === 0
        ? `<h2 title="${line.slice(0, 8)}">${line}</h2>`
        : `<p>${line.slice(0, 20)}<a href="#" title="链接">${line.slice(20, 30)}</a>${line.slice(30)}</p>`,
    )
    .join('\n');
  let body = '';
  let copies = 0;
  while (new TextEncoder().encode(body).length < 1_000_000) {
    body += `<article>${paragraphs}</article>\n`;
    copies++;
  }
  return `<!DOCTYPE html><html><head><title>阿里云</title></head><body>${body}<!-- ${copies} copies --></body></html>`;
}

describe.runIf(process.env.PANGZHU_MEASURE)('conversion of a ~1 MB page', () => {
  it('converts and restores, timing each step', async () => {
    const html = await buildPage();
    document.open();
    document.write(html);
    document.close();
    const clean = () => {
      const root = document.documentElement.cloneNode(true) as HTMLElement;
      root.removeAttribute('data-pangzhu-variant');
      return root.outerHTML;
    };
    const before = clean();
    const loadConverter = createTestLoader();
    await loadConverter('hant', 'tw');
    await loadConverter('hant', 'hk');
    let slices: number[] = [];
    let sliceStart = 0;
    const converter = createPageConverter({
      root: document,
      loadConverter,
      yieldToPage: () => {
        slices.push(performance.now() - sliceStart);
        return new Promise((resolve) =>
          setTimeout(() => {
            sliceStart = performance.now();
            resolve();
          }, 0),
        );
      },
    });
    const time = async (label: string, run: () => Promise<void>) => {
      slices = [];
      sliceStart = performance.now();
      const start = performance.now();
      await run();
      slices.push(performance.now() - sliceStart);
      const total = performance.now() - start;
      const work = slices.reduce((a, b) => a + b, 0);
      console.log(
        `${label}: ${total.toFixed(0)} ms wall, ${work.toFixed(0)} ms of work in ${slices.length} slices, longest ${Math.max(...slices).toFixed(1)} ms (slice ${slices.indexOf(Math.max(...slices)) + 1})`,
      );
    };
    console.log(
      `page: ${(html.length / 1024).toFixed(0)} K chars, ${document.querySelectorAll('*').length} elements`,
    );
    await time('hans → hant (tw)', () => converter.setVariant('hant', 'tw'));
    await time('hant (tw) → hant (hk)', () => converter.setVariant('hant', 'hk'));
    await time('restore to original', () => converter.setVariant('original'));
    expect(clean() === before).toBe(true);
  }, 120_000);
});
