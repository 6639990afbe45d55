import { getBuiltinPacks } from '../pack/builtin-bundled';
import { latinNamesOf } from '../pack/latin-names';
import { hasRelevantText, latinNamesPattern, looksChinese, whenRelevant } from './relevant-text';

const names = latinNamesOf(getBuiltinPacks());
const packNames = () => names;
const latin = latinNamesPattern(names);
const relevant = () => hasRelevantText(document, () => latin);

function page(body: string, lang = 'en', title = 'News') {
  document.documentElement.lang = lang;
  document.title = title;
  document.body.innerHTML = body;
}

afterEach(() => vi.useRealTimers());

describe('a first guess before the settings are read', () => {
  test('a Chinese lang or title, or CJK text in the opening', () => {
    page('<p>Markets today.</p><p>阿里雲發布通義千問。</p>');
    expect(looksChinese(document)).toBe(true);
    page('<p>Markets today.</p>', 'zh-CN');
    expect(looksChinese(document)).toBe(true);
    page('<p>Markets today.</p>', 'en', '雲棲大會');
    expect(looksChinese(document)).toBe(true);
    page('<p>Markets today.</p>');
    expect(looksChinese(document)).toBe(false);
  });

  test('reads only the opening: CJK text deep in a long page is left to the real check', () => {
    page(`${'<p>Markets today.</p>'.repeat(400)}<p>阿里雲</p>`);
    expect(looksChinese(document)).toBe(false);
    expect(relevant()).toBe(true);
  });
});

describe('whether a page is worth annotating', () => {
  test('Chinese text in either script, full-width Latin, a Chinese title or lang', () => {
    page('<p>Markets today.</p><p>阿里雲發布通義千問。</p>');
    expect(relevant()).toBe(true);
    page('<p>阿里云发布通义千问</p>');
    expect(relevant()).toBe(true);
    page('<p>ＡＬＩＢＡＢＡ results</p>');
    expect(relevant()).toBe(true);
    page('<p>Markets today.</p>', 'en', '雲棲大會');
    expect(relevant()).toBe(true);
    page('<p>Markets today.</p>', 'zh-Hant');
    expect(relevant()).toBe(true);
  });

  test('an English page naming a known entity in Latin letters, in any case, as a whole word', () => {
    page('<p>Shares of ALIBABA rose 3% after the results.</p>');
    expect(relevant()).toBe(true);
    page('<p>Microsoft said its Azure revenue grew.</p>');
    expect(relevant()).toBe(true);
    // Inside a longer word it is no name (AzureWave is a chip maker).
    page('<p>AzureWave shipped 12 million modules, up 5% on the year.</p>');
    expect(relevant()).toBe(false);
  });

  test('CJK text or a Latin name counts in the title or the opening, not deep in a long English page', () => {
    const filler = '<p>' + 'Markets were calm today. '.repeat(4000) + '</p>';
    page(filler + '<p>Alibaba Cloud</p>');
    expect(relevant()).toBe(false);
    page(filler + '<p>Alibaba Cloud</p>', 'en', 'Alibaba Cloud results');
    expect(relevant()).toBe(true);
    page(filler + '<p>阿里雲</p>');
    expect(relevant()).toBe(false);
    page(filler + '<p>阿里雲</p>', 'en', '雲棲大會');
    expect(relevant()).toBe(true);
    // The opening is counted in text, not in nodes: many short ones are read to its end.
    page('<p>Calm.</p>'.repeat(2000) + '<p>阿里雲</p>');
    expect(relevant()).toBe(true);
  });

  test('a name is found after punctuation, and so is one that starts with neither a letter nor a digit', () => {
    page('<p>Analysts (Qwen, DeepSeek) and «alibaba cloud» alike.</p>');
    expect(relevant()).toBe(true);
    page('<p>Shares fell—Tencent said little.</p>');
    expect(relevant()).toBe(true);
    // Glued to a letter of any alphabet it is part of another word.
    page('<p>Der Bericht über éalibaba blieb aus.</p>');
    expect(relevant()).toBe(false);
    const odd = latinNamesPattern({ acronyms: [], words: ['.net core', 'qwen'] });
    page('<p>Moved to .NET Core last year.</p>');
    expect(hasRelevantText(document, () => odd)).toBe(true);
  });

  test('short capitals count as written: AWS is a name, the aws in "laws" is not', () => {
    page('<p>Spending on AWS grew again.</p>');
    expect(relevant()).toBe(true);
    page('<p>He said the new laws fell on the plain.</p>');
    expect(relevant()).toBe(false);
  });

  test('a page with neither is not, figures or not', () => {
    page('<p>Revenue reached $24.3 billion, up 19.4% year on year.</p>');
    expect(relevant()).toBe(false);
    page('');
    expect(relevant()).toBe(false);
  });
});

describe('waiting until a page is worth annotating', () => {
  test('resolves at once on a relevant page', async () => {
    page('<p>阿里雲</p>');
    const onDormant = vi.fn();
    await whenRelevant(document, packNames, new AbortController().signal, onDormant);
    // A relevant page never says it rests (its state goes from nothing to busy).
    expect(onDormant).not.toHaveBeenCalled();
  });

  test('wakes when the page brings Chinese text, looking at changes once a second', async () => {
    vi.useFakeTimers();
    page('<p>Loading…</p>');
    let woke = false;
    const onDormant = vi.fn();
    void whenRelevant(document, packNames, new AbortController().signal, onDormant).then(
      () => (woke = true),
    );
    expect(onDormant).toHaveBeenCalledTimes(1);
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Still English' }),
    );
    await vi.advanceTimersByTimeAsync(1100);
    expect(woke).toBe(false);
    document.body.append(Object.assign(document.createElement('p'), { textContent: '華為發布' }));
    await vi.advanceTimersByTimeAsync(500);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(woke).toBe(true);
  });

  test('stops looking when aborted', async () => {
    vi.useFakeTimers();
    page('<p>Loading…</p>');
    const stop = new AbortController();
    let woke = false;
    void whenRelevant(document, packNames, stop.signal).then(() => (woke = true));
    stop.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: '華為發布' }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(woke).toBe(false);
  });
});
