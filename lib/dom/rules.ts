/**
 * The page's elements as annotation and conversion see them: which elements
 * start a block of text, which are our own UI, and which subtrees each of
 * them leaves alone. One table, so the two never disagree by accident: where
 * they differ, the reason is written beside the tag list.
 *
 * Decided from tag names and attributes only; computed style (`isShown`) is
 * consulted later, and only where a mention was found.
 */

/** Who reads the page: highlighting (lib/page) or script conversion (lib/convert). */
export type PageReader = 'annotation' | 'conversion';

/** Elements whose text is a run of its own (HTML's block-level and table/list parts). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/**
 * Code and data, not prose, or no text a reader reads: neither highlighted
 * nor converted. A code sample converted to Traditional no longer runs; svg
 * and math text are labels tied to drawings. Iframes are entered separately,
 * through their own document.
 */
const NOT_PROSE_TAGS = [
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio',
]; // prettier-ignore

/**
 * Form fields: their text is the reader's own value, never read by either.
 * Conversion still converts their attributes (placeholder, title): those are
 * the page's words, not the reader's.
 */
const FORM_VALUE_TAGS = ['textarea', 'input'];

/**
 * Text drawn outside the page's text flow, where a highlight cannot show or
 * would cut a name: the document's title (the tab), the options of a select
 * (the browser's own widget), ruby readings (阿<rt>ā</rt>里 would split the
 * base text). Conversion does convert them: the tab's title and a menu's
 * options follow the script the reader chose.
 */
const OUTSIDE_TEXT_FLOW_TAGS = ['head', 'title', 'select', 'option', 'optgroup', 'rt', 'rp'];

const SKIPPED_TAGS: Record<PageReader, ReadonlySet<string>> = {
  annotation: new Set([...NOT_PROSE_TAGS, ...FORM_VALUE_TAGS, ...OUTSIDE_TEXT_FLOW_TAGS]),
  conversion: new Set(NOT_PROSE_TAGS),
};

const FORM_VALUES = new Set(FORM_VALUE_TAGS);

/** Marks the extension's own UI (the card's shadow host) so it is never read. */
export const OWN_UI_ATTRIBUTE = 'data-pangzhu-ui';

/**
 * Whether an element is the extension's own UI; injectable so tests can mark
 * theirs. Decided from attributes: an element without any is never own UI.
 */
export type IsOwnUi = (el: Element) => boolean;

export const hasOwnUiMark: IsOwnUi = (el) => el.hasAttribute(OWN_UI_ATTRIBUTE);

export function isBlockElement(el: Element): boolean {
  return isBlockTag(el.localName);
}

/** For callers that already read the element's `localName` (each read is a call into the DOM). */
export function isBlockTag(localName: string): boolean {
  return BLOCK_TAGS.has(localName);
}

/** Whether the text under an element of this tag is a form's value (attributes may still be read). */
export function holdsFormValue(localName: string): boolean {
  return FORM_VALUES.has(localName);
}

/**
 * Whether `contenteditable` makes `el` editable: the empty value, `true` and
 * `plaintext-only` in any case (HTML's keywords are case-insensitive). Any
 * other value, `false` aside, is invalid and inherits, which the walk up the
 * ancestors already covers.
 */
export function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null) return false;
  const keyword = value.toLowerCase();
  return keyword === '' || keyword === 'true' || keyword === 'plaintext-only';
}

/**
 * True when `reader` reads nothing under `el` (checked on the element itself
 * only): its tag, an editor the reader is typing in, our own UI, and for
 * annotation the `hidden` attribute (conversion converts hidden text, so it
 * matches the rest of the page once shown).
 */
export function isSkipped(
  el: Element,
  reader: PageReader,
  isOwnUi: IsOwnUi,
  localName = el.localName,
): boolean {
  if (SKIPPED_TAGS[reader].has(localName)) return true;
  // Most inline elements carry no attribute at all: one call instead of three.
  if (!el.hasAttributes()) return false;
  if (reader === 'annotation' && el.hasAttribute('hidden')) return true;
  return isEditable(el) || isOwnUi(el);
}

/** The parent in the composed tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
}

/** True when `node` or an ancestor (across shadow roots) is skipped by `reader`. */
export function isInsideSkipped(node: Node, reader: PageReader, isOwnUi: IsOwnUi): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element, reader, isOwnUi)) return true;
  }
  return false;
}

/** Hidden by `visibility` too; one object for every call. */
const VISIBILITY_OPTIONS: CheckVisibilityOptions = { visibilityProperty: true };

/** Whether text under `el` is shown: computed style, asked only where a mention was found. */
export const isShown = (el: Element): boolean =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility(VISIBILITY_OPTIONS) : true;
