// The benchmark's pages, generated deterministically (seeded PRNG): mixed-script
// Chinese news pages of ~1 MB and ~5 MB, a ~1 MB Simplified-only page for conversion,
// and a ~1 MB English page with no CJK text and no pack name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHINESE_LABELS, fillerSentence, FORMS, loadChineseText } from './chinese-text.mjs';
import { ENGLISH_LABELS, englishSentence } from './english-text.mjs';
import { buildPage } from './page-html.mjs';
import { createRandom } from './prng.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACK_PATH = resolve(ROOT, 'assets/packs/cloud-2023.core.generated.json');
const MB = 1 << 20;

/** @type {readonly import('./generate.d.mts').BenchPageSpec[]} */
export const BENCH_PAGES = [
  { key: 'news-1mb', kind: 'mixed', bytes: MB, seed: 101 },
  { key: 'news-5mb', kind: 'mixed', bytes: 5 * MB, seed: 505 },
  { key: 'hans-1mb', kind: 'hans', bytes: MB, seed: 202 },
  { key: 'plain-1mb', kind: 'english', bytes: MB, seed: 303 },
];

/** Every entity name and alias of the pack, longest first, deduplicated. */
export function packNames(packPath = PACK_PATH) {
  const pack = JSON.parse(readFileSync(packPath, 'utf8'));
  const names = new Set();
  for (const entity of pack.entities) {
    for (const name of Object.values(entity.names ?? {})) if (name) names.add(name);
    // The core is written compact (lib/pack/pack-details.ts): a bare alias is its text.
    for (const alias of entity.aliases ?? [])
      names.add(typeof alias === 'string' ? alias : alias.text);
  }
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Organisation names per form, for table cells. */
function orgNames(packPath, convert) {
  const pack = JSON.parse(readFileSync(packPath, 'utf8'));
  const hant = pack.entities
    .filter((e) => e.type === 'org' && e.names['zh-Hant'])
    .map((e) => e.names['zh-Hant']);
  return { t: hant, cn: hant.map(convert.cn), tw: hant.map(convert.tw) };
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits some CJK names with inline markup (<b>阿里</b>雲, <a href="#">華</a>爲), so a
 * scanner must read across elements.
 */
function nameSplitter(names, random) {
  const cjk = names.filter(
    (name) => name.length >= 2 && /^[\u2e80-\u9fff\uf900-\ufaff]+$/.test(name),
  );
  const pattern = new RegExp(cjk.map(escapeRegExp).join('|'), 'g');
  const tags = [
    (a) => `<b>${a}</b>`,
    (a) => `<a href="#">${a}</a>`,
    (a) => `<em>${a}</em>`,
    (a) => `<span class="hl">${a}</span>`,
  ];
  return (html) =>
    html.replace(pattern, (name) => {
      if (!random.chance(0.3)) return name;
      const cut = random.int(1, name.length - 1);
      return random.pick(tags)(name.slice(0, cut)) + name.slice(cut);
    });
}

function chineseKit(kind, random, packPath) {
  const { sentences, convert } = loadChineseText();
  const orgs = orgNames(packPath, convert);
  const names = packNames(packPath);
  const allNames = [...new Set([...names, ...names.map(convert.cn), ...names.map(convert.tw)])];
  const pickForm = () => (kind === 'hans' ? 'cn' : random.pick(FORMS));
  const sentence = (form) =>
    random.chance(0.6) ? random.pick(sentences[form]) : convert[form](fillerSentence(random));
  const hans = kind === 'hans';
  const labels = hans ? JSON.parse(convert.cn(JSON.stringify(CHINESE_LABELS))) : CHINESE_LABELS;
  return {
    lang: hans ? 'zh-CN' : 'zh',
    bodyLang: hans ? 'zh-CN' : null,
    labels,
    paragraph: () => {
      const form = pickForm();
      return Array.from({ length: random.int(2, 6) }, () => sentence(form));
    },
    shortText: () => {
      const text = sentence(pickForm());
      return text.length > 40 ? text.slice(0, 40) : text;
    },
    tableRow: () => {
      const form = pickForm();
      return [
        random.pick(orgs[form]),
        `Q${random.int(1, 4)}`,
        `${random.int(10, 990)}.${random.int(0, 9)}`,
        `${random.int(-20, 60)}%`,
      ];
    },
    markup: nameSplitter(allNames, random),
  };
}

function englishKit(random) {
  return {
    lang: 'en',
    bodyLang: null,
    labels: ENGLISH_LABELS,
    paragraph: () => Array.from({ length: random.int(2, 6) }, () => englishSentence(random) + ' '),
    shortText: () => englishSentence(random).replace(/\.$/, ''),
    tableRow: () => [
      random.pick(['North', 'South', 'Harbour', 'Old Town', 'Riverside']),
      `Q${random.int(1, 4)}`,
      String(random.int(100, 9000)),
      `${random.int(-20, 60)}%`,
    ],
    // Bold and links around whole words, as real pages have.
    markup: (html) =>
      html.replace(/\b(library|trains?|garden(?:er)?s)\b/g, (word) =>
        random.chance(0.3) ? `<b>${word}</b>` : word,
      ),
  };
}

/**
 * The HTML of one benchmark page; the same spec always gives the same bytes.
 * @param {import('./generate.d.mts').BenchPageSpec} spec
 */
export function generatePage(spec, packPath = PACK_PATH) {
  const random = createRandom(spec.seed);
  const kit =
    spec.kind === 'english' ? englishKit(random) : chineseKit(spec.kind, random, packPath);
  return buildPage(kit, random, spec.bytes);
}
