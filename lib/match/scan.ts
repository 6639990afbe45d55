/**
 * The scan over one text (see createMatcherFrom), for packs where few units start
 * a pattern; dense-scan.ts has the one for big packs. A class, not closures: the
 * engine compiles its methods once for every matcher, as fast for the second
 * matcher as for the first (closures made per matcher are compiled fast only
 * while a single one exists). The hot loops copy the fields they read into
 * locals first.
 */
import { FLAGS, type CompiledMatcher } from './compile';
import { hasDoubtfulContext, type GuardChecks, type Guards } from './guards';
import { markInside, unitBits } from './marked-units';
import type { Offsets } from './offsets';
import { patternInfo } from './pattern-info';
import type { StartFilter } from './start-filter';
import { FoundEntity } from './found-entity';
import type { EntityMention } from './types';

// Read once: as vitest runs the sources, each use of an imported binding is a
// lookup on the exporting module's object, and the guards run at most candidates.
const { AMBIGUOUS, CONTEXT, END_DIGIT, END_LETTER, INSIDE, NAME_END, WORD_START } = FLAGS;
const GUARDED = WORD_START | END_LETTER | END_DIGIT | NAME_END | INSIDE;
const isWordUnit = (u: number): boolean => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39);
const isDigitUnit = (u: number): boolean => u >= 0x30 && u <= 0x39;
const LOWER_S = 0x73;
const DOT = 0x2e;

export class Scan {
  protected readonly codeOf: Uint16Array;
  private readonly cells: Int32Array;
  private readonly rootBase: number;
  private readonly starts: Int32Array;
  protected readonly pairs: Int32Array;
  protected readonly width: number;
  protected readonly mask: number;
  /** Per pattern, its flags, entity type and entity in one read (pattern-info.ts). */
  private readonly info: Int32Array;
  private readonly types: EntityMention['entityType'][];
  private readonly entityIds: string[];
  private readonly contextAliases: Map<number, string>;
  private readonly contexts: Guards['contexts'];
  private readonly checks: GuardChecks;
  private readonly xor: Uint16Array;
  /** Patterns that end along the current walk: end offset and pattern id. */
  private readonly candidateEnd: Int32Array;
  private readonly candidatePattern: Int32Array;
  /** The last table of units asked to mark (see matchMarking), as bits, and those or `starts`. */
  private markedTable: Uint8Array | undefined;
  private marks: Int32Array;
  private startsOrMarks: Int32Array;

  constructor(
    compiled: CompiledMatcher,
    filter: StartFilter,
    guards: Guards,
    checks: GuardChecks,
    xor: Uint16Array,
  ) {
    const { trie } = compiled;
    this.codeOf = trie.codeOf;
    this.cells = trie.cells;
    this.rootBase = trie.cells[0] as number;
    this.starts = filter.starts;
    this.startsOrMarks = filter.starts;
    this.marks = new Int32Array(0);
    this.pairs = filter.pairs;
    this.width = filter.width;
    this.mask = filter.mask;
    ({ types: this.types, info: this.info } = patternInfo(compiled));
    this.entityIds = compiled.entityIds;
    this.contextAliases = compiled.contextAliases;
    this.contexts = guards.contexts;
    this.checks = checks;
    this.xor = xor;
    this.candidateEnd = new Int32Array(trie.depth + 1);
    this.candidatePattern = new Int32Array(trie.depth + 1);
  }

  match(text: string): EntityMention[] {
    return this.matchSparse(text);
  }

  /**
   * `match`, and the offset of every unit that `table` marks (a table over all
   * UTF-16 units), in order, into `found` (emptied first): the scan reads each
   * unit once for both.
   */
  matchMarking(text: string, table: Uint8Array, found: Offsets): EntityMention[] {
    found.length = 0;
    if (table !== this.markedTable) this.markUnits(table);
    return this.matchSparseMarking(text, found);
  }

  /** The bits of `table`, and of it or `starts`: made once for each table (there is one, the figures'). */
  private markUnits(table: Uint8Array): void {
    this.marks = unitBits(table);
    this.startsOrMarks = this.starts.map((bits, k) => bits | (this.marks[k] as number));
    this.markedTable = table;
  }

  /** Few units start a pattern: one bit per unit skips most positions, the pair bit most others. */
  private matchSparse(text: string): EntityMention[] {
    const { starts, codeOf, pairs } = this;
    // `| 0`: plain 32-bit integers in the loop, not values checked at each use.
    const width = this.width | 0;
    const mask = this.mask | 0;
    const out: EntityMention[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const u = text.charCodeAt(i);
      if (((starts[u >>> 5] as number) & (1 << u)) === 0) {
        i++;
        continue;
      }
      const c1 = codeOf[u] as number;
      const c2 = i + 1 < n ? (codeOf[text.charCodeAt(i + 1)] as number) : 0;
      const key = (Math.imul(c1, width) + c2) & mask;
      i =
        ((pairs[key >>> 4] as number) & (1 << (key << 1))) === 0
          ? i + 1
          : this.take(text, out, i, c1, c2);
    }
    return out;
  }

