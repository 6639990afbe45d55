/**
 * Linking in context: an ambiguous name (豆包, 盤古, 張勇, 開源) is decided from
 * the text around it first, and only then, for some types, from the page.
 *
 * - A person's common name counts with a sign of the person nearby: a title
 *   right before it at the start of a clause or right after it (董事長張勇,
 *   張勇 CEO; not 海底撈創始人張勇), or in the same block an entity the pack
 *   relates to them. Otherwise only a page that names them unambiguously
 *   (another of their names) lets it count.
 * - A product's, organisation's, event's or place's common-word name counts
 *   when the words it forms say so (豆包大模型, 盤古App, 星火5.0), when it or an
 *   entity related to it is named in the same block, or when its sentence
 *   or the one before holds words of the industry (大模型, 發布, 算力); a place by
 *   the first two (杭州's DeepSeek, 香港機房) or such words in its own clause.
 *   Nothing else lights it: a page about Doubao still has buns for breakfast.
 * - A concept's common-word name (開源, 參數, tokens) counts on the same local
 *   signs, else on the page's (today's page-wide evidence rule).
 * - A name near a doubtful context word (阿里巴巴 near 四十大盜) never counts.
 *
 * Words come from assets/guards/context-words.json. Each decision says why.
 */
import contextWords from '../../assets/guards/context-words.json';
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from './sentences';
import { FoundEntity } from './found-entity';
import type { EntityMention, LinkReason } from './types';
import { hasWordIn, wordList, type WordList } from './word-list';

interface WordTests {
  /** Sticky: a word the name forms, read at `lastIndex` (the name's end). */
  suffixAt: RegExp;
  /** A title alone before a name, from its clause's start (董事長|張勇). */
  titleBefore: RegExp;
  /** A title right after a name, past spaces, commas and an opening bracket (張勇|，CEO). */
  titleAfter: RegExp;
  domain: WordList;
  metric: WordList;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Latin word starts at a word boundary (AI is not the ai of said); case as written. */
const part = (word: string) => (/^[A-Za-z]/.test(word) ? `\\b${escape(word)}` : escape(word));
const anyOf = (words: readonly string[]) => new RegExp(`(?:${words.map(part).join('|')})`);

/** How far after a name the word it forms is read (豆包|大模型). */
const SUFFIX_REACH = 10;

let tests: WordTests | undefined;

/** Built on first use: a page whose names are all unambiguous never needs them. */
function wordTests(): WordTests {
  return (tests ??= {
    // A version number also says which sense: 星火5.0, 盤古 3.0, Kimi K2. Read in place
    // (sticky), not on a copy of the units after the name: a word longer than the reach
    // never fitted in that copy, so it is left out.
    suffixAt: new RegExp(
      `(?:${[
        '\\s?(?:[0-9０-９]|[vVkK][0-9])',
        ...contextWords.suffixes.filter((w) => w.length <= SUFFIX_REACH).map(escape),
      ].join('|')})`,
      'y',
    ),
    titleBefore: new RegExp(`^\\s*${anyOf(contextWords.titles).source}\\s*$`),
    titleAfter: new RegExp(`^[\\s,，（(]*${anyOf(contextWords.titles).source}`),
    domain: wordList(contextWords.domain),
    metric: wordList(contextWords.metrics),
  });
}

/** Whether [start, end) of `text` (a sentence, a block) holds one of the industry's metric words. */
export function hasMetricIn(text: string, start: number, end: number): boolean {
  return hasWordIn(wordTests().metric, text, start, end);
}

/** Whether the units from `end` (a name's end) make a word of the industry with it (豆包|大模型, 盤古|5.0). */
export function formsWordAt(text: string, end: number): boolean {
  const { suffixAt } = wordTests();
  suffixAt.lastIndex = end;
  return suffixAt.test(text);
}

/** How far from a person's name a title still reads as theirs. */
const TITLE_REACH = 10;

/**
 * A title that is the person's: right after the name (張勇 CEO, 張勇（董事長）), or
 * right before it with nothing but the clause's start before the title
 * (董事長張勇, 「CEO張勇」); 海底撈創始人張勇 is another company's founder.
 */
function hasTitle(text: string, m: EntityMention, words: WordTests): boolean {
  const clause = clauseStart(text, m.start);
  const before = text.slice(Math.max(clause, m.start - TITLE_REACH), m.start);
  if (words.titleBefore.test(before)) return true;
  return words.titleAfter.test(text.slice(m.end, Math.min(text.length, m.end + TITLE_REACH)));
}

/**
 * Decides each ambiguous candidate of one block of text (`candidates`, in
 * order): accepted ones become unambiguous (with the reason), those left to
 * the page keep `ambiguous` (a person's with `personal`), the rest are dropped.
 * `evidenceOf`: the ids whose mention is evidence for an entity (itself first).
 */
export function decideInContext(
  text: string,
  candidates: readonly EntityMention[],
  evidenceOf: (entityId: string) => readonly string[],
): EntityMention[] {
  let k = 0;
  while (k < candidates.length && !(candidates[k] as EntityMention).ambiguous) k++;
  if (k === candidates.length) return candidates as EntityMention[];
  const out: EntityMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const m = candidates[i] as EntityMention;
    if (!m.ambiguous) {
      out.push(m);
      continue;
    }
    if (m.doubtful === true) continue;
    const reason = localReason(text, m, candidates, out, evidenceOf);
    if (reason !== undefined) {
      out.push(linkedBy(m, reason));
    } else if (m.entityType === 'person') {
      out.push(leftPersonal(m));
    } else if (m.entityType === 'concept') {
      out.push(m);
    }
  }
  return out;
}

