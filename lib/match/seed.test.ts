import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { getBuiltinWholePacks } from '../pack/builtin-whole';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import { shownAlone } from '../page/mentions/evidence';
import { hasEvidenceAmong } from './evidence-ids';
import { findMentions } from './find-mentions';
import type { Mention } from './types';
import fixture from './fixtures/seed-000.json';
import { createMatcher } from './matcher';

const packs = getBuiltinPacks();
const pack = packs[0]!;
const matcher = createMatcher(packs);
const hasEvidence = hasEvidenceAmong(packs);
/** What the extension shows for `text` read as a whole page. */
const shownIn = (text: string) =>
  shownAlone(findMentions(text, matcher, packs, fixture.date), hasEvidence);
const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(join(here, '../../tests/fixtures/seed', fixture.text), 'utf8');

const label = (m: Mention): string =>
  m.kind === 'entity' ? m.entityId : `#${m.link?.figure.id ?? ''}`;

describe(`seed article ${fixture.text} with pack ${pack.id}`, () => {
  const mentions = shownIn(seed);

  // After a pack change: UPDATE_SEED=1 npx vitest run lib/match/seed.test.ts, then read the
  // fixture's diff mention by mention before committing it.
  it('finds exactly the mentions of the fixture, in order', () => {
    const found = mentions.map((m) => [seed.slice(m.start, m.end), label(m)]);
    if (process.env.UPDATE_SEED) {
      const file = join(here, 'fixtures/seed-000.json');
      writeFileSync(file, `${JSON.stringify({ ...fixture, mentions: found }, null, 2)}\n`);
    }
    expect(found).toEqual(fixture.mentions);
  });

  it.each([
    ['Simplified (t→cn)', OpenCC.Converter({ from: 't', to: 'cn' })],
    ['Taiwan (t→tw)', OpenCC.Converter({ from: 't', to: 'tw' })],
    ['Hong Kong (t→hk)', OpenCC.Converter({ from: 't', to: 'hk' })],
  ])('finds the same mentions in its %s conversion', (_, convert) => {
    const converted = convert(seed);
    const found = shownIn(converted);
    expect(found.map(label)).toEqual(fixture.mentions.map(([, id]) => id));
    if (converted.length === seed.length)
      expect(found.map((m) => [m.start, m.end])).toEqual(mentions.map((m) => [m.start, m.end]));
  });

  it('links every figure the pack takes from this article, but the known gaps', () => {
    const linked = new Set(
      mentions.flatMap((m) => (m.kind === 'figure' && m.link ? [m.link.figure.id] : [])),
    );
    const whole = getBuiltinWholePacks()[0]!;
    const fromArticle = whole.figures.filter((f) => f.source === 'shendu-yunqi-2023');
    expect(fromArticle.length).toBeGreaterThan(0);
    const unlinked = fromArticle.map((f) => f.id).filter((id) => !linked.has(id));
    expect(unlinked).toEqual(Object.keys(fixture.knownUnlinkedFigures));
  });
});
