// npm run coverage: the development corpus (tests/coverage/corpus.json) through the
// extension's matching, per passage and in total: listed mentions highlighted whole,
// entities found, highlights outside the lists, false friends lit; then the linking
// corpora (tests/linking: the false friends tuned on, and the held-out ones).
//   npm run coverage -- --missed     also list what each passage missed and lit outside, and
//                                    which ambiguous names stayed dark for want of evidence
//   npm run coverage -- --by-entity  the entities missed anywhere, with the spans missed
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchPassage } from './highlights';
import { measurePassage, totalsOf, type Passage } from './measure';
import { checkSentence, sentenceTotals, type Sentence } from './sentences';

const CORPUS = resolve(import.meta.dirname, '../../tests/coverage/corpus.json');
const { passages } = JSON.parse(readFileSync(CORPUS, 'utf8')) as { passages: Passage[] };
const verbose = process.argv.includes('--missed');

const pct = (part: number, whole: number) =>
  whole === 0 ? '  —  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

const matched = passages.map((p) => matchPassage(p.text));
const results = passages.map((p, i) => measurePassage(p, matched[i]!.shown));
console.log(
  'passage                                   script  mentions        entities        outside',
);
for (const r of results) {
  console.log(
    `${r.id.padEnd(42)}${r.script.padEnd(8)}${pct(r.mentions.whole, r.mentions.total)} ${`${r.mentions.whole}/${r.mentions.total}`.padEnd(8)}` +
      `${pct(r.entities.whole, r.entities.total)} ${`${r.entities.whole}/${r.entities.total}`.padEnd(8)}${r.highlights.outside.length}`,
  );
  if (verbose) {
    if (r.missed.length) console.log(`    missed: ${r.missed.join(' | ')}`);
    const dark = matched[results.indexOf(r)]!.withoutEvidence;
    const text = passages[results.indexOf(r)]!.text;
    if (dark.length)
      console.log(
        `    no evidence: ${dark.map((h) => `${text.slice(h.start, h.end)}→${h.id}`).join(' | ')}`,
      );
    if (r.highlights.outside.length)
      console.log(`    outside: ${r.highlights.outside.join(' | ')}`);
    if (r.litFalseFriends.length)
      console.log(`    false friends lit: ${r.litFalseFriends.join(' | ')}`);
  }
}
if (process.argv.includes('--by-entity')) {
  const missedBy = new Map<string, Set<string>>();
  passages.forEach((p, i) => {
    for (const m of p.mentions) {
      if (!results[i]!.missed.includes(m.text)) continue;
      const key = `${m.entity} [${m.type}]`;
      missedBy.set(key, (missedBy.get(key) ?? new Set()).add(m.text));
    }
  });
  console.log('\nMissed, by entity:');
  for (const [key, texts] of [...missedBy].sort())
    console.log(`  ${key} → ${[...texts].join(' | ')}`);
}

const t = totalsOf(results);
const precision = t.highlights.total - t.highlights.outside;
console.log(`
Total over ${t.passages} passages
  mentions highlighted whole   ${pct(t.mentions.whole, t.mentions.total)}  (${t.mentions.whole}/${t.mentions.total}; target ≥ 95%)
  entities found, per passage  ${pct(t.entities.whole, t.entities.total)}  (${t.entities.whole}/${t.entities.total}; target ≥ 90%)
    … at every occurrence      ${pct(t.entities.wholeEverywhere, t.entities.total)}  (${t.entities.wholeEverywhere}/${t.entities.total})
  distinct entities found      ${pct(t.distinctEntities.whole, t.distinctEntities.total)}  (${t.distinctEntities.whole}/${t.distinctEntities.total})
  figures highlighted whole    ${pct(t.figures.whole, t.figures.total)}  (${t.figures.whole}/${t.figures.total})
  precision (highlights on a listed mention) ${pct(precision, t.highlights.total)}  (${t.highlights.outside} of ${t.highlights.total} outside the lists; target 0)
  false friends lit            ${t.litFalseFriends}`);

console.log('\nLinking corpora (each sentence a page)');
for (const name of ['false-friends', 'held-out']) {
  const file = resolve(import.meta.dirname, `../../tests/linking/${name}.json`);
  const { sentences } = JSON.parse(readFileSync(file, 'utf8')) as { sentences: Sentence[] };
  const checked = sentences.map((s) => checkSentence(s, matchPassage(s.text).shown));
  const l = sentenceTotals(sentences, checked);
  console.log(
    `  ${name.padEnd(14)} sentences passed ${l.passed}/${l.sentences}; ` +
      `industry senses lit ${pct(l.lit.found, l.lit.total)} (${l.lit.found}/${l.lit.total}); ` +
      `other senses kept dark ${pct(l.dark.total - l.dark.lit, l.dark.total)} (${l.dark.total - l.dark.lit}/${l.dark.total})`,
  );
  if (verbose)
    for (const r of checked)
      if (r.unlit.length || r.litDark.length)
        console.log(
          `    ${r.id}: unlit ${r.unlit.join(' | ') || '—'}; lit though dark ${r.litDark.join(' | ') || '—'}`,
        );
}
