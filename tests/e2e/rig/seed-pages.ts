/**
 * The seed article as served pages: in its own OpenCC Traditional, and
 * converted with opencc-js to Simplified and to Taiwan forms (the article is a
 * fixture in tests/fixtures/seed/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

const SEED_PATH = resolve(import.meta.dirname, '../../fixtures/seed/000_d03440ed709a88e5.txt');

export type SeedForm = 'original' | 'hans' | 'tw';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function seedConverter(form: SeedForm): (text: string) => string {
  if (form === 'original') return (text) => text;
  return OpenCC.Converter({ from: 't', to: form === 'hans' ? 'cn' : 'tw' });
}

export function seedLines(form: SeedForm): string[] {
  const convert = seedConverter(form);
  return readFileSync(SEED_PATH, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(convert);
}

export function seedPage(form: SeedForm): string {
  const [title, ...paragraphs] = seedLines(form);
  const lang = form === 'hans' ? 'zh-Hans' : 'zh-Hant';
  // Dated as the article was (November 2023): figures an entity reported for several
  // quarters link to the one before it, and cards tell roles then from roles now.
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title!)}</title>
<meta property="article:published_time" content="2023-11-01"></head>
<body><article><h1>${escape(title!)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></body></html>`;
}
