import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { Entity, Pack } from '../../lib/pack/types';
import { emptyPack } from '../../lib/pack/empty-pack';

const here = dirname(fileURLToPath(import.meta.url));

export const seedFile = join(here, '../../tests/fixtures/seed/000_d03440ed709a88e5.txt');

function readSeed(): string {
  return readFileSync(seedFile, 'utf8');
}

/** About `units` UTF-16 units of news text: the seed repeated, one copy in five in Simplified. */
export function newsText(units: number): string {
  const seed = readSeed();
  const simplified = OpenCC.Converter({ from: 't', to: 'cn' })(seed);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < units; i++) {
    const part = i % 5 === 4 ? simplified : seed;
    parts.push(part);
    length += part.length;
  }
  return parts.join('\n');
}

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A pack of `count` aliases: CJK names of 2–6 common characters (drawn from
 * the seed, so many share prefixes with its text) and one Latin name in ten.
 */
export function generatedPack(count: number): Pack {
  const next = random(42);
  const chars = [...new Set(readSeed().replace(/[^\u4e00-\u9fff]/g, ''))];
  const latin = 'abcdefghijklmnopqrstuvwxyz';
  const entities: Entity[] = [];
  for (let e = 0; e * 4 < count; e++) {
    const aliases: string[] = [];
    for (let a = 0; a < 4; a++) {
      const length = 2 + Math.floor(next() * 5);
      let alias = '';
      const isLatin = next() < 0.1;
      for (let k = 0; k < length + (isLatin ? 3 : 0); k++)
        alias += isLatin
          ? latin[Math.floor(next() * latin.length)]
          : chars[Math.floor(next() * chars.length)];
      aliases.push(alias);
    }
    entities.push({
      id: `generated-${e}`,
      type: 'concept',
      names: { 'zh-Hant': aliases[0] ?? '', 'zh-Hans': aliases[0] ?? '', en: '' },
      aliases: aliases.slice(1).map((text, k) => ({ text, ambiguous: k === 2 })),
      description: '',
      facts: [],
    });
  }
  return emptyPack({ id: 'generated', entities });
}
