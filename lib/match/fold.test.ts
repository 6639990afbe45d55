import { execFileSync } from 'node:child_process';
import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { fold, foldsTo, getFoldTable } from './fold';

describe('fold', () => {
  it('folds Traditional, Taiwan and Hong Kong forms to one Simplified form', () => {
    expect(fold('阿里雲')).toBe('阿里云');
    expect(fold('阿里云')).toBe('阿里云');
    for (const [variants, canonical] of [
      ['爲為为', '为'],
      ['裡裏里', '里'],
      ['啓啟启', '启'],
      ['着著', '着'],
      ['温溫', '温'],
      ['麼么', '么'],
    ] as const)
      for (const v of variants) expect(fold(v)).toBe(canonical);
  });

  it('folds full-width forms and Latin case', () => {
    expect(fold('ＡＬＩＢＡＢＡ')).toBe('alibaba');
    expect(fold('ＧＰＴ４．０')).toBe('gpt4.0');
    expect(fold('ChatGPT　Azure')).toBe('chatgpt azure');
    expect(fold('ÉCOLE')).toBe('école');
  });

  it('keeps length and leaves surrogates, digits and punctuation alone', () => {
    const text = '\ud800𠵾a\udc00，1+6+N。';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe('\ud800𠵾a\udc00,1+6+n。');
  });

  it('handles long texts', () => {
    const text = '雲'.repeat(100_000);
    expect(fold(text)).toBe('云'.repeat(100_000));
  });

  it('is idempotent', () => {
    const t = getFoldTable();
    for (let c = 0; c < 0x10000; c++) {
      const f = t[c] ?? -1;
      if (t[f] !== f) throw new Error(`fold(fold(U+${c.toString(16)})) differs`);
    }
  });

  it('agrees with opencc-js character by character (both directions)', () => {
    const converters = [
      OpenCC.Converter({ from: 't', to: 'cn' }),
      OpenCC.Converter({ from: 'tw', to: 'cn' }),
      OpenCC.Converter({ from: 'hk', to: 'cn' }),
      OpenCC.Converter({ from: 'cn', to: 't' }),
      OpenCC.Converter({ from: 'cn', to: 'tw' }),
      OpenCC.Converter({ from: 'cn', to: 'hk' }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0x3400, max: 0x9fff }), (code) => {
        const ch = String.fromCharCode(code);
        for (const convert of converters) {
          const out = convert(ch);
          if (out.length === 1) expect(fold(out)).toBe(fold(ch));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('compares a part of a text with a folded name in place (foldsTo)', () => {
    const text = '據說阿里雲與阿里云都在';
    expect(foldsTo(text, 2, 5, fold('阿里雲'))).toBe(true);
    expect(foldsTo(text, 6, 9, fold('阿里雲'))).toBe(true);
    expect(foldsTo(text, 2, 5, fold('阿里'))).toBe(false);
    expect(foldsTo(text, 1, 4, fold('阿里雲'))).toBe(false);
    expect(foldsTo('ＡＢＣ', 0, 3, 'abc')).toBe(true);
  });
});

describe('scripts/gen-fold-table.mjs', () => {
  it('generated the committed table (run the script after updating opencc-js)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-fold-table.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
