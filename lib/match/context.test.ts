import { getBuiltinPacks } from '../pack/builtin-bundled';
import fc from 'fast-check';
import contextWords from '../../assets/guards/context-words.json';
import { formsWordAt, hasMetricIn } from './context';
import { clauseAround, sentenceAround } from './sentences';
import { getEvidenceIds } from './evidence-ids';
import { findMentions } from './find-mentions';
import { createMatcher } from './matcher';

const packs = getBuiltinPacks();
const matcher = createMatcher(packs);
/** What one block decides: `text=id` for each mention, `?` when left to the page. */
const decide = (text: string) =>
  findMentions(text, matcher, packs).map((m) => {
    const span = text.slice(m.start, m.end);
    if (m.kind === 'figure') return `${span}#${m.ambiguous === true ? '?' : ''}`;
    return `${span}=${m.entityId}${m.ambiguous ? '?' : ''}${m.reason ? `(${m.reason})` : ''}`;
  });

describe('sentences and clauses', () => {
  const text = '阿里雲收入276億元，同比增長2%。馬拉松吸引了3萬人。Gemini. It is 5.0 now.';
  it('cut at stops, and clauses also at commas', () => {
    const at = text.indexOf('2%');
    expect(text.slice(...sentenceAround(text, at, at + 2))).toBe('阿里雲收入276億元，同比增長2%');
    expect(text.slice(...clauseAround(text, at, at + 2))).toBe('同比增長2%');
    const g = text.indexOf('Gemini');
    expect(text.slice(...sentenceAround(text, g, g + 6))).toBe('Gemini');
    const five = text.indexOf('5.0');
    expect(text.slice(...sentenceAround(text, five, five + 3))).toBe(' It is 5.0 now');
  });
  it('metric words are read in the sentence', () => {
    const sentenceOf = (span: string) =>
      sentenceAround(text, text.indexOf(span), text.indexOf(span) + span.length);
    expect(hasMetricIn(text, ...sentenceOf('2%'))).toBe(true);
    expect(hasMetricIn(text, ...sentenceOf('3萬人'))).toBe(false);
  });
});

describe('a common-word product name', () => {
  it('counts by the word it forms, a related entity in the block, or industry words near', () => {
    expect(decide('豆包5.0上線了')[0]).toBe('豆包=doubao(forms-word)');
    expect(decide('字節跳動推出了豆包，主打低價')).toContain('豆包=doubao(related-nearby)');
    expect(decide('這一輪升級讓豆包的多模態能力更強')).toContain('豆包=doubao(domain-words)');
  });
  it('stays dark with nothing of the industry near, and beside a doubtful word', () => {
    expect(decide('他每天早上只吃一個豆包')).toEqual([]);
    expect(decide('字節跳動的員工在食堂吃豆包')).toEqual(['字節跳動=bytedance']);
  });
});

describe("a person's common name", () => {
  it('counts with a title that is theirs, or their organisation in the block', () => {
    expect(decide('董事長張勇表示')).toEqual(['張勇=daniel-zhang(title-nearby)']);
    expect(decide('阿里巴巴的張勇宣佈')).toContain('張勇=daniel-zhang(related-nearby)');
  });
  it("is left to the page (its own name only) otherwise, and another company's title is no sign", () => {
    expect(decide('張勇昨天去了公園')).toEqual(['張勇=daniel-zhang?']);
    expect(decide('海底撈創始人張勇')).toEqual(['張勇=daniel-zhang?']);
  });
});

describe('a concept common word', () => {
  it('counts near industry words, else is left to the page', () => {
    expect(decide('這家公司宣佈開源其大模型')).toContain('開源=open-source-model(related-nearby)');
    expect(decide('這家公司宣佈開源，引發開發者關注')).toContain(
      '開源=open-source-model(domain-words)',
    );
    expect(decide('開源節流是老生常談')).toEqual(['開源=open-source-model?']);
  });
});

describe('figures', () => {
  it("are the industry's beside an entity, or with a metric word (then the page decides)", () => {
    expect(decide('阿里雲收入276億元')).toEqual(['阿里雲=alibaba-cloud', '276億元#']);
    expect(decide('當季營收同比增長12%')).toEqual(['12%#?']);
    expect(decide('這套房子拍出了38.54萬元')).toEqual([]);
  });
  it('a head count needs an entity in its own clause', () => {
    expect(decide('火山引擎大會開幕，場館外的馬拉松吸引了3萬人參賽')).toEqual([
      '火山引擎=volcano-engine',
    ]);
  });
});

test("a common name's evidence holds the entities it is related to, and what they belong to", () => {
  const ids = getEvidenceIds(packs);
  expect(ids.get('wang-xiaochuan')).toEqual(
    expect.arrayContaining(['baichuan', 'yunqi-2023', 'yunqi-conference']),
  );
  expect(ids.get('zhang-pingan')).toContain('huawei-cloud');
});

test('a version written apart from its Chinese name is the same name', () => {
  expect(decide('百度發布文心大模型 4.5 和文心大模型 X1')).toEqual([
    '百度=baidu',
    '文心大模型 4.5=ernie-4-5',
    '文心大模型 X1=ernie-x1',
  ]);
});

describe('the word a name forms', () => {
  // The reading it replaced: the suffix words as alternatives, anchored, on a copy of
  // the ten units after the name.
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const onCopy = new RegExp(
    `^(?:\\s?(?:[0-9０-９]|[vVkK][0-9])|${contextWords.suffixes.map(escape).join('|')})`,
  );
  const pieces = [...contextWords.suffixes, ' ', '5', '０', 'v2', 'K', '豆包', 'x', '。'];
  it('is read in place as it was on a copy of the units after the name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')),
        fc.nat(),
        (t, at) => {
          const end = t.length === 0 ? 0 : at % (t.length + 1);
          expect(formsWordAt(t, end)).toBe(onCopy.test(t.slice(end, end + 10)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the shape of entity mentions', () => {
  it('is one for found, linked and personal mentions: the same fields, in the same order', () => {
    const found = ['阿里巴巴的張勇宣佈', '張勇昨天去了公園'].flatMap((text) =>
      findMentions(text, matcher, packs),
    );
    const shapes = new Set(found.map((m) => Object.keys(m).join()));
    const reasons = found.map((m) => (m.kind === 'entity' ? (m.reason ?? m.personal ?? '') : ''));
    // A plain name, one linked from its context and one left to the page as a person's.
    expect(reasons).toEqual(['', 'related-nearby', true]);
    expect(shapes.size).toBe(1);
  });
});
