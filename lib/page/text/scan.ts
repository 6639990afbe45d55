/**
 * Reading a subtree's text as runs.
 */
import { isBlockTag, isSkipped, type IsOwnUi } from '../../dom/rules';
import { isBlank } from './blank';
import { ONE_NODE_STARTS, type TextRun } from './text-map';

/**
 * A run as the scan gives it: the run itself, so a dense page's thousands cost no wrapper
 * each. Made with `new`: runs outlive the scan (their mentions keep them), and the engine
 * switches a literal whose objects survive to old-space allocation mid-scan, throwing away
 * the optimised scan (seen with `--trace-deopt` on the bench's 1 MB page).
 */
class ScannedRun implements TextRun {
  readonly kind = 'run';
  constructor(
    readonly owner: Node,
    readonly nodes: readonly Text[],
    readonly starts: readonly number[],
    readonly text: string,
  ) {}
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

/** Node's own `firstChild` getter, looked up once. */
let firstChildGetter: ((this: Node) => ChildNode | null) | undefined;

/**
 * The first child of a scan's root, read through Node's own getter. A plain read here
 * was specialised on the few kinds of root met before the engine optimised the scan, and
 * the next root of another element type threw the optimised scan away (`--trace-deopt`,
 * bench's 1 MB page, once per load); a call of the getter is one target whatever the node.
 */
function firstChildOfRoot(root: Node): ChildNode | null {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called on the root with call()
  firstChildGetter ??= Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild')?.get;
  return firstChildGetter ? firstChildGetter.call(root) : root.firstChild;
}

const canHostShadow = (name: string): boolean => SHADOW_HOSTS.has(name) || name.includes('-');

/**
 * The run being gathered: its nodes, their offsets and their texts in lists reused from
 * run to run (a dense page has thousands), `count` of them this run's, `length` units
 * long. A class, not closures made per scan: each scan job made its own, and the engine's
 * scan, optimised with one job's, was thrown away at the next job's (`--trace-deopt`:
 * "wrong call target", once per load of the bench's 1 MB page).
 */
class RunGatherer {
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly texts: string[] = [];
  count = 0;
  length = 0;
  /** The owner of the run's text: set with its first node. */
  owner: Node | null = null;

  /**
   * Kept, as FoundFigure keeps one (lib/match/found-figure.ts says why): each scan job
   * makes its own and drops it, so a full collection between jobs could find none.
   */
  // eslint-disable-next-line no-unused-private-class-members -- kept, never read: see above
  static readonly #shapeKeeper = new RunGatherer();

  add(node: Text, data: string, owner: Node): void {
    const k = this.count;
    if (k === 0) this.owner = owner;
    this.nodes[k] = node;
    this.starts[k] = this.length;
    this.texts[k] = data;
    this.count = k + 1;
    this.length += data.length;
  }

  /** The run gathered since the last take, or null when it holds nothing but white space. */
  take(): ScannedRun | null {
    const { count, nodes, owner } = this;
    if (count === 0 || owner === null) return null;
    this.count = 0;
    this.length = 0;
    // Half a page's runs are the white space between its blocks: none is made (nor matched).
    if (this.#isBlank(count)) return null;
    if (count === 1)
      return new ScannedRun(owner, nodes.slice(0, 1), ONE_NODE_STARTS, this.texts[0]!);
    return new ScannedRun(
      owner,
      nodes.slice(0, count),
      this.starts.slice(0, count),
      // Joined once, into one flat string: built with += it would be a tree of
      // pieces, which every read of a unit by the matcher has to walk. In Node,
      // runs cut into ~23-unit pieces took ~20% longer to match; the bench's 1 MB
      // page, a few pieces a run, showed no difference in Chromium.
      this.texts.slice(0, count).join(''),
    );
  }

  #isBlank(count: number): boolean {
    for (let k = 0; k < count; k++) if (!isBlank(this.texts[k]!)) return false;
    return true;
  }
}

/**
 * The open elements, one entry per depth in three lists, reused likewise: the next child
 * to read, the owner of its text, and whether leaving it ends the current run.
 */
class OpenElements {
  readonly nexts: (Node | null)[] = [];
  readonly owners: Node[] = [];
  readonly boundaries: boolean[] = [];
  depth = 0;

