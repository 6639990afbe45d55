/**
 * Shows the page in its original text, 繁體 or 简体: converts its text nodes in
 * place, in time slices that yield to the page, from the original text it keeps,
 * with entity names spelt as the pack spells them. Follows the page's own
 * changes, and says what it shows on <html> (shown-variant.ts).
 */
import { convertWithSpans } from './convert-with-spans';
import { setShownVariant } from './shown-variant';
import { detectScript } from './detect-script';
import { hasOwnUiMark, isInsideSkipped, type IsOwnUi } from '../dom/rules';
import { orderVisibleFirst } from '../dom/visible-first';
import { CONVERTED_ATTRIBUTES, sampleText, textLongerThan, walkTargets } from './page-walk';
import { inDocumentOrder, Rewrites, type Target } from './rewrites';
import { afterNextFrame } from '../schedule/after-next-frame';
import { CONVERT_SLICE_MS, WRITTEN_CHARS_PER_FRAME } from '../schedule/budgets';
import { RenderPacer } from '../schedule/render-pacer';
import { createSlicer } from '../schedule/slicer';
import { yieldToPage as defaultYield, type YieldToPage } from '../schedule/yield-to-page';
import type {
  ConvertText,
  HantStandard,
  LoadConverter,
  ProtectSpans,
  Script,
  TargetScript,
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
  /** Work per task before yielding to the page, in ms (default CONVERT_SLICE_MS). */
  sliceBudgetMs?: number;
  yieldToPage?: YieldToPage;
  /** Waits until the page has rendered what was written (see WRITTEN_CHARS_PER_FRAME). */
  waitForFrame?: YieldToPage;
  /**
   * Runs each slice of setVariant's writes: with the page's MutationObserver held
   * off, they come back to nobody as records (see takeWrittenTexts).
   */
  unobserved?: (work: () => void) => void;
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
  /** The text nodes setVariant wrote since the last call (what an annotator must scan again). */
  takeWrittenTexts(): Text[];
  /** The script of the page's original text, from a sample. */
  originalScript(): Script;
  /** Stops pending work. Leaves the page as it is shown. */
  dispose(): void;
}

interface Mode {
  /** Null: show the original. */
  convert: ConvertText | null;
  target: TargetScript;
}

const RESTORE: Mode = { convert: null, target: 'hant' };
/** Every OpenCC dictionary key has a character at or above U+2E80. */
export const MAY_CONVERT = /[\u2e80-\uffff]/;
const SAMPLE_CHARS = 20_000;

