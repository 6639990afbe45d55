/**
 * Which copy of the content script serves the page. An update puts a new copy
 * into an open page (Chrome: the background injects it; Firefox: the browser
 * itself) while the old one may still be there, orphaned. Each copy of each
 * version runs in an isolated world of its own: they share the DOM and
 * nothing else (a CustomEvent's `detail` does not cross, which is why WXT's
 * own "a newer script started" event does not reach the old copy).
 *
 * So the newest copy says it has started with a DOM event (dispatched
 * synchronously into every world; the page's own scripts hear it too). An
 * older copy that hears it answers at once that it is leaving, puts the page
 * back (its highlights, card, converted text) and says when it is done; it
 * leaves the attributes on <html> alone, since they are the new copy's now.
 * The new copy starts its session once every copy that answered is done, so a
 * page is never annotated or converted by two copies at once. Nothing is
 * added to the page for this: the events carry no data.
 */
import { HIGHLIGHT_TYPES, highlightName } from '../page/mentions/types';
import { OWN_UI_ATTRIBUTE } from '../dom/rules';
import { STATE_ATTRIBUTE } from './page-attributes';

/** A newer copy claims the page (tests listen for it to know a new version has started). */
export const COPY_STARTED_EVENT = 'pangzhu-copy-started';
/** An older copy heard the claim and is putting the page back. */
const LEAVING_EVENT = 'pangzhu-copy-leaving';
/** ...and is done. */
const LEFT_EVENT = 'pangzhu-copy-left';

/**
 * How long a new copy waits for an older one that said it was leaving: one that
 * dies on the way (its extension's process torn down) never says it is done.
 * Meant to leave an old copy time to put a long page's converted text back (sliced
 * work); one slower than this is treated as gone, and the new copy starts.
 */
const LEAVE_WAIT_MS = 3000;

export interface PageClaim {
  /** No newer copy has claimed the page: the attributes on <html> are this copy's to clear. */
  readonly held: boolean;
  /** Resolves once the older copies that answered the claim have put the page back. */
  readonly ready: Promise<void>;
  /** This copy has put the page back: a newer copy waiting for it may start. */
  left(): void;
}

/**
 * Claims `doc` for this copy. `onClaimed` is called (once) when a newer copy
 * claims it in turn: this copy should then put the page back and call `left()`.
 */
export function claimPage(doc: Document, onClaimed: () => void): PageClaim {
  // A copy was here before (each writes the page's state): what it left may need clearing.
  const earlier = doc.documentElement.hasAttribute(STATE_ATTRIBUTE);
  let held = true;
  let announcing = false;
  let saidLeaving = false;
  let done = false;
  const onStarted = () => {
    if (announcing || !held) return;
    held = false;
    // Synchronously, inside the newer copy's dispatch: it counts who it must wait for.
    saidLeaving = true;
    doc.dispatchEvent(new Event(LEAVING_EVENT));
    onClaimed();
  };
  doc.addEventListener(COPY_STARTED_EVENT, onStarted);

  let leaving = 0;
  const countLeaving = () => void leaving++;
  doc.addEventListener(LEAVING_EVENT, countLeaving);
  announcing = true;
  doc.dispatchEvent(new Event(COPY_STARTED_EVENT));
  announcing = false;
  doc.removeEventListener(LEAVING_EVENT, countLeaving);
  const ready = whenLeft(doc, leaving).then(() => {
    // What a copy that could not answer left behind (Firefox ends an old copy without
    // warning; a version before this handover never answers): its highlights and card.
    if (earlier) removeLeftovers(doc);
  });

  return {
    get held() {
      return held;
    },
    ready,
    left() {
      if (done) return;
      done = true;
      doc.removeEventListener(COPY_STARTED_EVENT, onStarted);
      if (saidLeaving) doc.dispatchEvent(new Event(LEFT_EVENT));
    },
  };
}

/** Resolves when `count` copies have said they are done, or after LEAVE_WAIT_MS. */
function whenLeft(doc: Document, count: number): Promise<void> {
  if (count === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let waiting = count;
    const finish = () => {
      doc.removeEventListener(LEFT_EVENT, onLeft);
      clearTimeout(timer);
      resolve();
    };
    const onLeft = () => {
      if (--waiting === 0) finish();
    };
    const timer = setTimeout(finish, LEAVE_WAIT_MS);
    doc.addEventListener(LEFT_EVENT, onLeft);
  });
}

interface HighlightWindow {
  CSS?: { highlights?: { delete(name: string): boolean } };
}

/** Before this copy registers anything: every `pangzhu-*` highlight and card host is a dead copy's. */
function removeLeftovers(doc: Document): void {
  const registry = (doc.defaultView as (Window & HighlightWindow) | null)?.CSS?.highlights;
  for (const type of HIGHLIGHT_TYPES) registry?.delete(highlightName(type));
  for (const host of doc.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)) host.remove();
}