  /** Kept, as RunGatherer's is. */
  // eslint-disable-next-line no-unused-private-class-members -- kept, never read
  static readonly #shapeKeeper = new OpenElements();

  enter(next: Node | null, owner: Node, boundary: boolean): void {
    const d = this.depth;
    this.nexts[d] = next;
    this.owners[d] = owner;
    this.boundaries[d] = boundary;
    this.depth = d + 1;
  }
}

/**
 * Runs of `root` (a block element, a shadow root or a document body): text
 * nodes are joined until a block element, `<br>`, a skipped element, a shadow
 * host or an iframe; runs of white space alone are left out. Skipped subtrees
 * are not entered. `root` itself is assumed readable (the caller checks its
 * ancestors). `next()` gives one event at a time, so the caller can stop after
 * any run when its time slice is used up and resume later.
 *
 * A class, not a generator: the scan asks for an event per run (a long page has
 * thousands), and a generator resumed its walk and made a result object for each.
 */
export class RunScanner {
  readonly #root: Node;
  readonly #isOwnUi: IsOwnUi;
  readonly #maxRun: number;
  readonly #run = new RunGatherer();
  readonly #open = new OpenElements();
  /** What the element that ended a run adds (its frame or shadow root): given after the run. */
  #queued: ScanEvent | null = null;

  constructor(root: Node, options: ScanOptions) {
    this.#root = root;
    this.#isOwnUi = options.isOwnUi;
    this.#maxRun = options.maxRunLength ?? DEFAULT_MAX_RUN;
    this.#open.enter(firstChildOfRoot(root), root, true);
  }

  /** The next event, or null once the subtree is read. */
  next(): ScanEvent | null {
    const queued = this.#queued;
    if (queued) {
      this.#queued = null;
      return queued;
    }
    const run = this.#run;
    const open = this.#open;
    const { nexts, owners, boundaries } = open;
    while (open.depth > 0) {
      const top = open.depth - 1;
      const node = nexts[top] ?? null;
      if (!node) {
        open.depth = top;
        // Nothing kept alive by a level once left.
        owners[top] = this.#root;
        if (boundaries[top]) {
          const taken = run.take();
          if (taken) return taken;
        }
        continue;
      }
      nexts[top] = node.nextSibling;

      const type = node.nodeType;
      if (type === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length === 0) continue;
        run.add(node as Text, data, owners[top]!);
        if (run.length >= this.#maxRun) {
          const taken = run.take();
          if (taken) return taken;
        }
        continue;
      }
      if (type !== Node.ELEMENT_NODE) continue;

      const el = node as Element;
      // Read once: each read of an element's property is a call into the DOM.
      const name = el.localName;
      const skipped = isSkipped(el, 'annotation', this.#isOwnUi, name);
      const inline = !isBlockTag(name);
      const shadow = canHostShadow(name) ? el.shadowRoot : null;
      const taken = skipped || !inline || shadow || name === 'br' ? run.take() : null;
      let added: ScanEvent | null = null;
      if (skipped) {
        if (name === 'iframe' || name === 'frame')
          added = { kind: 'frame', frame: el as HTMLIFrameElement };
      } else {
        const childOwner = inline ? owners[top]! : el;
        // Light children (slotted or not) are read after the shadow tree, as separate runs.
        const firstChild = el.firstChild;
        if (firstChild) open.enter(firstChild, childOwner, !inline || !!shadow);
        if (shadow) {
          added = { kind: 'shadow', root: shadow };
          open.enter(shadow.firstChild, shadow, true);
        }
      }
      if (taken) {
        this.#queued = added;
        return taken;
      }
      if (added) return added;
    }
    return null;
  }
}
