/**
 * The card's home: one host element with an open shadow root per page,
 * made on first use. Page CSS cannot reach in (the shadow root, `all:
 * initial` on :host) and ours cannot leak out (styles live in the root only).
 * Why not WXT's createShadowRootUi: ARCHITECTURE.md, "Cards".
 */
import { OWN_UI_ATTRIBUTE } from '../dom/rules';

export interface CardHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Preact renders the card here. */
  container: HTMLElement;
}

/** `css`: the card's styles, which come with its lazily loaded UI (card-ui.tsx). */
export function mountCardHost(doc: Document, css: string): CardHost {
  // A custom element name: page rules aimed at div/span never match it, and attachShadow accepts it.
  const host = doc.createElement('pangzhu-card');
  // Marks our UI so the annotator and the converter skip it (public contract).
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  // A <style> element rather than adoptedStyleSheets: a stylesheet constructed in
  // a Firefox content script's realm cannot be adopted by the page's shadow root.
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.appendChild(host);
  return { host, shadow, container };
}

export function unmountCardHost(cardHost: CardHost): void {
  cardHost.host.remove();
}
