/**
 * The one MutationObserver of the content script: what the page changes goes
 * to the converter first (so new text is shown in the chosen script), then
 * to the annotator (so it is highlighted).
 */
import { CONVERTED_ATTRIBUTES } from '../convert/page-walk';
import { OBSERVER_INIT } from '../page';

export interface MutationSink {
  handleMutations(records: MutationRecord[]): void;
}

type Target = Document | ShadowRoot;

export interface PageObserver {
  observe(target: Target): void;
  /** Hands over the records not yet delivered (before a paused annotator resumes). */
  flush(): void;
  /**
   * Runs `work` unobserved: the changes it makes give no records (the page's
   * own, made before, are handed over first). For our own writes, which
   * would otherwise come back as one record per text node. Page code that a
   * write runs at once (a custom element's attributeChangedCallback) is
   * unobserved too; frameworks render in a later microtask, which is not.
   */
  unobserved(work: () => void): void;
  disconnect(): void;
}

/** Our own state attributes on <html> change with every scan: never news to anyone. */
function isOwnAttributeChange(record: MutationRecord): boolean {
  return record.type === 'attributes' && (record.attributeName ?? '').startsWith('data-pangzhu-');
}

/** What the annotator watches, plus the attributes the converter translates. */
const INIT: MutationObserverInit = {
  ...OBSERVER_INIT,
  attributeFilter: [...(OBSERVER_INIT.attributeFilter ?? []), ...CONVERTED_ATTRIBUTES],
};

export function createPageObserver(sinks: () => readonly MutationSink[]): PageObserver {
  const deliver = (records: MutationRecord[]) => {
    const relevant = records.filter((record) => !isOwnAttributeChange(record));
    if (relevant.length === 0) return;
    for (const sink of sinks()) sink.handleMutations(relevant);
  };
  const observer = new MutationObserver(deliver);
  // What is observed, to observe it again after unobserved work; held weakly, so a shadow
  // root that left the page for good is let go (and one that comes back is still watched).
  let targets: WeakRef<Target>[] = [];
  const known = new WeakSet<Target>();
  let connected = true;
  return {
    observe(target) {
      if (!known.has(target)) {
        known.add(target);
        targets.push(new WeakRef(target));
      }
      if (connected) observer.observe(target, INIT);
    },
    flush: () => deliver(observer.takeRecords()),
    unobserved(work) {
      if (!connected) return work();
      deliver(observer.takeRecords());
      observer.disconnect();
      connected = false;
      try {
        work();
      } finally {
        connected = true;
        targets = targets.filter((ref) => {
          const target = ref.deref();
          if (target) observer.observe(target, INIT);
          return target !== undefined;
        });
      }
    },
    disconnect() {
      targets = [];
      observer.disconnect();
    },
  };
}