  /**
   * `matchSparse`, noting in `found` where the units of `marks` are: a unit that
   * neither starts a pattern nor is marked costs one test (of `startsOrMarks`), as in
   * `matchSparse`; the units of a name taken are tested after it.
   */
  private matchSparseMarking(text: string, found: Offsets): EntityMention[] {
    const { starts, codeOf, pairs, marks, startsOrMarks } = this;
    const width = this.width | 0;
    const mask = this.mask | 0;
    const out: EntityMention[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const u = text.charCodeAt(i);
      if (((startsOrMarks[u >>> 5] as number) & (1 << u)) === 0) {
        i++;
        continue;
      }
      if (((marks[u >>> 5] as number) & (1 << u)) !== 0) found.push(i);
      if (((starts[u >>> 5] as number) & (1 << u)) === 0) {
        i++;
        continue;
      }
      const c1 = codeOf[u] as number;
      const c2 = i + 1 < n ? (codeOf[text.charCodeAt(i + 1)] as number) : 0;
      const key = (Math.imul(c1, width) + c2) & mask;
      const next =
        ((pairs[key >>> 4] as number) & (1 << (key << 1))) === 0
          ? i + 1
          : this.take(text, out, i, c1, c2);
      if (next > i + 1) markInside(text, i + 1, next, marks, found);
      i = next;
    }
    return out;
  }

  /**
   * Walks the double array from position `i`, given the codes of its unit and
   * the next one (0 past the end, or for a unit in no pattern), collects every pattern that ends along the
   * way, keeps the longest one the guards accept and returns where the scan
   * goes on (leftmost-longest, non-overlapping).
   */
  protected take(text: string, out: EntityMention[], i: number, c1: number, c2: number): number {
    const { cells, codeOf, info, candidateEnd, candidatePattern } = this;
    const n = text.length;
    let s = this.rootBase + 3 * c1;
    // A hashed pair may pass for a first unit that starts nothing.
    if (cells[s + 1] !== 1) return i + 1;
    let found = 0;
    let p = cells[s + 2] as number;
    if (p >= 0) {
      candidateEnd[0] = i + 1;
      candidatePattern[0] = p;
      found = 1;
    }
    let j = i + 1;
    let c = c2;
    while (j < n) {
      const t = (cells[s] as number) + 3 * c;
      if (cells[t + 1] !== s + 1) break;
      s = t;
      j++;
      p = cells[s + 2] as number;
      if (p >= 0) {
        candidateEnd[found] = j;
        candidatePattern[found++] = p;
      }
      if (j < n) c = codeOf[text.charCodeAt(j)] as number;
    }
    for (let k = found - 1; k >= 0; k--) {
      const end = candidateEnd[k] as number;
      const q = candidatePattern[k] as number;
      const about = info[q] as number;
      if (about & GUARDED && !this.accepts(text, i, end, about & 0xff)) continue;
      out.push(this.mention(text, i, end, q, about));
      return end;
    }
    return i + 1;
  }

  private folded(text: string, at: number): number {
    const u = text.charCodeAt(at);
    return u ^ (this.xor[u] as number);
  }

  /** Whether the guards that flags `f` ask for accept [start, end). */
  private accepts(text: string, start: number, end: number, f: number): boolean {
    const n = text.length;
    if (f & WORD_START && start > 0 && isWordUnit(this.folded(text, start - 1))) return false;
    if (f & (END_LETTER | END_DIGIT) && end < n) {
      const next = this.folded(text, end);
      const after = end + 1 < n ? this.folded(text, end + 1) : -1;
      // A hyphen ends the name: in a longer name the pack does not know (Qwen3-235B, GPT-4.5)
      // the part it knows keeps its own card; a longer name it knows (GPT-4o) wins as longest.
      if (f & END_LETTER && isWordUnit(next) && !(next === LOWER_S && !isWordUnit(after)))
        return false;
      if (f & END_DIGIT && (isWordUnit(next) || (next === DOT && isDigitUnit(after)))) return false;
    }
    if (f & NAME_END && this.checks.endsInsideWord(text, end)) return false;
    return !(f & INSIDE && this.checks.isInsideWord(text, start, end));
  }

  /** The mention of pattern `p` (its `info` given) at [start, end). */
  private mention(
    text: string,
    start: number,
    end: number,
    p: number,
    about: number,
  ): EntityMention {
    let ambiguous = (about & AMBIGUOUS) !== 0;
    let doubtful = false;
    if (about & CONTEXT) {
      const context = this.contexts.get(this.contextAliases.get(p) ?? '');
      doubtful = context !== undefined && hasDoubtfulContext(context, text, start, end);
      if (doubtful) ambiguous = true;
    }
    return new FoundEntity(
      start,
      end,
      this.entityIds[about >>> 11] as string,
      this.types[(about >>> 8) & 7] as EntityMention['entityType'],
      ambiguous,
      doubtful,
    );
  }
}
