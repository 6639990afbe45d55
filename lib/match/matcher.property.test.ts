import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import ambiguousContexts from '../../assets/guards/ambiguous-contexts.json';
import commonWords from '../../assets/guards/common-words.json';
import containingWords from '../../assets/guards/containing-words.json';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import { findMentions } from './find-mentions';
import { createMatcher } from './matcher';
import { testPack } from './test-pack';
import type { EntityMention } from './types';

const packs = [getBuiltinPacks()[0]!, testPack];
const matcher = createMatcher(packs);

const names = packs.flatMap((p) =>
  p.entities.flatMap((e) => [
    e.names['zh-Hant'],
    e.names['zh-Hans'],
    e.names.en,
    ...e.aliases.map((a) => a.text),
  ]),
);
const guardWords = [
  ...commonWords.words,
  ...containingWords.words,
  ...ambiguousContexts.entries.flatMap((e) => e.contexts),
];
const unit = (min: number, max: number) =>
  fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** Texts that mix pack names, guard words, CJK, Latin, digits and punctuation. */
const newsText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...names) },
      { weight: 2, arbitrary: fc.constantFrom(...guardWords) },
      { weight: 3, arbitrary: fc.string({ unit: unit(0x4e00, 0x9fa5), maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.string({ unit: fc.constantFrom(...'aAsS09.-+ ,，。的和'), maxLength: 3 }),
      },
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

const anyUnits = fc.string({ unit: unit(0, 0xffff), maxLength: 60 });

function isWellFormed(text: string, mentions: readonly { start: number; end: number }[]): boolean {
  let last = 0;
  for (const m of mentions) {
    if (m.start < last || m.end <= m.start || m.end > text.length) return false;
    last = m.end;
  }
  return true;
}

describe('matcher properties', () => {
  it('mentions are sorted, never overlap and lie inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, anyUnits), (text) => {
        expect(isWellFormed(text, matcher.match(text))).toBe(true);
        expect(isWellFormed(text, findMentions(text, matcher, packs))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, on lone surrogates and any code unit', () => {
    fc.assert(
      fc.property(anyUnits, fc.constantFrom(...names), (noise, name) => {
        const text = `\ud800${name}\udc00${noise}${name}\udfff`;
        const found = matcher.match(text);
        expect(found.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  const conversions = [
    ['t→cn', OpenCC.Converter({ from: 't', to: 'cn' })],
    ['tw→cn', OpenCC.Converter({ from: 'tw', to: 'cn' })],
    ['hk→cn', OpenCC.Converter({ from: 'hk', to: 'cn' })],
    ['cn→t', OpenCC.Converter({ from: 'cn', to: 't' })],
    ['cn→tw', OpenCC.Converter({ from: 'cn', to: 'tw' })],
    ['cn→hk', OpenCC.Converter({ from: 'cn', to: 'hk' })],
  ] as const;

  const entities = (text: string): string[] =>
    matcher
      .match(text)
      .map((m: EntityMention) => `${m.start}-${m.end}:${m.entityId}${m.ambiguous ? '?' : ''}`);

  it.each(conversions)('finds the same entities after opencc %s', (_, convert) => {
    fc.assert(
      fc.property(newsText, (text) => {
        const converted = convert(text);
        // Phrase conversions that change the length cannot keep offsets.
        fc.pre(converted.length === text.length);
        expect(entities(converted)).toEqual(entities(text));
      }),
      { numRuns: 300 },
    );
  });
});
