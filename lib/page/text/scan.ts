/**
 * Reading a subtree's text as runs. A generator, so the caller can stop after
 * any run when its time slice is used up and resume later.
 */
import { isBlockTag, isSkipped, type IsOwnUi } from '../../dom/rules';
import { ONE_NODE_STARTS, type TextRun } from './text-map';

/** A run as the scan gives it: the run itself, so a dense page's thousands cost no wrapper each. */
interface ScannedRun extends TextRun {
  readonly kind: 'run';
}

export type ScanEvent =
  | ScannedRun
  /** An open shadow root was entered (its text follows as runs). */
  | { kind: 'shadow'; root: ShadowRoot }
  /** An iframe: its document, if same-origin, is scanned on its own. */
  | { kind: 'frame'; frame: HTMLIFrameElement | HTMLFrameElement };

export interface ScanOptions {
  isOwnUi: IsOwnUi;
  /** A run is cut at the next text node once it is this long (keeps each match call short). */
  maxRunLength?: number;
}

const DEFAULT_MAX_RUN = 16_384;

/**
 * The elements that can host a shadow root (HTML's list for attachShadow, and custom
 * elements, whose names hold a hyphen): only theirs is asked for, a call into the DOM.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'main', 'nav', 'p', 'section', 'span',
]); // prettier-ignore

const canHostShadow = (name: string): boolean => SHADOW_HOSTS.has(name) || name.includes('-');

/**
 * Runs of `root` (a block element, a shadow root or a document body): text
 * nodes are joined until a block element, `<br>`, a skipped element, a shadow
 * host or an iframe. Skipped subtrees are not entered. `root` itself is
 * assumed readable (the caller checks its ancestors).
 */
export function* scanRuns(root: Node, options: ScanOptions): Generator<ScanEvent> {
  const maxRun = options.maxRunLength ?? DEFAULT_MAX_RUN;
  // The run being gathered: its nodes, their offsets and their texts in lists reused from
  // run to run (a dense page has thousands), `count` of them this run's, `length` units long.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const texts: string[] = [];
  let count = 0;
  let length = 0;
  let owner: Node = root;
  // The open elements, one entry per depth in three lists, reused likewise: the next
  // child to read, the owner of its text, and whether leaving it ends the current run.
  const nexts: (Node | null)[] = [root.firstChild];
  const owners: Node[] = [root];
  const boundaries: boolean[] = [true];
  let depth = 1;

  function take(): ScannedRun | null {
    if (count === 0) return null;
    const run: ScannedRun =
      count === 1
        ? { kind: 'run', owner, nodes: [nodes[0]!], starts: ONE_NODE_STARTS, text: texts[0]! }
        : {
            kind: 'run',
            owner,
            nodes: nodes.slice(0, count),
            starts: starts.slice(0, count),
            // Joined once, into one flat string: built with += it would be a tree of
            // pieces, which every read of a unit by the matcher has to walk. In Node,
            // runs cut into ~23-unit pieces took ~20% longer to match; the bench's 1 MB
            // page, a few pieces a run, showed no difference in Chromium.
            text: texts.slice(0, count).join(''),
          };
    count = 0;
    length = 0;
    return run;
  }

  function enter(next: Node | null, childOwner: Node, boundary: boolean): void {
    nexts[depth] = next;
    owners[depth] = childOwner;
    boundaries[depth] = boundary;
    depth++;
  }

  while (depth > 0) {
    const top = depth - 1;
    const node = nexts[top] ?? null;
    if (!node) {
      depth--;
      // Nothing kept alive by a level once left.
      owners[top] = root;
      if (boundaries[top]) {
        const run = take();
        if (run) yield run;
      }
      continue;
    }
    nexts[top] = node.nextSibling;

    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (count === 0) owner = owners[top]!;
      nodes[count] = node as Text;
      starts[count] = length;
      texts[count] = data;
      count++;
      length += data.length;
      if (length >= maxRun) {
        const run = take();
        if (run) yield run;
      }
      continue;
    }
    if (type !== Node.ELEMENT_NODE) continue;

    const el = node as Element;
    // Read once: each read of an element's property is a call into the DOM.
    const name = el.localName;
    const skipped = isSkipped(el, 'annotation', options.isOwnUi, name);
    const inline = !isBlockTag(name);
    const shadow = canHostShadow(name) ? el.shadowRoot : null;
    if (skipped || !inline || shadow || name === 'br') {
      const run = take();
      if (run) yield run;
    }
    if (skipped) {
      if (name === 'iframe' || name === 'frame')
        yield { kind: 'frame', frame: el as HTMLIFrameElement };
      continue;
    }
    const childOwner = inline ? owners[top]! : el;
    // Light children (slotted or not) are read after the shadow tree, as separate runs.
    const firstChild = el.firstChild;
    if (firstChild) enter(firstChild, childOwner, !inline || !!shadow);
    if (shadow) {
      yield { kind: 'shadow', root: shadow };
      enter(shadow.firstChild, shadow, true);
    }
  }
}
