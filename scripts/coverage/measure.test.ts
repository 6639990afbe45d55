import { measurePassage, occurrencesOf, totalsOf, type Highlight, type Passage } from './measure';

const passage: Passage = {
  id: 'p',
  script: 'hans',
  text: '阿里云智能集团发布通义千问2.0，阿里云收入同比增长4%。早餐吃了豆包。',
  mentions: [
    { text: '阿里云智能集团', entity: 'Alibaba Cloud', type: 'org' },
    { text: '阿里云', entity: 'Alibaba Cloud', type: 'org' },
    { text: '通义千问2.0', entity: 'Qwen 2.0', type: 'product' },
    { text: '同比增长4%', entity: 'figure', type: 'figure' },
  ],
  notMentions: ['豆包'],
};
const at = (text: string, type = 'org', from = 0): Highlight => {
  const start = passage.text.indexOf(text, from);
  return { start, end: start + text.length, type, id: text };
};

test('occurrences: every one of each listed span, none inside a longer one', () => {
  expect(occurrencesOf(passage).map((o) => passage.text.slice(o.start, o.end))).toEqual([
    '阿里云智能集团',
    '通义千问2.0',
    '阿里云',
    '同比增长4%',
  ]);
});

test('a mention counts when one highlight covers it; a figure when one covers its numerals', () => {
  const r = measurePassage(passage, [
    at('阿里云智能集团'),
    at('通义千问'), // part of the name only: not whole
    at('阿里云', 'org', 10),
    at('4%', 'figure'),
  ]);
  expect(r.mentions).toEqual({ total: 4, whole: 3 });
  expect(r.missed).toEqual(['通义千问2.0']);
  expect(r.entities).toEqual({ total: 2, whole: 1, wholeEverywhere: 1 });
  expect(r.figures).toEqual({ total: 1, whole: 1 });
  expect(r.highlights.outside).toEqual([]);
});

test('a figure highlight that leaves a numeral out does not count', () => {
  const r = measurePassage(passage, [at('增长', 'figure')]);
  expect(r.figures.whole).toBe(0);
});

test('highlights on no listed mention, and false friends, are reported', () => {
  const r = measurePassage(passage, [at('早餐'), at('豆包', 'product')]);
  expect(r.highlights.outside).toEqual(['早餐', '豆包']);
  expect(r.litFalseFriends).toEqual(['豆包']);
});

test('totals count entities per passage and once in the corpus', () => {
  const one = measurePassage(passage, [at('阿里云智能集团')]);
  const two = measurePassage({ ...passage, id: 'q' }, [at('通义千问2.0', 'product')]);
  const t = totalsOf([one, two]);
  expect(t.entities).toEqual({ total: 4, whole: 2, wholeEverywhere: 1 });
  expect(t.distinctEntities).toEqual({ total: 2, whole: 2 });
  expect(t.mentions).toEqual({ total: 8, whole: 2 });
});
