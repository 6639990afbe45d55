import { MAY_CONVERT } from './page-converter';
import { create, HANT_PAGE, load, pageHtml, text } from './test-page';

const HANS_PAGE = `<!DOCTYPE html><html><head><title>阿里云发布通义千问</title></head>
<body><p>之后头发干净，干部着急。华为的余承东表示，这里的面条很好。</p>
<p title="这个说明">前头发生的事，显著的方面。</p></body></html>`;

function observe(): MutationObserver {
  const observer = new MutationObserver(() => {});
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return observer;
}

describe('createPageConverter', () => {
  it('converts text nodes in place, the title and the four attributes', async () => {
    load(HANT_PAGE);
    const bold = document.querySelector('b')?.firstChild;
    const { converter } = create();
    await converter.setVariant('hans');
    expect(document.title).toBe('阿里云发布通义千问');
    expect(text('h1')).toBe('云栖大会开幕');
    expect(document.querySelector('b')?.firstChild).toBe(bold);
    expect(bold?.textContent).toBe('云计算');
    expect(text('p')).toContain('这个国家的云计算发展很快，头发、干净、干部。');
    expect(document.querySelector('h1')?.getAttribute('title')).toBe('云栖大会');
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('会场照片');
    expect(document.querySelectorAll('p')[1]?.getAttribute('aria-label')).toBe('说明');
    expect(document.querySelector('input')?.getAttribute('placeholder')).toBe('请输入关键词');
    expect(document.querySelector('textarea')?.getAttribute('placeholder')).toBe('写点东西');
    expect(document.documentElement.dataset.pangzhuVariant).toBe('hans');
  });

  it('never touches form values, editable regions, code, scripts or our own UI', async () => {
    load(HANT_PAGE);
    const input = document.querySelector('input') as HTMLInputElement;
    input.value = '用戶輸入的這個';
    const { converter } = create();
    await converter.setVariant('hans');
    expect(input.value).toBe('用戶輸入的這個');
    expect(input.getAttribute('value')).toBe('這個值');
    expect(text('textarea')).toBe('這個內容');
    for (const selector of [
      '[contenteditable]',
      'code',
      'pre',
      'noscript',
      'svg',
      '[data-pangzhu-ui]',
      '#host',
      'script',
      'style',
    ]) {
      expect(text(selector), selector).toMatch(/這個/);
    }
    const template = document.querySelector('template') as HTMLTemplateElement;
    expect(template.content.textContent).toContain('這個模板');
  });

  it('restores the page byte for byte after several switches', async () => {
    load(HANT_PAGE);
    const before = pageHtml();
    const { converter } = create();
    await converter.setVariant('hans');
    expect(text('p + p')).toContain('他看着屏幕说：这里面有很多问题。');
    // Back to the page's own script: the original, not a round trip.
    await converter.setVariant('hant', 'tw');
    expect(text('p + p')).toContain('他看着屏幕說：這裡面有很多問題。');
    await converter.setVariant('hans');
    await converter.setVariant('original');
    expect(pageHtml() === before).toBe(true);
  });

  it('converts Simplified pages from the original in each standard', async () => {
    load(HANS_PAGE);
    const before = pageHtml();
    const { converter } = create();
    await converter.setVariant('hant', 'tw');
    expect(text('p')).toBe('之後頭髮乾淨，幹部著急。華為的餘承東表示，這裡的麵條很好。');
    expect(text('p + p')).toBe('前頭發生的事，顯著的方面。');
    await converter.setVariant('hant', 'hk');
    expect(text('p')).toBe('之後頭髮乾淨，幹部着急。華為的餘承東表示，這裏的麪條很好。');
    await converter.setVariant('hant', 't');
    expect(text('p')).toBe('之後頭髮乾淨，幹部着急。華爲的餘承東表示，這裏的麪條很好。');
    expect(converter.standard).toBe('t');
    await converter.setVariant('original');
    expect(pageHtml() === before).toBe(true);
  });

  it('puts the pack’s names in protected spans', async () => {
    load(HANS_PAGE);
    const name = '余承东';
    const { converter } = create({
      protectSpans: (t) => {
        const start = t.indexOf(name);
        return start < 0 ? [] : [{ start, end: start + name.length, hant: '余承東', hans: name }];
      },
    });
    await converter.setVariant('hant', 'tw');
    expect(text('p')).toBe('之後頭髮乾淨，幹部著急。華為的余承東表示，這裡的麵條很好。');
  });

  it('costs nothing to show a page in its own script', async () => {
    load(HANS_PAGE);
    const before = pageHtml();
    const observer = observe();
    const { converter, calls } = create();
    expect(converter.originalScript()).toBe('hans');
    await converter.setVariant('hans');
    expect(calls).toEqual([]);
    const touched = observer
      .takeRecords()
      .filter((r) => r.attributeName !== 'data-pangzhu-variant');
    expect(touched).toEqual([]);
    expect(pageHtml() === before).toBe(true);
  });

  it('asks a short mixed page again (it may fill in), a long one once', () => {
    // Half Simplified, half Traditional: 'unknown' either way.
    const mixed = (n: number) => `<p>${'这个会时'.repeat(n)}</p><p>${'這個會時'.repeat(n)}</p>`;
    const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
    load(page(mixed(10)));
    const short = create().converter;
    expect(short.originalScript()).toBe('unknown');
    document.body.innerHTML = `<p>${'這個會時'.repeat(10)}</p>`;
    expect(short.originalScript()).toBe('hant');

    // 20 000 characters sampled: what comes later is not what the sample read.
    load(page(mixed(2_600)));
    const long = create().converter;
    expect(long.originalScript()).toBe('unknown');
    document.body.innerHTML = `<p>${'這個會時'.repeat(10)}</p>`;
    expect(long.originalScript()).toBe('unknown');
  });

  it('tells the original script even while converted', async () => {
    load(HANT_PAGE);
    const { converter } = create();
    expect(converter.originalScript()).toBe('hant');
    await converter.setVariant('hans');
    expect(converter.originalScript()).toBe('hant');
  });

  it('converts content added later, and restores it to what was added', async () => {
    load(HANT_PAGE);
    const { converter } = create();
    const observer = observe();
    await converter.setVariant('hans');
    converter.handleMutations(observer.takeRecords()); // our own writes: ignored
    expect(observer.takeRecords()).toEqual([]);

    const added = document.createElement('section');
    added.innerHTML = '<p title="後來">後來發布了這個</p><code>這個</code>';
    document.body.append(added);
    converter.handleMutations(observer.takeRecords());
    expect(added.innerHTML).toBe('<p title="后来">后来发布了这个</p><code>這個</code>');

    await converter.setVariant('hant');
    await converter.setVariant('hans');
    document.body.append('這裡也是');
    converter.handleMutations(observer.takeRecords());
    expect(document.body.lastChild?.textContent).toBe('这里也是');

    await converter.setVariant('original');
    expect(added.innerHTML).toBe('<p title="後來">後來發布了這個</p><code>這個</code>');
    expect(document.body.lastChild?.textContent).toBe('這裡也是');
    observer.disconnect();
  });

  it('keeps text the page rewrote instead of reverting it to a stale original', async () => {
    load(HANT_PAGE);
    const { converter } = create();
    const observer = observe();
    await converter.setVariant('hans');
    const h1 = document.querySelector('h1') as HTMLElement;
    (h1.firstChild as Text).data = '雲棲大會閉幕';
    h1.title = '閉幕式';
    converter.handleMutations(observer.takeRecords());
    expect(h1.textContent).toBe('云栖大会闭幕');
    expect(h1.title).toBe('闭幕式');
    // A rewrite the observer has not reported yet is also the page's.
    (h1.firstChild as Text).data = '雲棲大會散場';
    await converter.setVariant('original');
    expect(h1.textContent).toBe('雲棲大會散場');
    expect(h1.title).toBe('閉幕式');
    observer.disconnect();
  });
});

describe('MAY_CONVERT', () => {
  it('matches every key of every dictionary we load', async () => {
    const names = [
      'STCharacters',
      'STPhrases',
      'TSCharacters',
      'TSPhrases',
      'TWVariants',
      'TWVariantsRev',
      'HKVariants',
      'HKVariantsRev',
      'TWPhrases',
      'CJK_Compatibility_Ideographs',
    ];
    for (const name of names) {
      const dict = (
        (await import(`../../node_modules/opencc-js/dist/esm-lib/dict/${name}.js`)) as {
          default: string;
        }
      ).default;
      const missed = dict
        .split('|')
        .map((e) => e.split(' ')[0] ?? '')
        .filter((k) => !MAY_CONVERT.test(k));
      expect(missed, name).toEqual([]);
    }
  });
});
