// A dictionary trie for the converters. Same matching as opencc-js's Trie
// (longest match; unmatched text advances by code point, or by a whole
// ideographic description sequence), but keyed by UTF-16 code unit, without
// allocating per match, and built lazily: adding a dictionary only indexes
// its entries by first code unit, and the branch under a first code unit is
// built when a text first reaches it (a page uses a fraction of STPhrases).

export class TrieNode {
  value: string | undefined = undefined;
  children: Map<number, TrieNode> | undefined = undefined;
  /** Serialized entries ([dict, start, end] triples) still to add under this node. */
  pending: (string | number)[] | undefined = undefined;
}

export class Trie {
  /** Code units below this start no key: they are skipped without a look-up. */
  private minFirst = 0xffff;
  /** The root's children by code unit − minFirst: one index, no hashing. */
  private firsts: (TrieNode | undefined)[] = [];
  private roots = new Map<number, TrieNode>();
  /** Where the last successful `match` ended. */
  matchEnd = 0;

  /**
   * Adds a serialized dictionary ("from to|from to alt|…", the first value
   * used), its entries winning over those added before.
   */
  addDict(dict: string): void {
    if (dict === '') return;
    let start = 0;
    while (start < dict.length) {
      const first = dict.charCodeAt(start);
      // Entries sharing a first code unit are adjacent in sorted dictionaries:
      // one range for all of them (any order works, only with more ranges).
      let end = nextBar(dict, start);
      while (end < dict.length && dict.charCodeAt(end + 1) === first) end = nextBar(dict, end + 1);
      const node = this.rootFor(first);
      (node.pending ??= []).push(dict, start, end);
      start = end + 1;
    }
  }

  addWord(key: string, value: string): void {
    this.addDict(`${key} ${value}`);
  }

  private rootFor(code: number): TrieNode {
    let node = this.roots.get(code);
    if (!node) {
      this.roots.set(code, (node = new TrieNode()));
      if (code < this.minFirst) this.minFirst = code;
      this.firsts = [];
    }
    return node;
  }

  /** Call after the last addDict, before matching. */
  seal(): void {
    let max = 0;
    for (const code of this.roots.keys()) if (code > max) max = code;
    const firsts = new Array<TrieNode | undefined>(Math.max(0, max - this.minFirst + 1));
    firsts.fill(undefined);
    for (const [code, node] of this.roots) firsts[code - this.minFirst] = node;
    this.firsts = firsts;
  }

  /**
   * The value of the longest key starting at `text[start]` (its end in
   * `matchEnd`), or undefined.
   */
  match(text: string, start: number): string | undefined {
    const index = text.charCodeAt(start) - this.minFirst;
    // Negative indexes would be property look-ups by name: slow.
    let node = index >= 0 ? this.firsts[index] : undefined;
    if (node?.pending) expand(node);
    let value: string | undefined;
    let end = 0;
    for (let i = start + 1; node; i++) {
      if (node.value !== undefined) {
        value = node.value;
        end = i;
      }
      if (i >= text.length || !node.children) break;
      node = node.children.get(text.charCodeAt(i));
    }
    if (value !== undefined) this.matchEnd = end;
    return value;
  }

  /** Replaces every longest match, left to right (opencc-js's Trie#convert). */
  convert(text: string): string {
    const n = text.length;
    let out = '';
    let copied = 0;
    for (let i = 0; i < n;) {
      const value = this.match(text, i);
      if (value === undefined) {
        i += unmatchedLength(text, i);
        continue;
      }
      if (i > copied) out += text.slice(copied, i);
      out += value;
      i = copied = this.matchEnd;
    }
    if (copied === 0) return text;
    return copied < n ? out + text.slice(copied) : out;
  }
}

function nextBar(dict: string, from: number): number {
  const bar = dict.indexOf('|', from);
  return bar < 0 ? dict.length : bar;
}

/** Builds the branch under a first code unit from its pending entries. */
function expand(root: TrieNode): void {
  const pending = root.pending ?? [];
  root.pending = undefined;
  for (let r = 0; r < pending.length; r += 3) {
    const dict = pending[r] as string;
    const rangeEnd = pending[r + 2] as number;
    for (let start = pending[r + 1] as number; start < rangeEnd;) {
      const end = Math.min(nextBar(dict, start), rangeEnd);
      const space = dict.indexOf(' ', start);
      if (space < 0 || space >= end) {
        start = end + 1; // Not "from to": nothing to add.
        continue;
      }
      let node = root;
      for (let i = start + 1; i < space; i++) {
        const code = dict.charCodeAt(i);
        const children = (node.children ??= new Map<number, TrieNode>());
        let next = children.get(code);
        if (!next) children.set(code, (next = new TrieNode()));
        node = next;
      }
      const alt = dict.indexOf(' ', space + 1);
      node.value = dict.slice(space + 1, alt >= 0 && alt < end ? alt : end);
      start = end + 1;
    }
  }
}

/** One code point, or a whole ideographic description sequence (⿰氵肖). */
export function unmatchedLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0x2ff0 && code <= 0x2fff) {
    const end = idsEnd(text, i);
    if (end > i) return end - i;
  }
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? codePointLength(text, i) : 1;
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function idsArity(code: number): number {
  if (code === 0x2ff2 || code === 0x2ff3) return 3;
  return code >= 0x2ff0 && code <= 0x2fff ? 2 : 0;
}

/** End of the description sequence at `i`, or 0 when there is none. */
function idsEnd(text: string, i: number): number {
  const arity = idsArity(text.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + 1;
  for (let k = 0; k < arity; k++) {
    if (end >= text.length) return 0;
    const child = idsEnd(text, end);
    end = child || end + codePointLength(text, end);
  }
  return end;
}
