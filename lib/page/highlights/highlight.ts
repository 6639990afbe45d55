/**
 * Where ranges are registered. The real one sits on a document's
 * `CSS.highlights`; the in-memory one stands in where the API is missing
 * (happy-dom, old browsers) and lets tests read what would be shown.
 *
 * Content scripts run in an isolated world, so page scripts that redefine
 * built-ins (`Array.prototype.map`, `window.Range`) do not reach us. The
 * highlight registry itself belongs to the document, though: page scripts can
 * see (and could clear) `pangzhu-*` entries — they are public by design.
 */
import { HIGHLIGHT_TYPES, highlightName, type HighlightType } from '../mentions/types';
import {
  documentRuleScope,
  highlightCss,
  highlightOverrideCss,
  sameLooks,
  type HighlightAppearance,
  type RuleScope,
} from './highlight-styles';

export interface HighlightRegistry {
  add(type: HighlightType, range: AbstractRange): void;
  remove(type: HighlightType, range: AbstractRange): void;
  /** Register every type's highlight (`true`) or unregister them all at once (`false`). */
  setShown(shown: boolean): void;
  /** What is registered under `pangzhu-<type>` right now (empty while hidden). */
  shownRanges(type: HighlightType): readonly AbstractRange[];
  /** Unregister and forget everything. */
  clear(): void;
  /**
   * Hands the changes since the last flush to the browser. Every change to a
   * registered highlight makes the next frame walk all of its ranges again
   * (thousands on a long page), so the annotator publishes in a few batches,
   * not after every slice.
   */
  flush(): void;
}

interface HighlightCtor {
  new (): Highlight;
}

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: HighlightCtor;
}

/** The part of the browser's `HighlightRegistry` we use. */
interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  get(name: string): Highlight | undefined;
  delete(name: string): boolean;
}

/** The browser's registry of `doc`, or null where the API is missing. */
export function createCssHighlightRegistry(doc: Document): HighlightRegistry | null {
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  if (!registry || !Ctor) return null;
  const highlights = new Map<HighlightType, Highlight>();
  const added = new Map<HighlightType, Set<AbstractRange>>();
  const removed = new Map<HighlightType, Set<AbstractRange>>();
  let shown = true;
  const pendingIn = (map: Map<HighlightType, Set<AbstractRange>>, type: HighlightType) => {
    let set = map.get(type);
    if (!set) map.set(type, (set = new Set()));
    return set;
  };
  const highlightOf = (type: HighlightType): Highlight => {
    let h = highlights.get(type);
    if (!h) {
      h = new Ctor();
      highlights.set(type, h);
      if (shown) registry.set(highlightName(type), h);
    }
    return h;
  };
  const flush = () => {
    for (const [type, ranges] of removed) {
      const h = highlights.get(type);
      if (!h || ranges.size === 0) continue;
      // Firefox takes a range out of a registered highlight in time that grows with the
      // highlight's size (measured on a 1 MB page: ~0.2 ms a range at 2 000 ranges, ~3 ms
      // at 6 000; half of 2 000 took 0.4–0.7 s, one stall), and out of one that is not
      // registered at once. So the highlight leaves the registry while its ranges go and
      // comes back whole: registering 2 000 ranges again takes ~3 ms. Chromium does either
      // in no time.
      const name = highlightName(type);
      const registered = shown && registry.get(name) === h;
      if (registered) registry.delete(name);
      for (const range of ranges) h.delete(range);
      if (registered) registry.set(name, h);
    }
    for (const [type, ranges] of added) {
      const h = highlightOf(type);
      for (const range of ranges) h.add(range);
    }
    added.clear();
    removed.clear();
  };
  return {
    add(type, range) {
      removed.get(type)?.delete(range);
      pendingIn(added, type).add(range);
    },
    remove(type, range) {
      if (added.get(type)?.delete(range)) return;
      pendingIn(removed, type).add(range);
    },
    flush,
    setShown(on) {
      shown = on;
      for (const [type, h] of highlights) {
        if (on) registry.set(highlightName(type), h);
        // Only delete what is ours: the page (or another copy of us) may have replaced it.
        else if (registry.get(highlightName(type)) === h) registry.delete(highlightName(type));
      }
    },
    shownRanges(type) {
      flush();
      return shown ? [...(highlights.get(type) ?? [])] : [];
    },
    clear() {
      this.setShown(false);
      highlights.clear();
      added.clear();
      removed.clear();
    },
  };
}

