import { Trie as OpenccTrie } from 'opencc-js/core';
import { Trie } from './trie';

function trie(...dicts: string[]): Trie {
  const t = new Trie();
  for (const d of dicts) t.addDict(d);
  t.seal();
  return t;
}

describe('Trie', () => {
  it('replaces longest matches left to right, as opencc-js does', () => {
    const dict = '头 頭|头发 頭髮|发 發|发生 發生|前头 前頭|前头发 X|𠀾 Y|𠀾𠀾 Z|干 幹';
    const ours = trie(dict);
    const theirs = new OpenccTrie();
    theirs.loadDict(dict);
    for (const text of ['前头发生', '头发生长', 'a头b发c', '𠀾𠀾𠀾', '⿰氵肖头', '', '干头发']) {
      expect(ours.convert(text), text).toBe(theirs.convert(text));
    }
    expect(ours.convert('前头发生')).toBe('X生');
  });

  it('lets a dictionary added later win, in any entry order', () => {
    const t = trie('头发 A|发 B', '发 C|头发 D|头 E');
    expect(t.convert('头发发头')).toBe('DCE');
  });

  it('uses the first of several values and keeps unchanged text as is', () => {
    const t = trie('着 著 着|干 乾 幹');
    expect(t.convert('看着干')).toBe('看著乾');
    const text = 'no match here';
    expect(t.convert(text)).toBe(text);
  });

  it('reports where a match ended', () => {
    const t = trie('ab X|abcd Y');
    expect(t.match('zabcde', 1)).toBe('Y');
    expect(t.matchEnd).toBe(5);
    expect(t.match('zabce', 1)).toBe('X');
    expect(t.matchEnd).toBe(3);
    expect(t.match('zabce', 0)).toBeUndefined();
  });
});
