import fc from 'fast-check';
import { hasWordIn, wordList } from './word-list';

const WORDS = ['大模型', '模型', 'AI', 'API', 'token', 'year on year', '_x', '增長', 'GPU'];

/** The RegExp the context rules used: the words as alternatives, a Latin one at a word boundary. */
const reference = new RegExp(
  `(?:${WORDS.map((w) => (/^[A-Za-z]/.test(w) ? `\\b${w}` : w)).join('|')})`,
);

const PIECES = [
  ...WORDS,
  'A',
  'I',
  'a',
  'i',
  'Ok',
  '1',
  '_',
  ' ',
  '大',
  '模',
  '型',
  '，',
  'said',
  '。',
];

describe('hasWordIn', () => {
  it('answers as the RegExp of the words over the stretch copied into one string', () => {
    const list = wordList(WORDS);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join('')),
        fc.array(fc.nat(40), { minLength: 4, maxLength: 4 }),
        (text, cuts) => {
          const [from, cut, resume, to] = cuts
            .map((c) => c % (text.length + 1))
            .sort((a, b) => a - b);
          const copy = text.slice(from, cut) + text.slice(resume, to);
          expect(hasWordIn(list, text, from as number, to as number, cut, resume)).toBe(
            reference.test(copy),
          );
          expect(hasWordIn(list, text, from as number, to as number)).toBe(
            reference.test(text.slice(from, to)),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('finds a word across the cut, and a Latin one only at a word boundary', () => {
    const list = wordList(WORDS);
    expect(hasWordIn(list, '大模X型', 0, 4, 2, 3)).toBe(true);
    expect(hasWordIn(list, 'said', 0, 4)).toBe(false);
    expect(hasWordIn(list, 'xAI', 0, 3)).toBe(false);
    expect(hasWordIn(list, 'xAI', 1, 3)).toBe(true);
    expect(hasWordIn(list, 'x張AI', 0, 4, 1, 2)).toBe(false);
  });
});
