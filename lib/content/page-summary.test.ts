import { builtinIndex, fakeFigureMention } from '../card/test-fixtures';
import type { PageMention } from '../page';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import { MentionTally, namesInPacks } from './page-summary';

function mention(m: PageMention['mention'], text: string): PageMention {
  return { mention: m, text } as PageMention;
}

test('entities are counted by id; figures by the pack figure they are, else by their text', () => {
  const wu = {
    kind: 'entity',
    start: 0,
    end: 3,
    entityId: 'wu-yongming',
    entityType: 'person',
    ambiguous: false,
  } as const;
  const index = builtinIndex();
  const linked = fakeFigureMention(
    index,
    { kind: 'growth', value: 19.4, unit: '%' },
    'msft-intelligent-cloud-growth-2023q3',
  );
  const loose = fakeFigureMention(index, { kind: 'growth', value: 5, unit: '%' });
  const tally = new MentionTally(namesInPacks(getBuiltinPacks()));
  for (const pm of [
    mention(wu, '吳泳銘'),
    mention(linked, '19.4%'),
    mention(wu, '吴泳铭'),
    mention(loose, '5%'),
    mention(linked, '19.4%'),
  ])
    tally.add(pm);
  const summary = tally.result();
  expect(summary.entities).toEqual([
    {
      id: 'wu-yongming',
      type: 'person',
      count: 2,
      names: { 'zh-Hant': '吳泳銘', 'zh-Hans': '吴泳铭', en: 'Eddie Wu' },
    },
  ]);
  expect(summary.figures).toEqual([
    {
      key: 'figure:msft-intelligent-cloud-growth-2023q3',
      text: '19.4%',
      count: 2,
      figureId: 'msft-intelligent-cloud-growth-2023q3',
    },
    { key: 'text:5%', text: '5%', count: 1 },
  ]);
});
