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

export interface PageObserver {
  observe(target: Document | ShadowRoot): void;
  /** Hands over the records not yet delivered (before a paused annotator resumes). */
  flush(): void;
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
  return {
    observe: (target) => observer.observe(target, INIT),
    flush: () => deliver(observer.takeRecords()),
    disconnect: () => observer.disconnect(),
  };
}
