import { convertWithSpans } from './convert-with-spans';

const upper = (s: string) => s.toUpperCase();

describe('convertWithSpans', () => {
  it('converts between spans and puts the target script’s name in each', () => {
    const spans = [
      { start: 6, end: 9, hant: 'XYZ', hans: 'xyz' },
      { start: 0, end: 2, hant: 'AB', hans: 'ab' },
    ];
    expect(convertWithSpans('ab cd efg hi', upper, 'hans', spans)).toBe('ab CD xyz HI');
    expect(convertWithSpans('ab cd efg hi', upper, 'hant', spans)).toBe('AB CD XYZ HI');
  });

  it('ignores overlapping, empty and out-of-range spans', () => {
    const spans = [
      { start: 0, end: 4, hant: '1', hans: '1' },
      { start: 2, end: 6, hant: '2', hans: '2' },
      { start: 7, end: 7, hant: '3', hans: '3' },
      { start: 8, end: 99, hant: '4', hans: '4' },
    ];
    expect(convertWithSpans('abcdefghij', upper, 'hant', spans)).toBe('1EFGHIJ');
  });
});
