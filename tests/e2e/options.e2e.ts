/**
 * The options page in real browsers: importing a pack from a file (a bad one
 * is refused with its errors' JSON paths and changes nothing) and removing it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { getBuiltinWholePacks } from '../../lib/pack/builtin-whole';
import { readHighlights } from './rig/highlights';
import { BROWSERS, startSession, type E2eSession } from './rig/session';

/** A made-up product, known only to this pack (test data, not a claim about the world). */
const SMALL_PACK = {
  format: 1,
  id: 'e2e-small',
  version: '1.0.0',
  name: { 'zh-Hant': '測試小包', 'zh-Hans': '测试小包', en: 'E2E small pack' },
  textScript: 'zh-Hant',
  sources: [
    {
      id: 'e2e-note',
      title: '測試說明',
      outlet: '測試',
      date: '2026-11',
      summary: '端到端測試用的虛構資料。',
      mentions: ['e2e-widget'],
    },
  ],
  entities: [
    {
      id: 'e2e-widget',
      type: 'product',
      names: { 'zh-Hant': '旁注測試器', 'zh-Hans': '旁注测试器', en: 'Pangzhu Tester' },
      aliases: [],
      description: '端到端測試用的虛構產品。',
      facts: [],
    },
  ],
  relations: [],
  figures: [],
};

async function packFile(dir: string, name: string, edit: (pack: Record<string, unknown>) => void) {
  const pack = structuredClone(getBuiltinWholePacks()[0]) as unknown as Record<string, unknown>;
  edit(pack);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(pack));
  return path;
}

describe.each(BROWSERS)('the options page in %s', (name) => {
  let session: E2eSession;
  let dir: string;
  beforeAll(async () => {
    session = await startSession(name);
    dir = await mkdtemp(join(tmpdir(), 'pangzhu-packs-'));
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a look chosen in the options restyles the open page's highlights at once", async () => {
    session.server.put(
      '/looks.html',
      '<!doctype html><html lang="zh-Hant"><meta charset="utf-8"><title>t</title>' +
        '<body style="font-size:32px"><p>今天<span id="org">阿里雲</span>也在場。</p></body></html>',
    );
    const page = await session.openPage('/looks.html');
    // Pixels of the mention: the default look comes from the manifest's CSS.
    const shot = async () => {
      const box = await (await page.$('#org'))!.boundingBox();
      const clip = { x: box!.x, y: box!.y, width: box!.width, height: box!.height + 4 };
      return Buffer.from(await page.screenshot({ clip })).toString('base64');
    };
    const underlined = await shot();

    const options = await session.openOptions();
    await options.select('select[name="style-org"]', 'off');
    await page.bringToFront();
    // The reader's "off" overrides the injected rule entirely (tint and line)...
    let off = await shot();
    for (let i = 0; off === underlined && i < 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      off = await shot();
    }
    // ...so the text looks as it does with no highlight at all.
    await page.evaluate(() => CSS.highlights.delete('pangzhu-org'));
    const bare = await shot();
    expect(underlined).not.toBe(bare);
    expect(off).toBe(bare);

    await options.select('select[name="style-org"]', 'underline');
    await options.close();
    await page.close();
  });

  test('imports a pack file, refuses a bad one with JSON paths, removes the imported one', async () => {
    const options = await session.openOptions();
    const input = (await options.$(
      'input[type="file"][name="import-pack"]',
    )) as ElementHandle<HTMLInputElement>;

    const good = await packFile(dir, 'good.json', (pack) => {
      pack.id = 'e2e-pack';
      pack.name = { 'zh-Hant': '測試包', 'zh-Hans': '测试包', en: 'E2E pack' };
    });
    await input.uploadFile(good);
    await options.waitForSelector('[data-pack="e2e-pack"]');
    expect(await options.$eval('[role="status"]', (el) => el.textContent)).toBe(
      'Imported E2E pack.',
    );

    const bad = await packFile(dir, 'bad.json', (pack) => {
      pack.id = 'bad-pack';
      (pack.entities as { type: string }[])[0]!.type = 'robot';
    });
    await input.uploadFile(bad);
    await options.waitForSelector('[role="alert"]');
    const alert = await options.$eval('[role="alert"]', (el) => el.textContent ?? '');
    expect(alert).toContain('entities[0].type');
    const rows = await options.$$eval('[data-pack]', (els) =>
      els.map((el) => el.getAttribute('data-pack')),
    );
    expect(rows).toEqual(['cloud-2023', 'e2e-pack']);

    // The next page that names what only the imported pack knows shows it highlighted.
    const small = join(dir, 'small.json');
    await writeFile(small, JSON.stringify(SMALL_PACK));
    await input.uploadFile(small);
    await options.waitForSelector('[data-pack="e2e-small"]');
    session.server.put(
      '/imported.html',
      '<!doctype html><html lang="zh-Hant"><meta charset="utf-8"><title>t</title><p>今天發佈了旁注測試器，阿里雲也在場。</p></html>',
    );
    const page = await session.openPage('/imported.html');
    expect(await readHighlights(page)).toEqual([
      { type: 'product', text: '旁注測試器' },
      { type: 'org', text: '阿里雲' },
    ]);
    await page.close();

    await options.click('[data-pack="e2e-pack"] button[aria-label="Remove E2E pack"]');
    await options.waitForFunction(() => !document.querySelector('[data-pack="e2e-pack"]'));
    await session.screenshot(options, 'options');
    await options.close();
  });
});
