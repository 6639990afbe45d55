/**
 * Which elements start a new text run, which are never read, and the block
 * root a changed node belongs to. Decided from tag names and attributes only:
 * computed style is consulted later, and only where a mention was found.
 */

/** Elements whose text is a run of its own (HTML's block-level and table/list parts). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'blockquote', 'search',
]); // prettier-ignore

/**
 * Never read: code, form fields, non-text media, ruby annotations (their
 * reading would split the base text: 阿<rt>ā</rt>里). Iframes are entered
 * separately, through their own document.
 */
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'optgroup', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'frame', 'object',
  'embed', 'canvas', 'video', 'audio', 'rt', 'rp', 'head', 'title',
]); // prettier-ignore

/** Marks the extension's own UI (cards, popups) so it is never annotated. */
export const OWN_UI_ATTRIBUTE = 'data-pangzhu-ui';

/** Decided from the element's attributes: an element without any is never own UI. */
export type IsOwnUi = (el: Element) => boolean;

export const defaultIsOwnUi: IsOwnUi = (el) => el.hasAttribute(OWN_UI_ATTRIBUTE);

/** Hidden by `visibility` too; one object for every call. */
const VISIBILITY_OPTIONS: CheckVisibilityOptions = { visibilityProperty: true };

/** Whether text under `el` is shown: computed style, asked only where a mention was found. */
export const defaultIsVisible = (el: Element): boolean =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility(VISIBILITY_OPTIONS) : true;

export function isBlockElement(el: Element): boolean {
  return isBlockTag(el.localName);
}

/** For callers that already read the element's `localName` (each read is a call into the DOM). */
export function isBlockTag(localName: string): boolean {
  return BLOCK_TAGS.has(localName);
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** True when nothing under `el` is read (checked on the element itself only). */
export function isSkipped(el: Element, isOwnUi: IsOwnUi, localName = el.localName): boolean {
  if (EXCLUDED_TAGS.has(localName)) return true;
  // Most inline elements carry no attribute at all: one call instead of three.
  return el.hasAttributes() && (el.hasAttribute('hidden') || isEditable(el) || isOwnUi(el));
}

/** The parent in the composed tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
}

/** True when `node` or an ancestor (across shadow roots) is skipped. */
export function isInsideSkipped(node: Node, isOwnUi: IsOwnUi): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element, isOwnUi)) return true;
  }
  return false;
}

/**
 * The nearest block element or shadow root holding `node` (itself if it is a
 * block): the unit that is scanned again when `node` changes.
 */
export function blockRootOf(node: Node): Element | ShadowRoot | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isBlockElement(n as Element)) return n as Element;
    if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      return (n as ShadowRoot).host ? (n as ShadowRoot) : null;
    }
    if (n.nodeType === Node.DOCUMENT_NODE) return (n as Document).body;
  }
  return null;
}

/** Walks up from `node` across shadow roots; used to test membership in a set of roots. */
export function* composedAncestors(node: Node): Generator<Node> {
  for (let n: Node | null = node; n; n = composedParent(n)) yield n;
}
