/**
 * The messages that pass between the popup, the background and the content
 * script. Each direction has a union of its requests and a map from each
 * request to its answer, so a sender gets the answer's type from the request
 * it sends and a receiver must give that answer. What arrives is checked
 * first (message-checks.ts): anything else is ignored, not acted on.
 */
import { browser, type Browser } from 'wxt/browser';
import type { EntityNames, EntityType } from './pack/types';
import { parseBackgroundRequest, parseTabRequest } from './message-checks';
import type { Script, Variant } from './convert/types';
import type { AnnotatorState } from './page';

/** What the content script of a tab reports about its page. */
export interface PageState {
  url: string;
  title: string;
  host: string;
  /** False when the site or the whole extension is turned off. */
  enabled: boolean;
  state: AnnotatorState | 'off';
  variant: Variant;
  /** The script the page is written in. */
  originalScript: Script;
  /**
   * With their names as the page's packs have them: the popup lists them at once, before
   * it has loaded a pack of its own.
   */
  entities: { id: string; type: EntityType; count: number; names: EntityNames }[];
  figures: { key: string; text: string; figureId?: string; count: number }[];
}

/** A mention to go to, from the popup's list: an entity's, or a figure's by its key. */
export type RevealTarget = { entityId: string } | { figureKey: string };

/** Sent to a tab's content script by the popup and the background. */
export type TabRequest =
  | { type: 'get-page-state' }
  | { type: 'set-variant'; variant: Variant }
  | { type: 'cycle-variant' }
  | { type: 'toggle-highlights' }
  | { type: 'step-mention'; direction: 1 | -1 }
  | { type: 'reveal'; target: RevealTarget }
  | { type: 'lookup-selection' };

/** The answer of a page whose site is off: it has no session to act with. */
export interface PageOff {
  ok: false;
  reason: 'off';
}

/** What a content script answers to each request. */
export interface TabResponses {
  'get-page-state': PageState;
  'set-variant': PageState | PageOff;
  'cycle-variant': PageState | PageOff;
  'toggle-highlights': { ok: true; enabled: boolean } | PageOff;
  /** `ok`: a mention was found and its card opened. */
  'step-mention': { ok: boolean } | PageOff;
  reveal: { ok: boolean } | PageOff;
  'lookup-selection': { ok: boolean } | PageOff;
}

/** Sent by a content script to the background. */
export type BackgroundRequest =
  | { type: 'mention-count'; count: number }
  /**
   * Once a page is ready (and again when its entities change): the background
   * adds it to the local reading memory, unless memory is off or the tab is private.
   */
  | { type: 'page-visited'; url: string; title: string; entityIds: string[] };

/** The background answers nothing: a content script only reports. */
export type BackgroundResponses = { [T in BackgroundRequest['type']]: undefined };

/**
 * One handler per request type, each giving the answer its request gets.
 * `Sender`: who sent it, for receivers that need to know (the background: which tab).
 */
export type Handlers<
  Request extends { type: string },
  Responses extends Record<Request['type'], unknown>,
  Sender = unknown,
> = {
  [T in Request['type']]: (
    request: Extract<Request, { type: T }>,
    sender: Sender,
  ) => Responses[T] | Promise<Responses[T]>;
};

export type MessageSender = Browser.runtime.MessageSender;

/**
 * Rejects where no content script of ours listens (a browser page, a store); resolves
 * undefined where one listens but does not answer (an older version, being unloaded).
 */
export function sendToTab<Request extends TabRequest>(
  tabId: number,
  request: Request,
): Promise<TabResponses[Request['type']] | undefined> {
  return browser.tabs.sendMessage<Request, TabResponses[Request['type']] | undefined>(
    tabId,
    request,
  );
}

export function sendToBackground<Request extends BackgroundRequest>(
  request: Request,
): Promise<BackgroundResponses[Request['type']]> {
  // A rejection, never a throw: once the extension is gone `runtime` throws as it is called.
  try {
    return browser.runtime.sendMessage<Request, BackgroundResponses[Request['type']]>(request);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Listens for messages; a valid request goes to its handler, whose answer goes back to
 * the sender, and anything else is left to other listeners. Returns the way to stop.
 */
function answerRequests<
  Request extends { type: string },
  Responses extends Record<Request['type'], unknown>,
>(
  parse: (message: unknown) => Request | undefined,
  handlers: Handlers<Request, Responses, MessageSender>,
): () => void {
  const listener = (
    message: unknown,
    sender: MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    const request = parse(message);
    if (!request) return false;
    // TypeScript cannot pair a union's member with its own handler: `Handlers` has checked each.
    const handler = handlers[request.type as Request['type']] as (
      request: Request,
      sender: MessageSender,
    ) => unknown;
    // `sendResponse` and `true` rather than a returned promise: Chrome took promises from
    // listeners only in recent versions, and the content script has no polyfill (wxt.config.ts).
    // A failed handler answers nothing, which every sender already expects.
    void Promise.resolve()
      .then(() => handler(request, sender))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** In a content script: answers the popup's and the background's requests. */
export function answerTabRequests(
  handlers: Handlers<TabRequest, TabResponses, MessageSender>,
): () => void {
  return answerRequests(parseTabRequest, handlers);
}

/** In the background: acts on what content scripts report. */
export function answerBackgroundRequests(
  handlers: Handlers<BackgroundRequest, BackgroundResponses, MessageSender>,
): () => void {
  return answerRequests(parseBackgroundRequest, handlers);
}
