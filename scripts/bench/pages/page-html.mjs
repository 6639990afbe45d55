// Lays sentences out as a news site page: header and navigation, articles with
// headings, paragraphs, lists, tables, quotes, inline <script> and <style> blocks,
// sidebars and a footer, repeated until the page reaches its size in bytes.

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BASE_CSS = `
body { font: 16px/1.7 sans-serif; margin: 0; color: #222; }
header.site { display: flex; gap: 1em; padding: .5em 1em; background: #f4f4f4; }
.layout { display: flex; gap: 2em; max-width: 1100px; margin: 0 auto; }
main { flex: 1; min-width: 0; }
aside.sidebar { width: 260px; font-size: 14px; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 2px 6px; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 1em; }
`;

/**
 * @typedef {object} PageKit
 * @property {string} lang          the <html lang>
 * @property {string | null} bodyLang  the <body lang>, if any
 * @property {{ nav: string[], sections: string[], sidebar: string, tableHead: string[], footer: string, site: string }} labels
 * @property {() => string[]} paragraph   sentences of one paragraph, as text
 * @property {() => string} shortText     a list item or link text
 * @property {() => string[]} tableRow    the cells of one table row, as text
 * @property {(html: string) => string} markup  adds inline markup to an escaped paragraph
 */

/**
 * @param {PageKit} kit
 * @param {ReturnType<typeof import('./prng.mjs').createRandom>} random
 * @param {number} targetBytes
 */
export function buildPage(kit, random, targetBytes) {
  const { labels } = kit;
  const head = [
    '<!doctype html>',
    `<html lang="${kit.lang}">`,
    '<head><meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(kit.shortText())} | ${labels.site}</title>`,
    `<style>${BASE_CSS}</style></head>`,
    kit.bodyLang ? `<body lang="${kit.bodyLang}">` : '<body>',
    `<header class="site"><a class="logo" href="#">${labels.site}</a><nav>`,
    ...labels.nav.map((item) => `<a href="#">${escapeHtml(item)}</a>`),
    '</nav></header>',
    '<div class="layout"><main>',
  ].join('\n');
  const tail = `</main></div>\n<footer><p>${escapeHtml(labels.footer)}</p></footer>\n</body>\n</html>\n`;

  const parts = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let articles = 0;
  while (bytes < targetBytes) {
    const article = buildArticle(kit, random, ++articles);
    parts.push(article);
    bytes += Buffer.byteLength(article);
  }
  parts.push(tail);
  return parts.join('\n');
}

function buildArticle(kit, random, index) {
  const { labels } = kit;
  const out = [
    `<article id="a${index}">`,
    `<p class="kicker">${escapeHtml(random.pick(labels.sections))}</p>`,
    `<h1>${escapeHtml(kit.shortText())}</h1>`,
  ];
  const sections = random.int(2, 4);
  for (let s = 0; s < sections; s++) {
    out.push(`<h2>${escapeHtml(kit.shortText())}</h2>`);
    const paragraphs = random.int(3, 7);
    for (let p = 0; p < paragraphs; p++) {
      out.push(`<p>${kit.markup(escapeHtml(kit.paragraph().join('')))}</p>`);
      const extra = random.next();
      if (extra < 0.08) out.push(list(kit, random));
      else if (extra < 0.13) out.push(table(kit, random));
      else if (extra < 0.18)
        out.push(`<blockquote><p>${escapeHtml(kit.shortText())}</p></blockquote>`);
      else if (extra < 0.23) out.push(inlineScript(kit, random));
      else if (extra < 0.26) out.push(inlineStyle(random, index, p));
    }
  }
  out.push('</article>');
  out.push(sidebar(kit, random));
  return out.join('\n');
}

function list(kit, random) {
  const items = Array.from(
    { length: random.int(3, 6) },
    () => `<li>${escapeHtml(kit.shortText())}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function table(kit, random) {
  const head = kit.labels.tableHead.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
  const rows = Array.from(
    { length: random.int(4, 8) },
    () =>
      `<tr>${kit
        .tableRow()
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join('')}</tr>`,
  );
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

// Inert page scripts whose strings hold the page's language (never scanned).
function inlineScript(kit, random) {
  const data = JSON.stringify({ id: random.int(1, 1e6), title: kit.shortText() }).replace(
    /</g,
    '\\u003c',
  );
  return `<script>window.__news = window.__news || []; window.__news.push(${data});</script>`;
}

function inlineStyle(random, article, paragraph) {
  const hue = random.int(0, 359);
  return `<style>#a${article} p:nth-of-type(${paragraph + 1}) { text-indent: ${random.int(0, 2)}em; } .tag-${hue} { color: hsl(${hue} 40% 35%); }</style>`;
}

function sidebar(kit, random) {
  const links = Array.from(
    { length: random.int(3, 6) },
    () => `<li><a href="#">${escapeHtml(kit.shortText())}</a></li>`,
  );
  return `<aside class="sidebar"><h3>${escapeHtml(kit.labels.sidebar)}</h3><ul>${links.join('')}</ul></aside>`;
}