export function createPageConverter(options: PageConverterOptions): PageConverter {
  const doc = options.root;
  const isOwnUi = options.isOwnUi ?? hasOwnUiMark;
  const sliceBudgetMs = options.sliceBudgetMs ?? CONVERT_SLICE_MS;
  const view = doc.defaultView;
  const pacer = new RenderPacer(
    options.yieldToPage ?? defaultYield,
    options.waitForFrame ?? options.yieldToPage ?? (() => afterNextFrame(doc)),
  );

  const rewrites = new Rewrites();
  // Text nodes setVariant wrote: named to the annotator, which would otherwise read them
  // from thousands of mutation records.
  let written = new Set<Text>();

  let mode: Mode = RESTORE;
  let everConverted = false;
  let variant: Variant = 'original';
  let standard: HantStandard = 'tw';
  let script: Script | null = null;
  let pending: AbortController | null = null;
  let disposed = false;

  const convertSource = (source: string): string => {
    if (!mode.convert || !MAY_CONVERT.test(source)) return source;
    const spans = options.protectSpans?.(source);
    return spans?.length
      ? convertWithSpans(source, mode.convert, mode.target, spans)
      : mode.convert(source);
  };

  /** Writes `node`'s text in the current mode; true when its text changed. */
  const applyText = (node: Text): boolean => {
    const next = rewrites.writeText(node, convertSource);
    if (next === null) return false;
    pacer.wrote(next.length);
    return true;
  };

  const applyAttribute = (el: Element, name: string): void => {
    const next = rewrites.writeAttribute(el, name, convertSource);
    if (next !== null) pacer.wrote(next.length);
  };

  const apply = (target: Text | Element): void => {
    if (target.nodeType === Node.TEXT_NODE) {
      applyText(target as Text);
    } else {
      for (const name of CONVERTED_ATTRIBUTES) applyAttribute(target as Element, name);
    }
  };

  /** `apply` for setVariant's passes: remembers the texts it wrote. */
  const applyOwn = (target: Text | Element): void => {
    if (target.nodeType !== Node.TEXT_NODE) apply(target);
    else if (applyText(target as Text)) written.add(target as Text);
  };

  const originalScript = (): Script => {
    if (script) return script;
    const originalOf = (text: Text) => rewrites.originalOf(text);
    const sample = sampleText(doc.documentElement, isOwnUi, originalOf, SAMPLE_CHARS);
    const found = detectScript(sample, SAMPLE_CHARS);
    // A short 'unknown' may be an empty page that fills in later: ask again then. One from a
    // full sample is a page of mixed scripts, and asking again would only sample it again
    // (tens of milliseconds on a long page, in every answer to the popup).
    if (found !== 'unknown' || sample.length >= SAMPLE_CHARS) script = found;
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
      const slicer = createSlicer({
        budgetMs: sliceBudgetMs,
        yieldToPage: pacer.yield,
        signal,
        mustYield: () => pacer.frameFull,
      });
      const write = (items: Target[]) => slicer.run(items, applyOwn, options.unobserved);
      // On a long page the reader sees their screen written first, and the page says it
      // shows the variant; the rest follows, a part per frame.
      const writeScreenFirst = async (items: (Text | Element)[], onScreen: number) => {
        await write(items.slice(0, onScreen));
        if (textLongerThan(items, onScreen, WRITTEN_CHARS_PER_FRAME)) {
          // Once the screen is rendered (a frame may have come while it was written).
          await pacer.rendered();
          signal.throwIfAborted();
          setShownVariant(doc, next);
        }
        await write(items.slice(onScreen));
      };
      if (nextMode.convert) {
        // Nodes changed by this pass are pushed after the earlier ones: if
        // it is cut short, the list still holds everything changed so far.
        const earlier = rewrites.beginPass();
        const targets: (Text | Element)[] = [];
        await slicer.run(walkTargets(doc.documentElement, isOwnUi), (t) => targets.push(t));
        await slicer.checkpoint();
        const { items, onScreen } = orderVisibleFirst(targets, view?.innerHeight ?? 0);
        await slicer.checkpoint();
        await writeScreenFirst(items, onScreen);
        const listed = rewrites.changed.length;
        const ordered = await inDocumentOrder(
          slicer,
          rewrites.changed.slice(earlier, listed),
          targets,
        );
        // What the page added while the order was found (and live conversion listed) stays.
        rewrites.changed = [...ordered, ...rewrites.changed.slice(listed)];
      } else {
        // Showing the original: only what we changed needs writing back.
        const { items, onScreen } = orderVisibleFirst(rewrites.changed, view?.innerHeight ?? 0);
        await writeScreenFirst(items, onScreen);
        rewrites.changed = [];
      }
    }
    setShownVariant(doc, next);
    if (pending === controller) pending = null;
  };

  const handleMutations = (records: readonly MutationRecord[]): void => {
    // Until a conversion happened, every node is its own original. Showing the original
    // converts nothing either: a node the page rewrites before the restore reaches it is
    // seen as rewritten there (its text is not what we wrote), so these records need no
    // look.
    if (!everConverted || disposed || mode.convert === null) return;
    for (const record of records) {
      const node = record.target;
      if (record.type === 'characterData') {
        const text = node as Text;
        if (rewrites.isOurText(text) || !text.isConnected) continue;
        if (!isInsideSkipped(text, 'conversion', isOwnUi)) {
          for (const t of walkTargets(text, isOwnUi)) apply(t);
        }
      } else if (record.type === 'attributes') {
        const name = record.attributeName ?? '';
        const el = node as Element;
        if (!(CONVERTED_ATTRIBUTES as readonly string[]).includes(name)) continue;
        if (rewrites.isOurAttribute(el, name)) continue;
        if (el.isConnected && !isInsideSkipped(el, 'conversion', isOwnUi)) applyAttribute(el, name);
      } else {
        for (const added of record.addedNodes) {
          if (!added.isConnected) continue;
          const parent = added.parentNode;
          if (parent && isInsideSkipped(parent, 'conversion', isOwnUi)) continue;
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
    takeWrittenTexts() {
      const taken = [...written];
      written = new Set();
      return taken;
    },
    originalScript,
    dispose,
  };
}
