/**
 * Where the highlight publisher's ranges go: a registry per document that shows
 * one (made on first use, each switched on or off with the others), and the
 * stylesheet of each tree whose text is highlighted.
 */
import { adoptHighlightStyles, type HighlightRegistry, type StyleScope } from './highlight';
import type { HighlightType } from '../mentions/types';

export type RegistryFactory = (doc: Document) => HighlightRegistry;

export class HighlightTargets {
  #registries = new Map<Document, HighlightRegistry>();
  #styles = new Map<StyleScope, () => void>();
  #shown = true;
  readonly #registryFor: RegistryFactory;

  constructor(registryFor: RegistryFactory) {
    this.#registryFor = registryFor;
  }

  get shown(): boolean {
    return this.#shown;
  }

  add(doc: Document, type: HighlightType, range: AbstractRange): void {
    let registry = this.#registries.get(doc);
    if (!registry) {
      registry = this.#registryFor(doc);
      registry.setShown(this.#shown);
      this.#registries.set(doc, registry);
    }
    registry.add(type, range);
  }

  remove(doc: Document, type: HighlightType, range: AbstractRange): void {
    this.#registries.get(doc)?.remove(type, range);
  }

  /** Hands each registry's changes to the browser (see `HighlightRegistry.flush`). */
  flush(): void {
    for (const registry of this.#registries.values()) registry.flush();
  }

  setShown(on: boolean): void {
    this.#shown = on;
    for (const registry of this.#registries.values()) registry.setShown(on);
  }

  /** Gives `scope` the highlight styles, once. */
  style(scope: StyleScope): void {
    if (!this.#styles.has(scope)) this.#styles.set(scope, adoptHighlightStyles(scope));
  }

  /** Forgets the stylesheets of shadow trees that left the page; true when one went. */
  forgetDetachedStyles(): boolean {
    let forgot = false;
    for (const scope of this.#styles.keys()) {
      if (scope.nodeType !== Node.DOCUMENT_NODE && !scope.isConnected) {
        this.#styles.delete(scope);
        forgot = true;
      }
    }
    return forgot;
  }

  clear(): void {
    for (const registry of this.#registries.values()) registry.clear();
    for (const remove of this.#styles.values()) remove();
    this.#registries.clear();
    this.#styles.clear();
  }
}
