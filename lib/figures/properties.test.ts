import fc from 'fast-check';
import { readArabic } from './numbers';
import { parseFigures } from './parse';

/** Pieces of figure-like text, in OpenCC-standard Traditional. */
const TOKENS = [
  '19.4',
  '243',
  '1,234',
  '0',
  '2',
  '12',
  '3.5',
  '%',
  '億',
  '萬',
  '千',
  '美元',
  '元',
  '人民幣',
  '港元',
  '新臺幣',
  'US$',
  'bn',
  'billion',
  ' ',
  '增長',
  '負增長',
  '下降',
  '增速',
  '的',
  '了',
  '十二',
  '兩',
  '三千五百',
  '一百二十三',
  '〇',
  '零',
  '小時',
  '天',
  '日',
  '月',
  '個月',
  '年',
  '週',
  '超過',
  '內',
  '約',
  '左右',
  '多',
  '持續',
  '過去',
  '近',
  '一季度',
  '第二季度',
  '今年',
  '上個季度',
  'Q3',
  'FY2024',
  '財年',
  '第',
  '百分之',
  '個百分點',
  '家',
  '用戶',
  '。',
  ',',
  '-',
  '+',
  '爲',
  '裡',
  '着',
  '啓',
  'GPT',
  '阿里雲',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const figureText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), codeUnit), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** Taiwan / Hong Kong / Simplified forms of the same length. */
const SCRIPT_VARIANTS: Record<string, string> = {
  爲: '為',
  裡: '裏',
  着: '著',
  啓: '啟',
  億: '亿',
  萬: '万',
  兩: '两',
  個: '个',
  長: '长',
  負: '负',
  內: '内',
  過: '过',
  時: '时',
  週: '周',
  幣: '币',
  臺: '台',
  續: '续',
  約: '约',
  戶: '户',
  財: '财',
  點: '点',
};

function toVariant(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c > 0x20 && c < 0x7f) out += String.fromCharCode(c + 0xfee0);
    else if (ch === ' ') out += '\u3000';
    else out += SCRIPT_VARIANTS[ch] ?? ch;
  }
  return out;
}

describe('parseFigures properties', () => {
  it('never throws, and returns sorted, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(figureText, fc.string({ unit: codeUnit })), (text) => {
        const figures = parseFigures(text);
        let last = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(f.value)).toBe(true);
          last = f.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result on full-width and Taiwan/Hong Kong/Simplified variants', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const variant = toVariant(text);
        fc.pre(variant.length === text.length);
        expect(parseFigures(variant)).toEqual(parseFigures(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads an Arabic number as Number() reads its digits, however many', () => {
    const digits = (max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: max });
    fc.assert(
      fc.property(digits(20), fc.option(digits(20)), (whole, part) => {
        const text = whole.join('') + (part === null ? '' : `.${part.join('')}`);
        expect(readArabic(text, 0)?.value).toBe(Number(text));
        expect(readArabic(toVariant(text), 0)?.value).toBe(Number(text));
      }),
      { numRuns: 1000 },
    );
    expect(readArabic('1,234,567.25', 0)?.value).toBe(1234567.25);
  });

  it('handles lone surrogates next to numbers', () => {
    expect(parseFigures('\ud800增長19.4%\udc00')).toHaveLength(1);
    expect(parseFigures('12\udfff個月')).toEqual([]);
  });
});
