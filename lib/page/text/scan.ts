/**
 * Reading a subtree's text as runs. A generator, so the caller can stop after
 * any run when its time slice is used up and resume later.
 */
import { isBlockTag, isSkipped, type IsOwnUi } from '../../dom/rules';
import { createTextRun, type TextRun } from './text-map';

export type ScanEvent =
  | { kind: 'run'; run: TextRun }
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

interface Frame {
  next: Node | null;
  owner: Node;
  /** Leaving this frame ends the current run. */
  boundary: boolean;
}

/**
 * Runs of `root` (a block element, a shadow root or a document body): text
 * nodes are joined until a block element, `<br>`, a skipped element, a shadow
 * host or an iframe. Skipped subtrees are not entered. `root` itself is
 * assumed readable (the caller checks its ancestors).
 */
export function* scanRuns(root: Node, options: ScanOptions): Generator<ScanEvent> {
  const maxRun = options.maxRunLength ?? DEFAULT_MAX_RUN;
  let nodes: Text[] = [];
  let texts: string[] = [];
  let length = 0;
  let owner: Node = root;
  const stack: Frame[] = [{ next: root.firstChild, owner: root, boundary: true }];

  function take(): TextRun | null {
    if (nodes.length === 0) return null;
    const run = createTextRun(owner, nodes, texts);
    nodes = [];
    texts = [];
    length = 0;
    return run;
  }

  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.next;
    if (!node) {
      stack.pop();
      if (top.boundary) {
        const run = take();
        if (run) yield { kind: 'run', run };
      }
      continue;
    }
    top.next = node.nextSibling;

    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (nodes.length === 0) owner = top.owner;
      nodes.push(node as Text);
      texts.push(data);
      length += data.length;
      if (length >= maxRun) {
        const run = take();
        if (run) yield { kind: 'run', run };
      }
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;

    const el = node as Element;
    // Read once: each read of an element's property is a call into the DOM.
    const name = el.localName;
    const skipped = isSkipped(el, 'annotation', options.isOwnUi, name);
    const inline = !isBlockTag(name);
    const shadow = el.shadowRoot;
    if (skipped || !inline || shadow || name === 'br') {
      const run = take();
      if (run) yield { kind: 'run', run };
    }
    if (skipped) {
      if (name === 'iframe' || name === 'frame')
        yield { kind: 'frame', frame: el as HTMLIFrameElement };
      continue;
    }
    const childOwner = inline ? top.owner : el;
    // Light children (slotted or not) are read after the shadow tree, as separate runs.
    if (el.firstChild) {
      stack.push({ next: el.firstChild, owner: childOwner, boundary: !inline || !!shadow });
    }
    if (shadow) {
      yield { kind: 'shadow', root: shadow };
      stack.push({ next: shadow.firstChild, owner: shadow, boundary: true });
    }
  }
}
