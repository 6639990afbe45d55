import { createMatcher } from './matcher';
import { testPack } from './test-pack';

const matcher = createMatcher([testPack]);

/** Mentions as `surface=entity` (with `?` when ambiguous), for compact assertions. */
function found(text: string): string[] {
  return matcher
    .match(text)
    .map((m) => `${text.slice(m.start, m.end)}=${m.entityId}${m.ambiguous ? '?' : ''}`);
}

describe('createMatcher: scripts, width and case', () => {
  it.each([
    ['阿里雲的財報', '阿里雲=alibaba-cloud'],
    ['阿里云的财报', '阿里云=alibaba-cloud'],
    ['ＡＬＩＢＡＢＡ的財報', 'ＡＬＩＢＡＢＡ=alibaba-group'],
    ['ALIYUN上線', 'ALIYUN=alibaba-cloud'],
    ['Alibaba Cloud announced', 'Alibaba Cloud=alibaba-cloud'],
    ['Alibaba\u00a0Cloud announced', 'Alibaba\u00a0Cloud=alibaba-cloud'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('matches Simplified, Taiwan and Hong Kong sentences alike', () => {
    // OpenCC standard (爲, 裡), Simplified, Taiwan (為, 裏 → 裡), Hong Kong (為, 裏).
    const sentences = [
      '作爲華爲的對手,阿里雲裡的王堅啓動了通義千問',
      '作为华为的对手,阿里云里的王坚启动了通义千问',
      '作為華為的對手,阿里雲裡的王堅啟動了通義千問',
      '作為華為的對手,阿里雲裏的王堅啓動了通義千問',
    ];
    const expected = ['huawei', 'alibaba-cloud', 'wang-jian', 'tongyi'];
    for (const s of sentences) expect(matcher.match(s).map((m) => m.entityId)).toEqual(expected);
  });
});

describe('createMatcher: leftmost-longest, non-overlapping', () => {
  it('prefers the longest alias at the leftmost position', () => {
    expect(found('阿里雲百鍊、阿里雲、阿里')).toEqual([
      '阿里雲百鍊=bailian',
      '阿里雲=alibaba-cloud',
      '阿里=alibaba-group',
    ]);
    expect(found('阿里巴巴集團一樣大')).toEqual(['阿里巴巴集團=alibaba-group']);
  });

  it('keeps names with digits and punctuation whole', () => {
    expect(found('發佈了通義千問2.0,並表示這個版本的通義千問綜合性能')).toEqual([
      '通義千問2.0=qwen-2',
      '通義千問=tongyi',
    ]);
    expect(found('发布了文心一言4.0')).toEqual(['文心一言4.0=ernie-4']);
    expect(found('隨着阿里1+6+N組織變革')).toEqual(['阿里=alibaba-group', '1+6+N=one-six-n']);
  });
});

describe('createMatcher: Latin names at word boundaries', () => {
  it.each([
    ['推動Azure和其他雲計算服務', ['Azure=azure']],
    ['AzureWave的晶片', []],
    ['azure.', ['azure=azure']],
    ['基於“飛天+CIPU+倚天710”', ['飛天=apsara?', 'CIPU=cipu', '倚天710=yitian']],
    ['the CIPUs list', ['CIPU=cipu']],
    ['CIPUS', ['CIPU=cipu']],
    ['CIPUx', []],
    ['超越GPT4.0。', ['GPT4.0=gpt-4']],
    ['超越ＧＰＴ４．０。', ['ＧＰＴ４．０=gpt-4']],
    ['GPT-4 and GPT4', ['GPT-4=gpt-4', 'GPT4=gpt-4']],
    // A longer name the pack does not know: the part it knows keeps its own card (GPT).
    ['GPT-4.5 and GPT-40 and GPT-4o', ['GPT=gpt', 'GPT=gpt', 'GPT=gpt']],
    ['GPT-4V', ['GPT=gpt']],
    ['由ChatGPT引發', ['ChatGPT=chatgpt']],
    ['GPT這波人工智能', ['GPT=gpt']],
    ['超過GPT3.5', []],
    ['模型即服務(MaaS)這個概念', ['模型即服務=maas', 'MaaS=maas']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('createMatcher: false friends', () => {
  it.each([
    // A person's last character begins a common word.
    ['王堅持要做', []],
    ['王坚持要做', []],
    ['張勇敢地說', []],
    ['张勇敢地说', []],
    ['王堅持續演講', ['王堅=wang-jian']],
    ['蔡崇信任命吳泳銘', ['蔡崇信=cai-chongxin']],
    ['王堅回來做了場壓軸演講', ['王堅=wang-jian']],
    ['張勇的發言位置', ['張勇=zhang-yong']],
    // A name inside a longer word or place.
    ['阿里山的日出', []],
    ['阿里山的日出和阿里雲', ['阿里雲=alibaba-cloud']],
    ['水在攝氏一百度沸騰', []],
    ['水在摄氏一百度沸腾', []],
    ['彭博士說', []],
    ['超過彭博預期的236億美元', ['彭博=bloomberg']],
    ['倚天屠龍記', []],
    ['千帆競發', []],
    ['千帆竞发', []],
    ['敦煌飛天', []],
    ['敦煌飞天', []],
    ['阿里巴巴與四十大盜', []],
    ['阿里巴巴与四十大盗', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('flags ambiguous aliases and doubtful contexts', () => {
    expect(found('千帆和飛天')).toEqual(['千帆=qianfan?', '飛天=apsara?']);
    expect(found('文心千帆')).toEqual(['文心千帆=qianfan']);
    expect(found('阿里巴巴打開了強盜的山洞')).toEqual(['阿里巴巴=alibaba-group?']);
    expect(found('阿里巴巴的財報')).toEqual(['阿里巴巴=alibaba-group']);
  });
});

describe('createMatcher: odd input', () => {
  it('returns nothing for empty, digit-only or non-CJK text', () => {
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('12345 ,.;')).toEqual([]);
    expect(matcher.match('\ud800\udc00\ud800')).toEqual([]);
  });

  it('works with no packs', () => {
    expect(createMatcher([]).match('阿里雲')).toEqual([]);
  });

  it('reports offsets in the original text', () => {
    const text = '𠵾𠵾阿里雲';
    expect(matcher.match(text)[0]).toMatchObject({ start: 4, end: 7, entityType: 'org' });
  });
});
