import { latinNameFinder } from './latin-name-finder';

const finder = latinNameFinder({
  acronyms: ['CIPU', 'AWS', 'K2'],
  words: [
    'alibaba cloud',
    'alibaba',
    "tencent's september 2018 reorganisation",
    '(keg) group',
    'gpt-4o',
  ],
});

describe('Latin names in an English text', () => {
  test('a name in any case, at the start, the end or between signs', () => {
    expect(finder.foundIn('ALIBABA')).toBe(true);
    expect(finder.foundIn('Shares of Alibaba Cloud rose.')).toBe(true);
    expect(finder.foundIn('"alibaba",')).toBe(true);
    expect(finder.foundIn("Tencent's September 2018 reorganisation split the group.")).toBe(true);
    expect(finder.foundIn('Kimi K2 was released.')).toBe(true);
  });

  test('short capitals only as written', () => {
    expect(finder.foundIn('Spending on AWS grew.')).toBe(true);
    expect(finder.foundIn('Spending on aws grew.')).toBe(false);
    expect(finder.foundIn('the new laws')).toBe(false);
  });

  test('never inside a longer word, on either side', () => {
    expect(finder.foundIn('Alibabas')).toBe(false);
    expect(finder.foundIn('NotAlibaba')).toBe(false);
    expect(finder.foundIn('CIPUs')).toBe(false);
    expect(finder.foundIn('GPT-4ox')).toBe(false);
    expect(finder.foundIn('GPT-4o-mini')).toBe(true);
  });

  test('a shorter name still counts where a longer one beginning alike does not', () => {
    // "alibaba cloud" is tried first and fails; "alibaba" at the same place is a whole word.
    expect(finder.foundIn('Alibaba Cloudflare')).toBe(true);
    expect(finder.foundIn('Tencent said')).toBe(false);
  });

  test('a name that opens with a sign is found where its first word is', () => {
    expect(finder.foundIn('the (KEG) group at Tsinghua')).toBe(true);
    expect(finder.foundIn('the KEG) group')).toBe(false);
  });

  test('a text with no names, and lists with none', () => {
    expect(finder.foundIn('')).toBe(false);
    expect(finder.foundIn('Markets were calm today.')).toBe(false);
    expect(latinNameFinder({ acronyms: [], words: [] }).foundIn('Alibaba')).toBe(false);
  });
});

test('a letter whose lower case is longer does not shift where later names are read', () => {
  // 'İ'.toLowerCase() is two units long.
  expect(finder.foundIn('İstanbul: Alibaba Cloud opened a region.')).toBe(true);
  expect(finder.foundIn('İİİ Alibabas')).toBe(false);
});
