import { isBlank } from './blank';

test('white space alone is blank, anything else is not', () => {
  for (const text of ['', '\n', ' \n\t\r ', '\u00a0', '\u3000\n']) expect(isBlank(text)).toBe(true);
  for (const text of ['\n阿里雲', ' 5%', 'a', '\n\u3000。']) expect(isBlank(text)).toBe(false);
});
