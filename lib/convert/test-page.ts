// Test helpers for the page converter's tests: a page written into happy-dom's
// document, and a converter on it that never waits.
import { hasOwnUiMark } from '../dom/rules';
import { createPageConverter, type PageConverterOptions } from './page-converter';
import { createTestLoader } from './test-converters';

export const HANT_PAGE = `<!DOCTYPE html><html lang="zh-Hant"><head><title>阿里雲發布通義千問</title>
<style>.x::after { content: "這個" }</style><script>var s = "這個國家";</script></head>
<body><h1 title="雲棲大會">雲棲大會開幕</h1>
<p>這個國家的<b>雲計算</b>發展很快，頭髮、乾淨、幹部。<img alt="會場照片" src="a.png"></p>
<p aria-label="說明">他看着屏幕說：這裡面有很多問題。</p>
<input placeholder="請輸入關鍵詞" value="這個值"><textarea placeholder="寫點東西">這個內容</textarea>
<div contenteditable="true">這個可以編輯</div><code>這個代碼</code><pre>這個預排版</pre>
<noscript>這個沒有腳本</noscript><template><p>這個模板</p></template>
<svg><text>這個圖表</text></svg><div data-pangzhu-ui="">這個是我們的界面</div>
<div id="host">這個宿主</div></body></html>`;

export function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

export function create(extra: Partial<PageConverterOptions> = {}) {
  const loadConverter = createTestLoader();
  const converter = createPageConverter({
    root: document,
    isOwnUi: (el) => hasOwnUiMark(el) || el.id === 'host',
    loadConverter,
    yieldToPage: () => Promise.resolve(),
    ...extra,
  });
  return { converter, calls: loadConverter.calls };
}

/** The page's HTML apart from our public data-pangzhu-variant attribute. */
export function pageHtml(): string {
  const html = document.documentElement.cloneNode(true) as HTMLElement;
  html.removeAttribute('data-pangzhu-variant');
  return html.outerHTML;
}

export const text = (selector: string) => document.querySelector(selector)?.textContent;
