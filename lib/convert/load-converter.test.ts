import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeLazyAssets } from '../../scripts/build-lazy-assets.mjs';
import { CONVERTER_PATHS, loadConverter } from './load-converter';

let outDir: string;
let sizes: Record<string, number>;

beforeAll(async () => {
  // Inside the project: vitest imports only files under its root.
  const cache = join(process.cwd(), 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  outDir = await mkdtemp(join(cache, 'pangzhu-converters-'));
  sizes = await writeLazyAssets(outDir);
}, 60_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

beforeEach(() => {
  fakeBrowser.reset();
  // The built assets stand in for the extension's web-accessible files.
  vi.spyOn(browser.runtime, 'getURL').mockImplementation((path: string) => join(outDir, path));
});

describe('converter assets', () => {
  it('builds one file per direction, the big table only in to-hant', () => {
    expect(
      Object.keys(sizes)
        .filter((p) => p.startsWith('converters/'))
        .sort(),
    ).toEqual(
      Object.values(CONVERTER_PATHS)
        .map((p) => p.slice(1))
        .sort(),
    );
    expect(sizes['converters/to-hans.js']).toBeLessThan(150_000);
    expect(sizes['converters/to-hant.js']).toBeGreaterThan(900_000);
  });

  it('loads converters from the assets, once per direction', async () => {
    const tw = loadConverter('hant', 'tw');
    expect(loadConverter('hant', 'tw')).toBe(tw);
    expect((await tw)('前头发生的事，看着软件')).toBe('前頭發生的事，看著軟件');
    expect((await loadConverter('hant', 'twp'))('软件')).toBe('軟體');
    expect((await loadConverter('hans', 'tw'))('這裡的頭髮')).toBe('这里的头发');
    expect(browser.runtime.getURL).toHaveBeenCalledWith(CONVERTER_PATHS.hant);
    expect(browser.runtime.getURL).toHaveBeenCalledWith(CONVERTER_PATHS.hans);
  });
});
