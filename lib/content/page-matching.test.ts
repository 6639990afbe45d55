import { getBuiltinPacks } from '../pack/builtin-bundled';
import { createPageMatching } from './page-matching';

const matching = createPageMatching(getBuiltinPacks());

test('a name keeps the pack’s spelling in each script; other aliases are left to OpenCC', () => {
  const text = '吳泳銘和Eddie Wu都是阿里云的人';
  const spans = matching.protectSpans(text).map((s) => ({
    text: text.slice(s.start, s.end),
    hant: s.hant,
    hans: s.hans,
  }));
  expect(spans).toContainEqual({ text: '吳泳銘', hant: '吳泳銘', hans: '吴泳铭' });
  expect(spans.map((s) => s.text)).not.toContain('Eddie Wu');
});

test('a name written in the other script, or in a variant form, keeps the pack’s spelling too', () => {
  const text = '吴泳铭说阿里雲與阿里云';
  const spans = matching.protectSpans(text).map((s) => text.slice(s.start, s.end) + '→' + s.hans);
  expect(spans).toEqual(['吴泳铭→吴泳铭', '阿里雲→阿里云', '阿里云→阿里云']);
});

test('an ambiguous alias counts with an unambiguous mention of its entity or a related one', () => {
  const present = new Set(['alibaba-cloud']);
  expect(matching.hasEvidence('apsara', (id) => present.has(id))).toBe(true);
  expect(matching.hasEvidence('apsara', () => false)).toBe(false);
});

test('context decides first; what it leaves open reaches the annotator, which decides page-wide', () => {
  // Beside 敦煌 飛天 is the murals' apsaras: never counted, whatever the page says.
  expect(matching.findMentions('敦煌的飛天壁畫')).toEqual([]);
  // Beside 阿里雲 in the same block it is the operating system, decided here.
  const withCloud = matching.findMentions('阿里雲的飛天操作系統與飛天');
  expect(withCloud.filter((m) => m.kind === 'entity').map((m) => m.entityId)).toEqual([
    'alibaba-cloud',
    'apsara',
    'apsara',
  ]);
  expect(withCloud.every((m) => m.ambiguous !== true)).toBe(true);
  // A concept's common word with no sign in its block is passed on flagged, for the page.
  expect(matching.findMentions('他們決定開源。')).toMatchObject([
    { kind: 'entity', entityId: 'open-source-model', ambiguous: true },
  ]);
});
