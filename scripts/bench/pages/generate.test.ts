import { BENCH_PAGES, generatePage, packNames } from './generate.mjs';

const spec = (key: string) => {
  const found = BENCH_PAGES.find((page) => page.key === key);
  if (!found) throw new Error(`no page ${key}`);
  return found;
};
// Small pages keep the test quick; the layout code is the same at any size.
const small = (key: string) => ({ ...spec(key), bytes: 60_000 });
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;/g, ' ');

describe('generated bench pages', () => {
  it('are byte-identical for the same spec and differ for another seed', () => {
    const page = small('news-1mb');
    expect(generatePage(page)).toBe(generatePage(page));
    expect(generatePage({ ...page, seed: page.seed + 1 })).not.toBe(generatePage(page));
  });

  it('reach their size without overshooting by more than one article', () => {
    const html = generatePage(small('news-1mb'));
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeGreaterThanOrEqual(60_000);
    expect(bytes).toBeLessThan(90_000);
  });

  it('mix Traditional, Taiwan and Simplified forms, with names split by inline markup', () => {
    const html = generatePage(small('news-1mb'));
    expect(html).toMatch(/爲/); // OpenCC-standard Traditional
    expect(html).toMatch(/為/); // Taiwan form
    expect(html).toMatch(/为/); // Simplified
    expect(html).toMatch(
      /<(b|a href="#"|em|span class="hl")>[\u4e00-\u9fff]+<\/(b|a|em|span)>[\u4e00-\u9fff]/,
    );
    expect(html).toMatch(/<script>window\.__news/);
    expect(html).toMatch(/<table>/);
    expect(html).toMatch(/<ul>/);
  });

  it('writes the Simplified page in Simplified only, under <body lang="zh-CN">', () => {
    const html = generatePage(small('hans-1mb'));
    expect(html).toContain('<body lang="zh-CN">');
    expect(textOf(html)).not.toMatch(/[爲為們雲說這個]/);
    expect(textOf(html)).toMatch(/[为们云说这个]/);
  });

  it('keeps the plain page free of CJK text and of every pack name', () => {
    const html = generatePage(small('plain-1mb'));
    expect(html).not.toMatch(/[\u2e80-\u9fff\uff00-\uffef]/);
    const text = textOf(html).toLowerCase();
    for (const name of packNames()) {
      const word = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(text).not.toMatch(new RegExp(`(^|[^a-z0-9])${word}($|[^a-z0-9])`));
    }
    expect(textOf(html)).not.toMatch(
      new RegExp(
        packNames()
          .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|'),
      ),
    );
  });
});
