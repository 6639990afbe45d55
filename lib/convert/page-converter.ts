import { convertWithSpans } from './convert-with-spans';
import { detectScript } from './detect-script';
import {
  CONVERTED_ATTRIBUTES,
  isInSkippedSubtree,
  orderVisibleFirst,
  walkTargets,
  type IsOwnUi,
} from './page-walk';
import { createSlicer, yieldToPage as defaultYield, type YieldToPage } from './slices';
import type {
  ConvertText,
  HantStandard,
  LoadConverter,
  ProtectSpans,
  Script,
  Variant,
} from './types';

export interface PageConverterOptions {
  root: Document;
  /** The extension's own UI (e.g. the host of its shadow root): never touched. */
  isOwnUi?: IsOwnUi;
  /** Entity names in a text, with the pack's spelling per script. */
  protectSpans?: ProtectSpans;
  loadConverter: LoadConverter;
  /** Aborting it disposes the converter. */
  signal?: AbortSignal;
  /** Work per task before yielding to the page, in ms. */
  sliceBudgetMs?: number;
  yieldToPage?: YieldToPage;
}

export interface PageConverter {
  /** The variant last asked for (shown once its setVariant resolves). */
  readonly variant: Variant;
  readonly standard: HantStandard;
  /**
   * Shows the page as `variant`, converting from the original text. Rejects
   * with an AbortError when a newer call (or dispose) supersedes it.
   */
  setVariant(variant: Variant, standard?: HantStandard): Promise<void>;
  /** Converts what the page added or rewrote; ignores our own writes. */
  handleMutations(records: readonly MutationRecord[]): void;
  /** The script of the page's original text, from a sample. */
  originalScript(): Script;
  /** Stops pending work. Leaves the page as it is shown. */
  dispose(): void;
}

interface Mode {
  /** Null: show the original. */
  convert: ConvertText | null;
  target: 'hant' | 'hans';
}

interface AttributeState {
  original: string;
  written: string;
}

const RESTORE: Mode = { convert: null, target: 'hant' };
/** Every OpenCC dictionary key has a character at or above U+2E80. */
export const MAY_CONVERT = /[^\u0000-\u2e7f]/;
const SAMPLE_CHARS = 20_000;