/**
 * Whether the block names `id`: a candidate that is not ambiguous, anywhere in it,
 * or one decided so far (in `decided`, not ambiguous). A block names a few: both
 * lists are read, no set of ids is made.
 */
function isNamed(
  id: string,
  candidates: readonly EntityMention[],
  decided: readonly EntityMention[],
): boolean {
  return namedIn(id, candidates) || namedIn(id, decided);
}

/**
 * Indexed loops, here and in the block's other hot loops: until the engine
 * optimises them, a `for…of` makes an iterator object per loop, and these run
 * per name and per figure (1.9 MB of a 1 MB page's 15.6 MB of allocations).
 */
function namedIn(id: string, mentions: readonly EntityMention[]): boolean {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (!m.ambiguous && m.entityId === id) return true;
  }
  return false;
}

/** `m` as decided: whether it stays ambiguous, left to the page (`personal`), and why. */
function decided(
  m: EntityMention,
  ambiguous: boolean,
  personal: boolean | undefined,
  reason: LinkReason | undefined,
): EntityMention {
  const { start, end, entityId, entityType, doubtful } = m;
  return new FoundEntity(
    start,
    end,
    entityId,
    entityType,
    ambiguous,
    doubtful ?? false,
    personal,
    reason,
  );
}

/** `m` linked from its context (`reason`): no longer ambiguous. */
const linkedBy = (m: EntityMention, reason: LinkReason): EntityMention =>
  decided(m, false, m.personal, reason);

/** `m`, a person's common name, left to the page (`personal`). */
const leftPersonal = (m: EntityMention): EntityMention => decided(m, m.ambiguous, true, m.reason);

function localReason(
  text: string,
  m: EntityMention,
  candidates: readonly EntityMention[],
  decided: readonly EntityMention[],
  evidenceOf: (entityId: string) => readonly string[],
): LinkReason | undefined {
  const words = wordTests();
  // Named in the block itself or beside an entity related to it (the block is the
  // paragraph: 盤古大模型3.0 … 盤古; 華為雲CEO … 張平安). What only looks related
  // (a bun next to a ByteDance story) is kept out by the doubtful-context words.
  const related = evidenceOf(m.entityId);
  for (let i = 0; i < related.length; i++)
    if (isNamed(related[i] as string, candidates, decided)) return 'related-nearby';
  if (m.entityType === 'person') return hasTitle(text, m, words) ? 'title-nearby' : undefined;
  if (formsWordAt(text, m.end)) return 'forms-word';
  // A city is the industry's only by the words of its own clause (在杭州發佈大模型), not
  // by the sentence's (北京兒童醫院 in a story about a model maker).
  if (m.entityType === 'place') {
    const from = clauseStart(text, m.start);
    const to = clauseEnd(text, m.end);
    return hasWordIn(words.domain, text, from, to, m.start, m.end) ? 'domain-words' : undefined;
  }
  // Its sentence and the one before (哪個模型驅動新助手？Gemini。).
  const start = sentenceStart(text, m.start);
  const before = start > 0 ? sentenceStart(text, start - 1) : start;
  const end = sentenceEnd(text, m.end);
  return hasWordIn(words.domain, text, before, end, m.start, m.end) ? 'domain-words' : undefined;
}