export function createMemoryHighlightRegistry(): HighlightRegistry {
  const ranges = new Map<HighlightType, Set<AbstractRange>>(
    HIGHLIGHT_TYPES.map((t) => [t, new Set()]),
  );
  let shown = true;
  return {
    add: (type, range) => void ranges.get(type)?.add(range),
    remove: (type, range) => void ranges.get(type)?.delete(range),
    setShown: (on) => void (shown = on),
    shownRanges: (type) => (shown ? [...(ranges.get(type) ?? [])] : []),
    clear: () => ranges.forEach((set) => set.clear()),
    flush: () => {},
  };
}

/** The real registry where the API exists, else an in-memory one. */
export function createHighlightRegistry(doc: Document): HighlightRegistry {
  return createCssHighlightRegistry(doc) ?? createMemoryHighlightRegistry();
}

/** Where highlight styles are adopted: the page, or a shadow root that hosts mentions. */
export type StyleScope = Document | ShadowRoot;

/**
 * One scope's highlight styles: a constructable sheet with every rule, or, in
 * a document the manifest's CSS already styles, a sheet only while the reader
 * has looks of their own (null until then).
 */
interface StyleAdoption {
  scope: StyleScope;
  sheet: CSSStyleSheet | null;
  overridesManifest: boolean;
}

const adoptions = new Set<StyleAdoption>();
/** Documents the extension's manifest CSS styles (the top page; not frames, not shadow trees). */
const manifestStyled = new WeakSet<Document>();
let appearance: HighlightAppearance = {};

/** A document's rules as the manifest's are (highlight-styles.ts says why they differ). */
const DOCUMENT_RULE_SCOPE = documentRuleScope(import.meta.env.FIREFOX ? 'firefox' : 'chrome');

const cssFor = ({ scope, overridesManifest }: StyleAdoption): string => {
  const rules: RuleScope =
    scope.nodeType === Node.DOCUMENT_NODE ? DOCUMENT_RULE_SCOPE : 'every element';
  return overridesManifest
    ? highlightOverrideCss(appearance, rules)
    : highlightCss(appearance, rules);
};

/** Says that `doc` already has the default `::highlight()` rules from the manifest. */
export function useManifestHighlightStyles(doc: Document): void {
  manifestStyled.add(doc);
}

/** Restyles every highlight of this content script at once (options: style per type). */
export function setHighlightAppearance(next: HighlightAppearance): void {
  // Called on every change of the settings: rewriting a sheet restyles its whole tree.
  if (sameLooks(next, appearance)) return;
  appearance = next;
  for (const adoption of adoptions) {
    const css = cssFor(adoption);
    if (adoption.sheet) adoption.sheet.replaceSync(css);
    else if (css) adoption.sheet = adoptSheet(adoption.scope, css);
  }
}

/**
 * Gives `scope` the `::highlight()` rules as a constructable stylesheet, so
 * the page's DOM tree is not touched. A shadow tree needs its own copy: its
 * highlights are styled only by its own stylesheets. A document the manifest
 * styles gets a sheet only for the reader's own looks. Returns the undo.
 */
export function adoptHighlightStyles(scope: StyleScope): () => void {
  const overridesManifest =
    scope.nodeType === Node.DOCUMENT_NODE && manifestStyled.has(scope as Document);
  const adoption: StyleAdoption = { scope, sheet: null, overridesManifest };
  const css = cssFor(adoption);
  if (css) {
    adoption.sheet = adoptSheet(scope, css);
    if (!adoption.sheet) return () => {};
  }
  adoptions.add(adoption);
  return () => {
    adoptions.delete(adoption);
    const { sheet } = adoption;
    if (sheet) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

function adoptSheet(scope: StyleScope, css: string): CSSStyleSheet | null {
  const doc = scope.nodeType === Node.DOCUMENT_NODE ? (scope as Document) : scope.ownerDocument;
  // A sheet may only be adopted by the document (or its shadow roots) whose window made it.
  const Sheet = (doc?.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (!Sheet || !Array.isArray(scope.adoptedStyleSheets)) return null;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}
