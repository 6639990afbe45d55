/**
 * Noticing that our extension went away under the page (updated, reloaded,
 * disabled, uninstalled). The browser does not tell a content script whose
 * extension is gone; its next call into the extension's APIs throws, into the
 * page. WXT's context finds out when asked (`isInvalid`: is the runtime still
 * there?), so it is asked before any of our handlers sees the reader's input:
 * on the window, in the capture phase, for every event that can reach our code
 * (hover, tap, keys, focus, the page shown again). Asking is a property read.
 * Once it says so, the context's `onInvalidated` callbacks take everything away.
 */

/** The part of WXT's ContentScriptContext this needs. */
export interface OrphanCheck {
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
}

const INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'contextmenu'] as const;

export function watchForOrphaning(ctx: OrphanCheck, win: Window): void {
  const ask = () => {
    // Reading it is what makes WXT notice (and abort `ctx.signal`, removing these listeners).
    void ctx.isInvalid;
  };
  const options = { capture: true, passive: true, signal: ctx.signal };
  for (const type of INPUT_EVENTS) win.addEventListener(type, ask, options);
  win.document.addEventListener('visibilitychange', ask, options);
}