export function createPageConverter(options: PageConverterOptions): PageConverter {
  const doc = options.root;
  const isOwnUi = options.isOwnUi ?? (() => false);
  const sliceBudgetMs = options.sliceBudgetMs ?? 12;
  const yieldToPage = options.yieldToPage ?? defaultYield;

  // Original and last-written text, only for what we changed: telling our
  // writes from the page's lets a page rewrite become the new original.
  const originals = new WeakMap<Text, string>();
  const written = new WeakMap<Text, string>();
  const attributes = new WeakMap<Element, Map<string, AttributeState>>();

  let mode: Mode = RESTORE;
  let everConverted = false;
  let variant: Variant = 'original';
  let standard: HantStandard = 'tw';
  let script: Script | null = null;
  let pending: AbortController | null = null;
  let disposed = false;

  const convertSource = (source: string): string => {
    if (!mode.convert || !MAY_CONVERT.test(source)) return source;
    const spans = options.protectSpans?.(source) ?? [];
    return convertWithSpans(source, mode.convert, mode.target, spans);
  };

  const applyText = (node: Text): void => {
    const current = node.data;
    let original = originals.get(node);
    if (original !== undefined && current !== written.get(node)) {
      // The page wrote this text after us: it is the original now.
      originals.delete(node);
      written.delete(node);
      original = undefined;
    }
    const source = original ?? current;
    const next = convertSource(source);
    if (next === current) return;
    if (next === source) {
      originals.delete(node);
      written.delete(node);
    } else {
      if (original === undefined) originals.set(node, source);
      written.set(node, next);
    }
    node.data = next;
  };

  const applyAttribute = (el: Element, name: string): void => {
    const current = el.getAttribute(name);
    let states = attributes.get(el);
    let state = states?.get(name);
    if (state && current !== state.written) {
      states?.delete(name);
      state = undefined;
    }
    if (current === null) return;
    const source = state?.original ?? current;
    const next = convertSource(source);
    if (next === current) return;
    if (next === source) {
      states?.delete(name);
    } else {
      if (!states) attributes.set(el, (states = new Map()));
      states.set(name, { original: source, written: next });
    }
    el.setAttribute(name, next);
  };

  const apply = (target: Text | Element): void => {
    if (target instanceof Element) {
      for (const name of CONVERTED_ATTRIBUTES) applyAttribute(target, name);
    } else {
      applyText(target);
    }
  };

  const originalScript = (): Script => {
    if (script) return script;
    let sample = '';
    for (const target of walkTargets(doc.documentElement, isOwnUi)) {
      if (target instanceof Element) continue;
      sample += originals.get(target) ?? target.data;
      if (sample.length >= SAMPLE_CHARS) break;
    }
    const found = detectScript(sample, SAMPLE_CHARS);
    // 'unknown' may be an empty page that fills in later: ask again then.
    if (found !== 'unknown') script = found;
    return found;
  };

  const setVariant = async (next: Variant, nextStandard = standard): Promise<void> => {
    if (disposed) throw new DOMException('The page converter is disposed', 'AbortError');
    pending?.abort(new DOMException('Superseded by a newer conversion', 'AbortError'));
    const controller = new AbortController();
    pending = controller;
    const { signal } = controller;
    variant = next;
    standard = nextStandard;

    // Showing the page's own script is showing the original: no dictionary.
    const target = next === 'original' || originalScript() === next ? null : next;
    const nextMode: Mode = target
      ? { convert: await options.loadConverter(target, nextStandard), target }
      : RESTORE;
    signal.throwIfAborted();
    mode = nextMode;
    everConverted ||= nextMode.convert !== null;

    // Nothing was ever changed: nothing to walk.
    if (everConverted) {
      const slicer = createSlicer({ budgetMs: sliceBudgetMs, yieldToPage, signal });
      const targets: (Text | Element)[] = [];
      await slicer.run(walkTargets(doc.documentElement, isOwnUi), (t) => targets.push(t));
      await slicer.checkpoint();
      const ordered = orderVisibleFirst(targets, doc.defaultView?.innerHeight ?? 0);
      await slicer.checkpoint();
      await slicer.run(ordered, apply);
    }
    const html = doc.documentElement;
    if (html.getAttribute('data-pangzhu-variant') !== next) {
      html.setAttribute('data-pangzhu-variant', next);
    }
    if (pending === controller) pending = null;
  };

  const handleMutations = (records: readonly MutationRecord[]): void => {
    // Until a conversion happened, every node is its own original.
    if (!everConverted || disposed) return;
    for (const record of records) {
      const node = record.target;
      if (record.type === 'characterData') {
        const text = node as Text;
        if (text.data === written.get(text) || !text.isConnected) continue;
        if (!isInSkippedSubtree(text, isOwnUi)) {
          for (const t of walkTargets(text, isOwnUi)) apply(t);
        }
      } else if (record.type === 'attributes') {
        const name = record.attributeName ?? '';
        const el = node as Element;
        if (!(CONVERTED_ATTRIBUTES as readonly string[]).includes(name)) continue;
        if (el.getAttribute(name) === attributes.get(el)?.get(name)?.written) continue;
        if (el.isConnected && !isInSkippedSubtree(el, isOwnUi)) applyAttribute(el, name);
      } else {
        for (const added of record.addedNodes) {
          if (!added.isConnected) continue;
          const parent = added.parentNode;
          if (parent && isInSkippedSubtree(parent, isOwnUi)) continue;
          for (const t of walkTargets(added, isOwnUi)) apply(t);
        }
      }
    }
  };

  const dispose = (): void => {
    disposed = true;
    pending?.abort(new DOMException('The page converter is disposed', 'AbortError'));
    pending = null;
  };
  options.signal?.addEventListener('abort', dispose, { once: true });

  return {
    get variant() {
      return variant;
    },
    get standard() {
      return standard;
    },
    setVariant,
    handleMutations,
    originalScript,
    dispose,
  };
}
