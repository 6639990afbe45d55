// Turns the seed article (tests/fixtures/seed/000_d03440ed709a88e5.txt) into the demo news page
// assets/demo/seed-article.html, committed so the demo works on a clone without shared/.
// The first line is the headline, a line starting with a quote mark or short and unpunctuated
// is a section heading, every other line a paragraph. Run by hand: node scripts/make-demo-page.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const seed = await readFile(resolve(ROOT, 'tests/fixtures/seed/000_d03440ed709a88e5.txt'), 'utf8');
const lines = seed
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isHeading = (line) => line.length <= 24 && !/[。，,！？：]$/.test(line);

const [headline, ...rest] = lines;
const body = rest
  .map((line) => (isHeading(line) ? `<h2>${escape(line)}</h2>` : `<p>${escape(line)}</p>`))
  .join('\n        ');

const html = `<!doctype html>
<html lang="zh-Hant">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta property="article:published_time" content="2023-11-01" />
    <title>${escape(headline)} | 深渡</title>
    <link rel="stylesheet" href="news.css" />
    <script>
      // ?dark shows the page as a dark-themed news site (for screenshots of cards on dark pages).
      if (new URLSearchParams(location.search).has('dark')) {
        document.documentElement.classList.add('dark');
      }
    </script>
  </head>
  <body>
    <header class="site">
      <a class="logo" href="#">深渡</a>
      <nav><a href="#">科技</a><a href="#">財經</a><a href="#">雲計算</a><a href="#">人工智能</a></nav>
    </header>
    <div class="layout">
      <article>
        <p class="kicker">雲計算 · 評論</p>
        <h1>${escape(headline)}</h1>
        <p class="byline">《深渡》 · 2023年11月</p>
        ${body}
      </article>
      <aside>
        <h3>相關閱讀</h3>
        <ul>
          <li><a href="#">雲棲大會：大模型成爲全場焦點</a></li>
          <li><a href="#">雲廠商財報季：誰吃到了AI紅利</a></li>
        </ul>
      </aside>
    </div>
    <footer>示範頁面：文章內容取自 Pangzhu 的種子文章，僅用於展示。</footer>
  </body>
</html>
`;
await writeFile(resolve(ROOT, 'assets/demo/seed-article.html'), html);
console.log('wrote assets/demo/seed-article.html');
