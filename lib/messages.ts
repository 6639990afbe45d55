/**
 * The messages that pass between the popup, the background and the content
 * script. One union per direction, so every sender and receiver is checked.
 */
import { browser } from 'wxt/browser';
import type { EntityType } from './pack/types';
import type { Variant } from './convert/types';

/** What the content script of a tab reports about its page. */
export interface PageState {
  url: string;
  title: string;
  host: string;
  /** False when the site or the whole extension is turned off. */
  enabled: boolean;
  state: 'busy' | 'ready' | 'off';
  variant: Variant;
  /** The script the page is written in. */
  originalScript: 'hant' | 'hans' | 'unknown';
  entities: { id: string; type: EntityType; count: number }[];
  figures: { key: string; text: string; figureId?: string; count: number }[];
}

/** Sent to a tab's content script. */
export type TabRequest =
  | { type: 'get-page-state' }
  | { type: 'set-variant'; variant: Variant }
  | { type: 'cycle-variant' }
  | { type: 'toggle-highlights' }
  | { type: 'step-mention'; direction: 1 | -1 }
  | { type: 'reveal'; target: { entityId: string } | { figureKey: string } }
  | { type: 'lookup-selection' };

/** Sent by a content script to the background. */
export type BackgroundRequest =
  | { type: 'mention-count'; count: number }
  /**
   * Once a page is ready (and again when its entities change): the background
   * adds it to the local reading memory, unless memory is off or the tab is private.
   */
  | { type: 'page-visited'; url: string; title: string; entityIds: string[] };

export function sendToTab<R = unknown>(tabId: number, request: TabRequest): Promise<R> {
  return browser.tabs.sendMessage<TabRequest, R>(tabId, request);
}

export function sendToBackground(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export function isTabRequest(message: unknown): message is TabRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}
